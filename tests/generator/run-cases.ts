/**
 * Builds the seeded generator pages (every layout × N seeds) and reads them back through the real
 * scanner in Chromium, a few tabs at a time, scoring each against its independently computed truth.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Browser } from 'playwright-core';

import { scanUrl } from '../../cli/scanner-bundle';
import { serveFiles } from '../../cli/serve';
import { type PageScore, readCorrectly, scoreReading } from '../support/corpus-score';
import { type Layout, decorate, layouts, pageCss, render, type ScheduleMode } from './layouts';
import { type Loan, randomLoan, truthOf } from './loan';
import { rng } from './random';

/** Seeds per layout in the test and in `npm run corpus`: 24 layouts × 16 = 384 pages. */
export const defaultPerLayout = 16;

export interface GeneratorCase {
  name: string;
  layout: Layout;
  html: string;
  loan: Loan;
  truth: Record<string, unknown>;
}

export function generatorCase(layout: Layout, seed: number): GeneratorCase {
  const r = rng(seed * 7919 + layouts.indexOf(layout));
  const mode = r.pick<ScheduleMode>(['full', 'full', 'first', 'none']);
  const loan = randomLoan(r, { dated: mode === 'full' && r.chance(0.5) });
  const page = decorate(render(loan, layout, mode, r), r);
  const title = page.title ?? '借款确认';
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title><style>${pageCss}</style></head><body><h1>${page.heading ?? title}</h1>${page.body}${page.script ? `<script>${page.script}</script>` : ''}</body></html>`;
  // The loan as the page states it (a card states a 等本等息 cost as a fee rate: same payments).
  const shown = page.loan ?? loan;
  const truth = truthOf(shown, page.extraRates);
  // A page on which several lenders lend names no single lender.
  if (page.lenderNamed === false) delete truth.lenderName;
  return { name: `${layout}-${String(seed)}`, layout, html, loan: shown, truth };
}

export function generatorCases(perLayout = defaultPerLayout): GeneratorCase[] {
  return layouts.flatMap((layout) =>
    Array.from({ length: perLayout }, (_, k) => generatorCase(layout, k + 1)),
  );
}

export interface GeneratorRun {
  scores: PageScore[];
  byLayout: { layout: Layout; correct: number; total: number }[];
}

export async function runGeneratorCases(
  browser: Browser,
  cases: readonly GeneratorCase[],
  tabs = 3,
): Promise<GeneratorRun> {
  // Each page is written to a scratch folder and served like any audited file.
  const dir = mkdtempSync(join(tmpdir(), 'loanlens-generated-'));
  const files = cases.map((c) => join(dir, `${c.name}.html`));
  cases.forEach((c, i) => {
    writeFileSync(files[i] ?? '', c.html);
  });
  const server = await serveFiles(files);
  const scores = new Array<PageScore>(cases.length);
  let next = 0;
  try {
    await Promise.all(
      Array.from({ length: tabs }, async () => {
        const page = await browser.newPage();
        for (let i = next++; i < cases.length; i = next++) {
          const c = cases[i];
          if (!c) break;
          const raw = await scanUrl(page, server.urlFor(i, files[i] ?? ''));
          scores[i] = scoreReading(c.name, raw, c.truth);
        }
        await page.close();
      }),
    );
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const byLayout = layouts.map((layout) => {
    const mine = scores.filter((_, i) => cases[i]?.layout === layout);
    return { layout, correct: mine.filter(readCorrectly).length, total: mine.length };
  });
  return { scores, byLayout };
}
