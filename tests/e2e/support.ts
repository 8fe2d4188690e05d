/**
 * Playwright fixtures: a real Chromium with the built extension per test (cli/extension-session.ts,
 * the same path `audit` uses), and the sample pages served on 127.0.0.1.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { test as base } from '@playwright/test';
import type { Page } from 'playwright-core';

import {
  auditUrl,
  launchWithExtension,
  openPopupViewer,
  type ExtensionSession,
} from '../../cli/extension-session';
import { repoRoot } from '../../cli/paths';
import { renderToFile, type DocumentRender } from '../documents/read-like-html';
import { launchChromium } from '../../cli/chromium';
import { serveFiles, type FileServer } from '../../cli/serve';
import type { Report } from '../../lib/model/report';

export const samplePath = (name: string): string => join(repoRoot, 'cli/samples', name);

/**
 * A sample page rendered the way a borrower captures it (a phone screenshot, a PDF printout …),
 * written to a temporary file for the file page; generated here so no binary is committed.
 */
export async function renderedSample(name: string, how: DocumentRender): Promise<string> {
  const browser = await launchChromium();
  try {
    return await renderToFile(browser, pathToFileURL(samplePath(name)).href, how);
  } finally {
    await browser.close();
  }
}
export const e2ePagePath = (name: string): string => join(repoRoot, 'tests/e2e/pages', name);

interface AuditedPopup {
  popup: Page;
  tabId: number;
  report: Report;
}

export const test = base.extend<{
  session: ExtensionSession;
  pages: (files: string[]) => Promise<string[]>;
  /** Serves one page, audits it with a toolbar click and opens the popup on its report. */
  auditedPopup: (file: string) => Promise<AuditedPopup>;
}>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
  session: async ({}, use) => {
    const session = await launchWithExtension();
    await use(session);
    await session.close();
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
  pages: async ({}, use) => {
    const servers: FileServer[] = [];
    await use(async (files) => {
      const server = await serveFiles(files);
      servers.push(server);
      return files.map((f, i) => server.urlFor(i, f));
    });
    await Promise.all(servers.map((s) => s.close()));
  },
  auditedPopup: async ({ session, pages }, use) => {
    await use(async (file) => {
      const [url = ''] = await pages([file]);
      const { tabId, report } = await auditUrl(session, url);
      return { popup: await openPopupViewer(session, tabId), tabId, report };
    });
  },
});

export { expect } from '@playwright/test';
