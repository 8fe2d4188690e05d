/**
 * Budgets of reading screenshots and PDF contracts (issue: loans in apps and contracts):
 * - OCR of a 1170×2532 phone screenshot ≤ 5 s (two cores), timed inside the file page, the model
 *   load (first file) apart from a warm read;
 * - the text of a 10-page PDF ≤ 1 s (pdf.js text layer + the document adapter, on Node);
 * - the size of the extension package, the OCR files apart.
 * With LOANLENS_BENCH_ACCURACY=1 it also reads every fixture page in every render and prints how
 * many read to the same terms as their HTML (docs/ocr.md). Load average is printed beside the
 * times: the team's machines are shared, and OCR time scales with the load.
 */
import { readdirSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

import { loadCMapFromDisk } from '../lib/documents/cmaps-node';
import { openPdf, readPdfText } from '../lib/documents/pdf-text';
import { toExtraction } from '../lib/documents/to-extraction';
import {
  fixturePages,
  htmlOnly,
  pagesDir,
  readAs,
  renderToFile,
  type DocumentRender,
} from '../tests/documents/read-like-html';
import { launchChromium, serve } from '../tests/support/browser';

import { median } from './bench-stats';
import { ensureBuild } from './ensure-build';
import { launchWithExtension } from './extension-session';
import { openFilesPage, readFilesInPage } from './file-reader-driver';
import { chromeBuildDir, repoRoot } from './paths';

const load = (): string => `load ${loadavg()[0]?.toFixed(1) ?? '?'}`;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

function packageSize(): string[] {
  const all = files(chromeBuildDir);
  const size = (list: string[]): number => list.reduce((n, f) => n + statSync(f).size, 0);
  const packed = (list: string[]): number =>
    list.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  const ocr = all.filter((f) => /\.(onnx|wasm)$/.test(f));
  const mb = (b: number): string => `${(b / 1e6).toFixed(2)} MB`;
  return [
    `extension package: ${mb(size(all))} unpacked, about ${mb(packed(all))} packed (${String(all.length)} files)`,
    `  of which OCR models + ONNX Runtime wasm: ${mb(size(ocr))} unpacked, ${mb(packed(ocr))} packed`,
  ];
}

/** A contract of ten pages: the sample's terms, then clauses, printed by Chromium. */
async function tenPagePdfMs(): Promise<string> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const clause = (i: number): string =>
      `<p>第${String(i)}条 借款人应按照本合同约定的还款计划按时足额归还借款本金、利息及相关费用；逾期的，贷款人有权按照约定计收罚息，并有权要求借款人提前归还全部借款。</p>`;
    await page.setContent(
      `<!doctype html><meta charset="utf-8"><title>借款合同</title><h1>借款合同</h1>${Array.from({ length: 260 }, (_, i) => clause(i + 1)).join('')}`,
    );
    const bytes = new Uint8Array(await page.pdf({ format: 'A4' }));
    const times: number[] = [];
    let pages = 0;
    for (let i = 0; i < 6; i++) {
      const t0 = performance.now();
      const text = await readPdfText(await openPdf(bytes, loadCMapFromDisk), {
        firstPage: 0,
        file: 0,
      });
      toExtraction({ files: ['c.pdf'], pages: text.pages, items: text.items }, text.title);
      if (i > 0) times.push(performance.now() - t0);
      pages = text.pages.length;
    }
    return `text of a ${String(pages)}-page PDF (pdf.js + adapter, Node): median ${median(times).toFixed(0)} ms (budget 1000 ms)`;
  } finally {
    await browser.close();
  }
}

async function ocrScreenshot(): Promise<string[]> {
  const browser = await launchChromium();
  const shot = await renderToFile(
    browser,
    `file://${join(repoRoot, 'cli/samples/upfront-service-fee.html')}`,
    'screen',
  );
  await browser.close();
  const session = await launchWithExtension();
  try {
    const page = await openFilesPage(session);
    const first = await readFilesInPage(page, [shot], 600_000);
    const warm: number[] = [];
    for (let i = 0; i < 2; i++)
      warm.push((await readFilesInPage(page, [shot], 600_000)).timings.ocr);
    return [
      `OCR of a 1170×2532 screenshot in the file page: first file (loads the models) ${first.timings.ocr.toFixed(0)} ms, then median ${median(warm).toFixed(0)} ms (budget 5000 ms, one thread; ${load()})`,
    ];
  } finally {
    await session.close();
  }
}

async function accuracy(): Promise<string[]> {
  const renders: DocumentRender[] = ['pdf', 'png', 'jpeg60', 'dark', 'scanned-pdf'];
  const browser = await launchChromium();
  const served = await serve(pagesDir);
  const session = await launchWithExtension();
  const lines: string[] = [];
  try {
    const page = await openFilesPage(session);
    for (const how of renders) {
      let same = 0;
      let total = 0;
      const misses: string[] = [];
      for (const { name, expected } of fixturePages()) {
        if (name in htmlOnly) continue;
        total++;
        const c = await readAs(browser, page, served.url, name, expected, how);
        if (c.diff.length === 0 && c.outcome.error === undefined) same++;
        else misses.push(`${name}: ${c.outcome.error ?? c.diff.slice(0, 2).join('; ')}`);
      }
      lines.push(
        `${how}: ${String(same)} of ${String(total)} fixture pages read to the HTML's terms`,
      );
      for (const m of misses) lines.push(`    ${m}`);
    }
  } finally {
    await session.close();
    await browser.close();
    served.server.close();
  }
  return lines;
}

export async function benchDocuments(): Promise<string[]> {
  ensureBuild();
  const lines = [...packageSize(), await tenPagePdfMs(), ...(await ocrScreenshot())];
  if (process.env.LOANLENS_BENCH_ACCURACY === '1') lines.push(...(await accuracy()));
  return lines;
}
