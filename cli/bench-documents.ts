/**
 * Budgets of reading screenshots and PDF contracts (issue: loans in apps and contracts):
 * - OCR of a 1170×2532 phone screenshot ≤ 5 s (two cores), timed inside the file page, the model
 *   load (first file) apart from a warm read;
 * - the text of a 10-page PDF ≤ 1 s (pdf.js text layer + the document adapter, on Node);
 * - the size of the extension package, the OCR files apart.
 * How many renders read to their HTML's terms is measured by the e2e spec documents.spec.ts
 * (LOANLENS_OCR_ACCURACY=1 for every page in every render, docs/ocr.md). Load average is printed beside the
 * times: the team's machines are shared, and OCR time scales with the load.
 */
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

import { loadCMapFromDisk } from '../lib/documents/cmaps-node';
import { openPdf, readPdfText } from '../lib/documents/pdf-text';
import { toExtraction } from '../lib/documents/to-extraction';
import { launchChromium } from './chromium';

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
export async function tenPagePdfMs(): Promise<string> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const clause = (i: number): string =>
      `<p>第${String(i)}条 借款人应按照本合同约定的还款计划按时足额归还借款本金、利息及相关费用；逾期的，贷款人有权按照约定计收罚息，并有权要求借款人提前归还全部借款。</p>`;
    await page.setContent(
      `<!doctype html><meta charset="utf-8"><title>借款合同</title><h1>借款合同</h1>${Array.from({ length: 160 }, (_, i) => clause(i + 1)).join('')}`,
    );
    const bytes = new Uint8Array(await page.pdf({ format: 'A4' }));
    const times: number[] = [];
    const cpu: number[] = [];
    let pages = 0;
    for (let i = 0; i < 6; i++) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      const text = await readPdfText(await openPdf(bytes, loadCMapFromDisk), {
        firstPage: 0,
        file: 0,
      });
      toExtraction({ files: ['c.pdf'], pages: text.pages, items: text.items }, text.title);
      const c = process.cpuUsage(c0);
      if (i > 0) {
        times.push(performance.now() - t0);
        cpu.push((c.user + c.system) / 1000);
      }
      pages = text.pages.length;
    }
    return `text of a ${String(pages)}-page PDF (pdf.js + adapter, Node): median ${median(times).toFixed(0)} ms wall, ${median(cpu).toFixed(0)} ms CPU (budget 1000 ms; ${load()})`;
  } finally {
    await browser.close();
  }
}

async function ocrScreenshot(): Promise<string[]> {
  // The visible screen of a sample page on an iPhone: 390 CSS px at 3×, 1170×2532 pixels.
  const shot = join(mkdtempSync(join(tmpdir(), 'loanlens-bench-')), 'screen.png');
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 3,
    });
    const tab = await context.newPage();
    await tab.goto(pathToFileURL(join(repoRoot, 'cli/samples/upfront-service-fee.html')).href);
    await tab.screenshot({ path: shot });
  } finally {
    await browser.close();
  }
  const session = await launchWithExtension();
  try {
    const page = await openFilesPage(session);
    // The page's main thread's CPU time (OCR runs there, on one thread): on a shared machine the
    // wall time grows with the load, the CPU time much less.
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const cpu = async (): Promise<number> => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN) * 1000;
    };
    const first = await readFilesInPage(page, [shot], 600_000);
    const warm: number[] = [];
    const warmCpu: number[] = [];
    for (let i = 0; i < 2; i++) {
      const before = await cpu();
      warm.push((await readFilesInPage(page, [shot], 600_000)).timings.ocr);
      warmCpu.push((await cpu()) - before);
    }
    return [
      `OCR of a 1170×2532 screenshot in the file page: first file (loads the models) ${first.timings.ocr.toFixed(0)} ms; then median ${median(warm).toFixed(0)} ms wall, ${median(warmCpu).toFixed(0)} ms of the page's CPU (budget 5000 ms; one thread; ${load()})`,
    ];
  } finally {
    await session.close();
  }
}

export async function benchDocuments(): Promise<string[]> {
  ensureBuild();
  const lines = [...packageSize(), await tenPagePdfMs(), ...(await ocrScreenshot())];
  return lines;
}
