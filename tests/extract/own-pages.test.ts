/**
 * The project's own page corpus (tests/pages/NN-slug/page.html + expected.json): layouts the
 * shared corpus does not have, read end to end in real Chromium.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import { launchChromium } from '../../cli/chromium';
import { scanUrl } from '../../cli/scanner-bundle';
import { serveFiles, type FileServer } from '../../cli/serve';
import { differences, type Expected } from '../support/fixture-compare';

const pagesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../pages');
const cases = readdirSync(pagesDir)
  .filter((d) => /^\d\d-/.test(d))
  .sort();

describe('own page corpus (tests/pages)', () => {
  let browser: Browser;
  let page: Page;
  let server: FileServer;
  // Each page is served from its own folder, so its same-origin frames and assets load.
  const pageFiles = cases.map((name) => join(pagesDir, name, 'page.html'));
  beforeAll(async () => {
    server = await serveFiles(pageFiles);
    browser = await launchChromium();
    page = await browser.newPage();
  }, 60000);
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('has at least 15 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  for (const [index, name] of cases.entries()) {
    it(`${name}: terms match expected.json`, async () => {
      const expected = JSON.parse(
        readFileSync(join(pagesDir, name, 'expected.json'), 'utf8'),
      ) as Expected;
      const raw = await scanUrl(page, server.urlFor(index, pageFiles[index] ?? ''));
      expect(differences(readTerms(raw), expected)).toEqual([]);
    }, 30000);
  }
});
