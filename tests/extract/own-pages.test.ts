/**
 * The project's own page corpus (tests/pages/NN-slug/page.html + expected.json): layouts the
 * shared corpus does not have, read end to end in real Chromium.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import { launchChromium, scanUrl, serve } from '../support/browser';
import { differences, type Expected } from '../support/fixture-compare';

const pagesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../pages');
const cases = readdirSync(pagesDir)
  .filter((d) => /^\d\d-/.test(d))
  .sort();

describe('own page corpus (tests/pages)', () => {
  let browser: Browser;
  let page: Page;
  let server: Server;
  let base = '';
  beforeAll(async () => {
    const s = await serve(pagesDir);
    server = s.server;
    base = s.url;
    browser = await launchChromium();
    page = await browser.newPage();
  }, 60000);
  afterAll(async () => {
    await browser.close();
    server.close();
  });

  it('has at least 15 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  for (const name of cases) {
    it(`${name}: terms match expected.json`, async () => {
      const expected = JSON.parse(
        readFileSync(join(pagesDir, name, 'expected.json'), 'utf8'),
      ) as Expected;
      const raw = await scanUrl(page, `${base}/${name}/page.html`);
      expect(differences(readTerms(raw), expected)).toEqual([]);
    }, 30000);
  }
});
