/**
 * Real Chromium for scanner tests: launch, load a page from a file over a loopback server (so
 * same-origin iframes work), inject the scanner bundle and run it.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { RawExtraction } from '@/lib/model/extraction';
import type { ScanBounds } from '@/lib/extract';
import { scannerBundle } from './scanner-bundle';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Serves files under `root` on 127.0.0.1, plus any in-memory pages registered by path. */
export async function serve(
  root: string,
  pages: Map<string, string> = new Map(),
): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const inline = pages.get(path);
    if (inline !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(inline);
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    readFile(file)
      .then((body) => {
        res.writeHead(200, {
          'content-type':
            extname(file) === '.html' ? 'text/html; charset=utf-8' : 'application/octet-stream',
        });
        res.end(body);
      })
      .catch(() => res.writeHead(404).end());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return { url: `http://127.0.0.1:${String(port)}`, server };
}

/** Open `url`, inject the scanner as soon as the DOM is parsed, and scan. */
export async function scanUrl(
  page: Page,
  url: string,
  bounds?: ScanBounds,
): Promise<RawExtraction> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.addScriptTag({ content: await scannerBundle() });
  return page.evaluate(
    (b) =>
      (
        globalThis as unknown as { __loanlensScan: (o?: unknown) => Promise<RawExtraction> }
      ).__loanlensScan(b),
    bounds,
  );
}
