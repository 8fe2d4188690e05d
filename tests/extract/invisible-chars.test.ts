/**
 * Invisible characters inside figures read through, and raised digits never join an amount
 * (issue 12), end to end: the real scanner in Chromium, then the background's pipeline.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { analyseExtraction } from '@/lib/analysis/analyse';
import type { Report } from '@/lib/model/report';
import { parseReport } from '@/lib/storage/report-schema';
import { defaultSettings } from '@/lib/storage/settings';
import { repoRoot } from '../../cli/paths';
import { launchChromium } from '../../cli/chromium';
import { scanPage } from '../support/scan-page';

const fair = readFileSync(join(repoRoot, 'cli/samples/fair-bank-loan.html'), 'utf8');

/** The fair page with 2,000 kept back from the 20,000 paid out, its figures laced with `c`. */
function deducted(c: string): string {
  return fair
    .replace(
      '<span>借款金额</span><span>20,000.00元</span>',
      `<span>借款金额</span><span>2${c}0,${c}000.0${c}0元</span>`,
    )
    .replace(
      '<span>实际到账金额</span><span>20,000.00元</span>',
      `<span>实际到账金额</span><span>1${c}8,000.${c}00元</span>`,
    );
}

describe('invisible characters and raised digits on a page', () => {
  let browser: Browser;
  let page: Page;

  async function report(html: string): Promise<Report> {
    await page.setContent(html, { waitUntil: 'load' });
    const raw = await scanPage(page, { maxRounds: 1 });
    return analyseExtraction(raw, {
      input: 't',
      settings: defaultSettings,
      now: '2026-11-20T00:00:00.000Z',
    });
  }

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
  }, 60000);
  afterAll(async () => {
    await browser.close();
  });

  for (const [name, c] of [
    ['none', ''],
    ['U+200D', '\u200d'],
    ['U+200C', '\u200c'],
    ['U+2060', '\u2060'],
    ['U+00AD', '\u00ad'],
    ['U+200B', '\u200b'],
    ['U+FEFF', '\ufeff'],
  ] as const) {
    it(`${name} inside the figures: 20,000 lent, 18,000 paid out, the 砍头息 is found`, async () => {
      const r = await report(deducted(c));
      expect(r.terms?.principal).toBe('20000.00');
      expect(r.terms?.received).toBe('18000.00');
      expect(r.findings.find((f) => f.id === 'upfront-deduction')?.outcome).toBe('fail');
    }, 30000);
  }

  it('借款金额 10⁴元 is never 104', async () => {
    const html = fair.replace(
      '<span>借款金额</span><span>20,000.00元</span>',
      '<span>借款金额</span><span>10⁴元</span>',
    );
    const r = await report(html);
    expect(r.terms?.principal).not.toBe('104.00');
    expect(['10000.00', null]).toContain(r.terms?.principal ?? null);
    expect(parseReport(r)).not.toBeNull();
  }, 30000);
});
