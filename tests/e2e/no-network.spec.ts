/**
 * Nothing leaves the browser (design.md §7). Two checks: the built bundles contain no network API
 * at all, and a recorded run over the sample pages (popup, options page and all) shows no request
 * that did not come from the pages themselves or the browser's own services.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { auditUrl, launchWithExtension, openPopupViewer } from '../../cli/extension-session';
import { chromeBuildDir } from '../../cli/paths';
import { serveFiles } from '../../cli/serve';

import { proxyArgs, startRecordingProxy, unexpectedRequests } from './recording-proxy';
import { e2ePagePath, expect, samplePath, test } from './support';

function builtFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? builtFiles(join(dir, e.name))
      : /\.(js|html)$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
}

test('the built extension holds no network API and loads no remote code', () => {
  const networkApis =
    /\bfetch\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts|<script[^>]+src=["']?https?:|<link[^>]+href=["']?https?:/;
  const offenders = builtFiles(chromeBuildDir).filter((f) =>
    networkApis.test(readFileSync(f, 'utf8')),
  );
  expect(offenders).toEqual([]);
});

test('auditing pages, opening the popup and the options page makes no request of the extension’s own', async () => {
  const files = [
    samplePath('fair-bank-loan.html'),
    samplePath('hidden-fees-membership.html'),
    samplePath('upfront-service-fee.html'),
    e2ePagePath('no-loan.html'),
  ];
  const server = await serveFiles(files);
  const urls = files.map((f, i) => server.urlFor(i, f));
  const origin = new URL(urls[0] ?? 'http://127.0.0.1/').origin;
  const proxy = await startRecordingProxy((url) => url.origin === origin);
  const session = await launchWithExtension({ extraArgs: proxyArgs(proxy.port) });
  try {
    for (const url of urls) {
      const { tabId } = await auditUrl(session, url);
      const popup = await openPopupViewer(session, tabId);
      await popup.close();
    }
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.locator('select').first().waitFor();
    await options.close();
  } finally {
    await session.close();
    await proxy.close();
    await server.close();
  }
  expect(unexpectedRequests(proxy.requests, urls)).toEqual([]);
  expect(proxy.requests.filter((r) => urls.includes(r.url))).toHaveLength(urls.length);
});
