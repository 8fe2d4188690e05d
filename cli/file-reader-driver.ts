/**
 * Drives the extension's "read a screenshot or a contract" page in Chromium: the `audit` command,
 * the benchmark and the end-to-end tests give files to it exactly as a borrower does (the file
 * chooser), and read back the report the page shows.
 */
import type { Page } from 'playwright-core';

import type { Doubt } from '../lib/documents/doubts';
import type { Report } from '../lib/model/report';

import type { ExtensionSession } from './extension-session';

export interface FilesOutcome {
  report: Report | null;
  doubts: Doubt[];
  /** True while the report withholds findings until the recognised figures are confirmed. */
  pending: boolean;
  timings: { pdfText: number; ocr: number; ocrPages: number };
  error?: string;
}

export async function openFilesPage(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/read-file.html`);
  await page.getByTestId('file-input').waitFor({ state: 'attached' });
  return page;
}

interface PageState {
  state: string;
  report?: Report | null;
  doubts?: Doubt[];
  pending?: boolean;
  timings?: FilesOutcome['timings'];
  message?: string;
}

/** Gives `paths` together (one loan) and waits for the page's report or its message. */
export async function readFilesInPage(
  page: Page,
  paths: string[],
  timeoutMs = 120_000,
): Promise<FilesOutcome> {
  // The previous file's report is still on the page until the new read starts: forget it first,
  // or the wait below would return the old report.
  await page.evaluate(() => {
    delete (globalThis as { __loanlensFiles?: unknown }).__loanlensFiles;
  });
  await page.getByTestId('file-input').setInputFiles(paths);
  await page.waitForFunction(
    () => {
      const s = (globalThis as { __loanlensFiles?: { state: string } }).__loanlensFiles;
      return s !== undefined && (s.state === 'done' || s.state === 'error');
    },
    undefined,
    { timeout: timeoutMs, polling: 100 },
  );
  const s = await page.evaluate(
    () => (globalThis as unknown as { __loanlensFiles: PageState }).__loanlensFiles,
  );
  if (s.state === 'error') {
    return {
      report: null,
      doubts: [],
      pending: false,
      timings: { pdfText: 0, ocr: 0, ocrPages: 0 },
      error: s.message ?? '',
    };
  }
  return {
    report: s.report ?? null,
    doubts: s.doubts ?? [],
    pending: s.pending ?? false,
    timings: s.timings ?? { pdfText: 0, ocr: 0, ocrPages: 0 },
  };
}
