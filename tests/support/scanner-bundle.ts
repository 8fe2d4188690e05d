/**
 * Bundles lib/extract into one IIFE exposing `globalThis.__loanlensScan(options)`, so a test can
 * inject the real scanner into a page in plain Chromium (`page.addScriptTag({ content })`)
 * without building or loading the extension.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
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
        entry: resolve(repoRoot, 'tests/support/scanner-entry.ts'),
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
