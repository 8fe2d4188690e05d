/**
 * Bundles lib/extract into one IIFE exposing `globalThis.__loanlensScan(options)`, so a test or a
 * benchmark can inject the real scanner into a page in plain Chromium
 * (`page.addScriptTag({ content })`) without building or loading the extension.
 */
import { resolve } from 'node:path';

import type { Page } from 'playwright-core';
import { build } from 'vite';

import type { ScanBounds } from '../lib/extract';
import type { RawExtraction } from '../lib/model/extraction';

import { waitForPageTimers, watchPageTimers } from './page-settle';
import { repoRoot } from './paths';
let cached: Promise<string> | null = null;

export function scannerBundle(): Promise<string> {
  cached ??= bundle();
  return cached;
}

async function bundle(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: repoRoot,
    resolve: { alias: { '@': repoRoot } },
    build: {
      write: false,
      minify: true,
      lib: {
        entry: resolve(repoRoot, 'cli/scanner-entry.ts'),
        formats: ['iife'],
        name: '__loanlensScanner',
      },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const out of outputs) {
    if ('output' in out) {
      const chunk = out.output.find((o) => o.type === 'chunk');
      if (chunk && 'code' in chunk) return chunk.code;
    }
  }
  throw new Error('vite produced no scanner chunk');
}

/**
 * Opens `url`, waits for its short timers as a borrower would (page-settle.ts), injects the scanner
 * and scans. `settle: false` injects it as soon as the DOM is parsed, for the scanner's own waiting
 * (a borrower who clicks before a single-page app has drawn its figures).
 */
export async function scanUrl(
  page: Page,
  url: string,
  bounds?: ScanBounds,
  { settle = true }: { settle?: boolean } = {},
): Promise<RawExtraction> {
  if (settle) await watchPageTimers(page);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  if (settle) await waitForPageTimers(page);
  await page.addScriptTag({ content: await scannerBundle() });
  return page.evaluate(
    (b) =>
      (
        globalThis as unknown as { __loanlensScan: (o?: unknown) => Promise<RawExtraction> }
      ).__loanlensScan(b),
    bounds,
  );
}
