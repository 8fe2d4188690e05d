/**
 * The pattern pages, end to end in real Chromium: scanner bundle → readTerms → report, scored
 * against each page's independently computed truth.json. A page in known-misreads.json must still
 * be misread (so the list only ever shrinks, and says so when a fix lands); every other page must
 * be read correctly. The read rates are printed at the end.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../cli/chromium';
import { scanUrl } from '../../cli/scanner-bundle';
import { type PageScore, rateLines, readCorrectly, scoreReading } from '../support/corpus-score';
import { knownMisreads, patternPages, servePatternPages } from '../support/pattern-pages';

const pages = patternPages();
const known = new Set(knownMisreads().patterns);

describe('pattern pages (tests/pages/patterns)', () => {
  let browser: Browser;
  let page: Page;
  let server: Awaited<ReturnType<typeof servePatternPages>>;
  const scores: PageScore[] = [];

  beforeAll(async () => {
    server = await servePatternPages(pages);
    browser = await launchChromium();
    page = await browser.newPage();
  }, 60000);
  afterAll(async () => {
    await browser.close();
    await server.close();
    if (scores.length === pages.length) console.log(rateLines('pattern pages', scores).join('\n'));
  });

  it('has at least 40 pages, four of them not loans', () => {
    expect(pages.length).toBeGreaterThanOrEqual(40);
    expect(pages.filter((p) => p.truth.kind === 'not-a-loan').length).toBeGreaterThanOrEqual(4);
  });

  it('lists only existing pages as known misreads', () => {
    const names = new Set(pages.map((p) => p.name));
    expect([...known].filter((k) => !names.has(k))).toEqual([]);
  });

  for (const p of pages) {
    it(`${p.name}${known.has(p.name) ? ' (known misread)' : ''}`, async () => {
      const raw = await scanUrl(page, server.urlOf(p.name));
      const score = scoreReading(p.name, raw, p.truth);
      scores.push(score);
      if (known.has(p.name)) {
        expect(
          readCorrectly(score),
          `${p.name} is now read correctly: remove it from tests/pages/known-misreads.json`,
        ).toBe(false);
      } else {
        expect({
          differences: score.differences,
          rateWithin: score.rateWithin,
          falseAccusations: score.falseAccusations,
          falseAllClear: score.falseAllClear,
        }).toEqual({
          differences: [],
          rateWithin: score.rateWithin === null ? null : true,
          falseAccusations: [],
          falseAllClear: false,
        });
      }
    }, 30000);
  }
});
