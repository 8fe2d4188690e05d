/**
 * One oversized item never switches the reader off (issue 12): the real scanner, in Chromium, on
 * the fair page with each item that used to make the whole reading fail validation. The reading
 * must pass the background's strict schema as sent, say what was cut, and keep the loan's terms.
 * The read-time bound is lifted so a loaded machine cannot turn "cut" into "truncated".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { analyseExtraction } from '@/lib/analysis/analyse';
import { rawExtractionSchema } from '@/lib/messaging/raw-extraction-schema';
import type { RawExtraction } from '@/lib/model/extraction';
import { defaultSettings } from '@/lib/storage/settings';
import { repoRoot } from '../../cli/paths';
import { launchChromium } from '../../cli/chromium';
import { scanPage } from '../support/scan-page';

const fair = readFileSync(join(repoRoot, 'cli/samples/fair-bank-loan.html'), 'utf8');
const rows = /<div class="row">[\s\S]*<div class="row">.*<\/div>/;

const paragraph = '本借款适用以下条款，借款人应仔细阅读。'.repeat(300);
const repeat = (n: number, f: (i: number) => string): string =>
  Array.from({ length: n }, (_, i) => f(i)).join('');

/** [name, page, what stats.cut must name (null: nothing cut)] */
const cases: [string, string, string | null][] = [
  ['a 5,700-character paragraph', fair.replace('<h3>', `<p>${paragraph}</p><h3>`), 'none'],
  [
    'a 5,700-character paragraph in a closed <details>',
    fair.replace('<h3>', `<details><summary>条款</summary><p>${paragraph}</p></details><h3>`),
    'none',
  ],
  [
    'a 1,500-character title',
    fair.replace(/<title>.*<\/title>/, `<title>${'标'.repeat(1500)}</title>`),
    'title',
  ],
  [
    'a link of 5,000 characters',
    fair.replace('<h3>', `<p><a href="/x?${'q'.repeat(5000)}">${'链'.repeat(5000)}</a></p><h3>`),
    'text',
  ],
  [
    '2,500 links',
    fair.replace('<h3>', `<p>${repeat(2500, (i) => `<a href="/a${i}">广告${i}</a> `)}</p><h3>`),
    'links',
  ],
  [
    '1,100 checkboxes',
    fair.replace(
      '<h3>',
      repeat(1100, (i) => `<label><input type="checkbox">选项${i}</label>`) + '<h3>',
    ),
    'controls',
  ],
  [
    '210 tables',
    fair.replace(
      '<h3>',
      repeat(210, (i) => `<table><tr><td>表${i}</td><td>说明</td></tr></table>`) + '<h3>',
    ),
    'tables',
  ],
  [
    'a table of 120 columns',
    fair.replace('<h3>', `<table><tr>${repeat(120, (i) => `<td>c${i}</td>`)}</tr></table><h3>`),
    'columns',
  ],
  [
    'a table of 5,100 rows',
    fair.replace('<h3>', `<table>${repeat(5100, (i) => `<tr><td>r${i}</td></tr>`)}</table><h3>`),
    'rows',
  ],
  [
    'the terms 95 <div>s deep',
    fair.replace(rows, (m) => '<div>'.repeat(95) + m + '</div>'.repeat(95)),
    null,
  ],
];

describe('oversized items cost themselves, never the page', () => {
  let browser: Browser;
  let page: Page;

  async function scan(html: string): Promise<RawExtraction> {
    await page.setContent(html, { waitUntil: 'load' });
    return scanPage(page, { maxRounds: 1, maxReadMs: 20_000 });
  }

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
  }, 60000);
  afterAll(async () => {
    await browser.close();
  });

  for (const [name, html, cut] of cases) {
    it(`${name}: within bounds as sent, and the loan's terms are read`, async () => {
      const raw = await scan(html);
      const strict = rawExtractionSchema.safeParse(raw);
      expect(strict.error?.issues.slice(0, 3)).toBeUndefined();
      if (cut === 'none') expect(raw.stats.cut ?? []).toEqual([]);
      else if (cut !== null) expect(raw.stats.cut).toContain(cut);
      const report = analyseExtraction(raw, {
        input: 't',
        settings: defaultSettings,
        now: '2026-11-20T00:00:00.000Z',
      });
      expect(report.terms?.principal).toBe('20000.00');
      expect(report.terms?.received).toBe('20000.00');
      expect(report.terms?.termMonths).toBe(12);
      expect(report.terms?.statedRates.map((r) => r.value)).toContain('0.06');
    }, 60000);
  }

  it('a long paragraph is kept whole, in pieces', async () => {
    const raw = await scan(fair.replace('<h3>', `<p>${paragraph}</p><h3>`));
    const pieces = raw.blocks.filter((b) => b.text.startsWith('本借款适用'));
    expect(pieces.length).toBeGreaterThanOrEqual(2);
    expect(raw.blocks.map((b) => b.text).join('')).toContain(paragraph);
  }, 60000);
});
