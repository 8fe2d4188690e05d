/**
 * Contracts as PDFs: the project's own fixture pages printed by real Chromium, read through the
 * PDF text layer and the document adapter, must give the terms the HTML gives (expected.json).
 * A page whose terms depend on what printing cannot carry is listed with the reason; the list is
 * checked too, so a page that starts to pass must leave it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadCMapFromDisk } from '@/lib/documents/cmaps-node';
import { openPdf, readPdfText } from '@/lib/documents/pdf-text';
import { toExtraction } from '@/lib/documents/to-extraction';
import { readTerms } from '@/lib/reader';

import { launchChromium } from '../../cli/chromium';
import { differences, type Expected } from '../support/fixture-compare';
import { cidFontPdf } from './make-pdf';
import { render } from './render';
import { htmlOnly as notInPrint, jpegSize, serveFixturePages } from './read-like-html';

const pagesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../pages');
const cases = readdirSync(pagesDir)
  .filter((d) => /^\d\d-/.test(d))
  .sort();

async function readPdf(bytes: Uint8Array) {
  const text = await readPdfText(await openPdf(bytes, loadCMapFromDisk), { firstPage: 0, file: 0 });
  return {
    text,
    raw: toExtraction({ files: ['t.pdf'], pages: text.pages, items: text.items }, text.title),
  };
}

describe('fixture pages printed to PDF read like their HTML', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveFixturePages>>;
  beforeAll(async () => {
    server = await serveFixturePages();
    browser = await launchChromium();
  }, 60000);
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  for (const name of cases) {
    it(
      name,
      async () => {
        const expected = JSON.parse(
          readFileSync(join(pagesDir, name, 'expected.json'), 'utf8'),
        ) as Expected;
        const printed = await render(browser, server.urlOf(name), 'pdf');
        const { raw } = await readPdf(printed.bytes);
        const diff = differences(readTerms(raw), expected);
        if (name in notInPrint) expect(diff).not.toEqual([]);
        else expect(diff).toEqual([]);
      },
      30000,
    );
  }

  it('reads Chinese in a standard CID font that is not embedded (needs the CMaps)', async () => {
    const name = '01-colon-and-table-rows';
    const printed = await render(browser, server.urlOf(name), 'pdf');
    const { text } = await readPdf(printed.bytes);
    const cid = cidFontPdf(text.pages, text.items);
    const again = await readPdf(cid);
    expect(again.raw.blocks.map((b) => b.text).join('')).toContain('借款金额');
    const expected = JSON.parse(
      readFileSync(join(pagesDir, name, 'expected.json'), 'utf8'),
    ) as Expected;
    expect(differences(readTerms(again.raw), expected)).toEqual([]);
  }, 30000);

  it('says which pages of a scanned PDF have no text layer', async () => {
    const { imageOnlyPdf } = await import('./make-pdf');
    const shot = await render(browser, server.urlOf('07-term-in-days'), 'jpeg60');
    const size = jpegSize(shot.bytes);
    const { text, raw } = await readPdf(imageOnlyPdf([{ bytes: shot.bytes, ...size }]));
    expect(text.scanned).toEqual([1]);
    expect(raw.blocks).toEqual([]);
  }, 30000);
});
