/**
 * One pattern page (tests/pages/patterns/N-slug/page.html, found by its number) loaded into a
 * Chromium tab and read by the real scanner and reader — what a round's tests check a page by.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

import type { LoanTerms } from '@/lib/model/terms';
import { readTerms } from '@/lib/reader';
import { patternsDir } from './pattern-pages';
import { scanPage } from './scan-page';

/** Page `n` read once `shown` is on screen (pages that fill their figures in after load). */
export async function readPatternPage(
  page: Page,
  n: number,
  shown?: string,
): Promise<LoanTerms | null> {
  const dir = readdirSync(patternsDir).find((d) => d.startsWith(`${String(n)}-`));
  if (dir === undefined) throw new Error(`no pattern page numbered ${String(n)}`);
  await page.setContent(readFileSync(join(patternsDir, dir, 'page.html'), 'utf8'), {
    waitUntil: 'load',
  });
  if (shown !== undefined)
    await page.waitForFunction((w) => document.body.innerText.includes(w), shown);
  return readTerms(await scanPage(page, { maxRounds: 1 }));
}
