/**
 * The acceptance check of document reading: a page rendered as a screenshot or a PDF, read by the
 * real extension's file page, must give the terms its HTML gives. Shared by the end-to-end spec
 * (a few renders) and `npm run bench` (every fixture page in every render, the measured accuracy
 * in docs/ocr.md).
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { Browser, Page } from 'playwright-core';

import type { FilesOutcome } from '../../cli/file-reader-driver';
import { readFilesInPage } from '../../cli/file-reader-driver';
import { serveFiles } from '../../cli/serve';
import { differences, type Expected } from '../support/fixture-compare';

import { imageOnlyPdf } from './make-pdf';
import { render, type Render } from './render';

const here = dirname(fileURLToPath(import.meta.url));
export const pagesDir = resolve(here, '../pages');

/** The own fixture pages: name and expected terms. */
export function fixturePages(): { name: string; expected: Expected }[] {
  return readdirSync(pagesDir)
    .filter((d) => /^\d\d-/.test(d))
    .sort()
    .map((name) => ({
      name,
      expected: JSON.parse(readFileSync(join(pagesDir, name, 'expected.json'), 'utf8')) as Expected,
    }));
}

/** What only the HTML carries, by page: differences there are expected in every render. */
export const htmlOnly: Record<string, string> = {
  '03-card-carousel-selected': 'which card is selected is a style (a border), not text',
  '09-alt-text-numbers': 'an image’s alt text is not drawn',
  '10-accordion-fees': 'a closed <details> is not drawn',
  '12-two-loans-one-selected': 'which radio button is checked is not text',
};

export type DocumentRender = Render | 'scanned-pdf';

/**
 * Pages whose lender is named only in the <title>: a printed PDF keeps the title, a picture does
 * not, so a screenshot of them is compared without the lender.
 */
const lenderOnlyInTitle = new Set(['07-term-in-days']);

export function expectedFor(name: string, expected: Expected, how: DocumentRender): Expected {
  if (how === 'pdf' || !lenderOnlyInTitle.has(name)) return expected;
  const rest = { ...expected };
  delete rest.lenderName;
  delete rest.lenderType;
  return rest;
}

export async function renderToFile(
  browser: Browser,
  url: string,
  how: DocumentRender,
): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'loanlens-doc-'));
  if (how === 'scanned-pdf') {
    const shot = await render(browser, url, 'jpeg60');
    const path = join(dir, 'scan.pdf');
    writeFileSync(path, imageOnlyPdf([{ bytes: shot.bytes, ...jpegSize(shot.bytes) }]));
    return path;
  }
  const r = await render(browser, url, how);
  const path = join(
    dir,
    r.kind === 'pdf' ? 'page.pdf' : r.mime === 'image/jpeg' ? 'shot.jpg' : 'shot.png',
  );
  writeFileSync(path, r.bytes);
  return path;
}

export interface ReadCase {
  name: string;
  how: DocumentRender;
  outcome: FilesOutcome;
  diff: string[];
  ms: number;
}

/** Where each fixture page is served: one folder each, so its frames and assets load. */
export async function serveFixturePages(): Promise<{
  urlOf: (name: string) => string;
  close: () => Promise<void>;
}> {
  const names = fixturePages().map((p) => p.name);
  const files = names.map((n) => join(pagesDir, n, 'page.html'));
  const server = await serveFiles(files);
  return {
    urlOf: (name) => {
      const i = names.indexOf(name);
      return server.urlFor(i, files[i] ?? '');
    },
    close: () => server.close(),
  };
}

export async function readAs(
  browser: Browser,
  filesPage: Page,
  url: string,
  name: string,
  expected: Expected,
  how: DocumentRender,
): Promise<ReadCase> {
  const path = await renderToFile(browser, url, how);
  const t0 = performance.now();
  const outcome = await readFilesInPage(filesPage, [path], 300_000);
  const ms = performance.now() - t0;
  const terms = outcome.report?.terms ?? null;
  return { name, how, outcome, diff: differences(terms, expectedFor(name, expected, how)), ms };
}

/** Width and height from a JPEG's SOF marker. */
export function jpegSize(b: Uint8Array): { width: number; height: number } {
  let i = 2;
  while (i < b.length) {
    const marker = b[i + 1] ?? 0;
    const len = ((b[i + 2] ?? 0) << 8) | (b[i + 3] ?? 0);
    if (marker >= 0xc0 && marker <= 0xc2) {
      return {
        height: ((b[i + 5] ?? 0) << 8) | (b[i + 6] ?? 0),
        width: ((b[i + 7] ?? 0) << 8) | (b[i + 8] ?? 0),
      };
    }
    i += 2 + len;
  }
  throw new Error('not a JPEG');
}
