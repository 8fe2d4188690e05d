/**
 * Real Firefox (Debian's firefox-esr) with the built Firefox package, driven over WebDriver BiDi
 * with puppeteer-core the way a borrower uses it: open the page, click the toolbar button (the
 * browser action is triggered from the browser's own chrome scope, which is what a click does: it
 * grants activeTab and opens the real popup, which asks the background to scan), wait for the
 * report the background stores.
 */
import { existsSync } from 'node:fs';

import puppeteer, { type Browser } from 'puppeteer-core';

import type { Report } from '../../lib/model/report';
import { parseReport } from '../../lib/storage/report-schema';

/** The gecko id in wxt.config.ts. */
const addonId = 'loanlens@loanlens.invalid';
/** A fixed moz-extension UUID, so the test knows the extension's pages' addresses in advance. */
const addonUuid = '6c1f1f3e-2b7a-4c59-9a51-1a2b3c4d5e6f';

/** $FIREFOX_PATH, then Debian's firefox-esr, then a firefox on the usual path; null when none. */
export function findFirefox(): string | null {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  return candidates.find((p): p is string => p !== undefined && p !== '' && existsSync(p)) ?? null;
}

export interface FirefoxSession {
  browser: Browser;
  version: string;
  /** moz-extension://<uuid> */
  base: string;
  /** Opens `url`, clicks the toolbar button, returns the report stored for it. */
  audit(url: string, timeoutMs?: number): Promise<Report>;
  /** Opens an extension page ("/options.html") in a tab; returns its browsing context. */
  openExtensionPage(path: string, front?: boolean): Promise<string>;
  /** Evaluates in a browsing context (its value JSON-serialisable). */
  evaluate(context: string, expression: string): Promise<unknown>;
  storage(area: 'session' | 'local'): Promise<Record<string, unknown>>;
  /** Clicks the element `selector` finds with the mouse (real user input). */
  click(context: string, selector: string): Promise<void>;
  close(): Promise<void>;
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

/** Runs `expression` in the browser window's chrome scope (needs --remote-allow-system-access). */
async function inChrome(connection: BidiConnection, expression: string): Promise<unknown> {
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const contexts = tree.result.contexts as { context: string; url: string }[];
  const window = contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (window === undefined) throw new Error('no Firefox browser window');
  const reply = await connection.send('script.evaluate', {
    expression,
    target: { context: window.context },
    awaitPromise: true,
  });
  const result = reply.result as {
    type: string;
    result?: { value?: unknown };
    exceptionDetails?: { text?: string };
  };
  if (result.type !== 'success')
    throw new Error(`chrome-scope script failed: ${result.exceptionDetails?.text ?? '?'}`);
  return result.result?.value;
}

/** What a click on the toolbar button does (ext-browserAction.js triggerAction), for the selected tab. */
const clickToolbarButton = `(() => {
  const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
  const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(addonId)});
  ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
  return window.gBrowser.selectedBrowser.currentURI.spec;
})()`;

/** Closes the popup panel if it is open (a second click would toggle it, but only when open). */
const closePopups = `(() => {
  for (const panel of document.querySelectorAll('panel')) if (panel.state === 'open') panel.hidePopup();
  return true;
})()`;

export async function launchFirefoxWithExtension(
  extensionDir: string,
  executablePath: string,
): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: addonUuid }),
      // A permission the extension asks for is granted without a prompt nobody can answer.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  // Puppeteer's BiDi browser keeps its WebDriver BiDi connection here (not in its typings): the
  // chrome-scope commands and moz-extension navigation below have no Puppeteer wrapper.
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const base = `moz-extension://${addonUuid}`;
  try {
    await browser.installExtension(extensionDir);
  } catch (e) {
    await browser.close();
    throw e;
  }

  /** Opens an extension page in a new tab (in the background unless `front`); its context id. */
  const openExtensionPage = async (path: string, front = false): Promise<string> => {
    const created = await connection.send('browsingContext.create', {
      type: 'tab',
      background: !front,
    });
    const context = created.result.context as string;
    // Puppeteer's own goto waits for a load event Firefox does not report for moz-extension pages.
    await connection.send('browsingContext.navigate', {
      context,
      url: `${base}${path}`,
      wait: 'complete',
    });
    return context;
  };

  /** Runs `expression` (its value JSON-serialisable) in a page. */
  const evaluate = async (context: string, expression: string): Promise<unknown> => {
    const reply = await connection.send('script.evaluate', {
      expression: `Promise.resolve(${expression}).then((v) => JSON.stringify(v ?? null))`,
      target: { context },
      awaitPromise: true,
    });
    const result = reply.result as {
      type: string;
      result?: { value?: unknown };
      exceptionDetails?: { text?: string };
    };
    if (result.type !== 'success' || typeof result.result?.value !== 'string')
      throw new Error(`script failed in ${context}: ${result.exceptionDetails?.text ?? '?'}`);
    return JSON.parse(result.result.value) as unknown;
  };

  /** A real mouse click on the element `selector` finds: user input, as Firefox requires for prompts. */
  const click = async (context: string, selector: string): Promise<void> => {
    const box = (await evaluate(
      context,
      `(() => { const e = document.querySelector(${JSON.stringify(selector)});
        e.scrollIntoView({ block: 'center' });
        const r = e.getBoundingClientRect();
        return { x: Math.round(r.x + r.width / 2), y: Math.round(r.y + r.height / 2) }; })()`,
    )) as { x: number; y: number };
    await connection.send('input.performActions', {
      context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', x: box.x, y: box.y },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
  };

  /** An extension page to read storage.session through (the background is an event page). */
  let storageContext: string | null = null;
  const storage = async (area: 'session' | 'local'): Promise<Record<string, unknown>> => {
    // In the background: the tab being audited stays the selected one, and its popup open.
    storageContext ??= await openExtensionPage('/privacy.html');
    return (await evaluate(storageContext, `browser.storage.${area}.get(null)`)) as Record<
      string,
      unknown
    >;
  };
  const storedReports = () => storage('session');

  const audit = async (url: string, timeoutMs = 30_000): Promise<Report> => {
    await storage('session');
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => document.readyState === 'complete');
    await page.bringToFront();
    const since = new Date().toISOString();
    const clicked = await inChrome(connection, clickToolbarButton);
    if (clicked !== url)
      throw new Error(`the toolbar click went to ${String(clicked)}, not ${url}`);
    const deadline = Date.now() + timeoutMs;
    try {
      while (Date.now() < deadline) {
        const all = await storedReports();
        for (const [key, value] of Object.entries(all)) {
          const report = key.startsWith('report:') ? parseReport(value) : null;
          if (report !== null && report.url === url && report.scannedAt >= since) return report;
        }
        await new Promise((r) => setTimeout(r, 200));
      }
      const errors = Object.entries(all(await storedReports())).join('; ');
      throw new Error(`no report from Firefox for ${url} in ${timeoutMs / 1000} s ${errors}`);
    } finally {
      await inChrome(connection, closePopups);
    }
  };

  return {
    browser,
    version: await browser.version(),
    base,
    audit,
    openExtensionPage,
    evaluate,
    storage,
    click,
    close: () => browser.close(),
  };
}

/** The scan states, for the message when no report came. */
function all(stored: Record<string, unknown>): [string, string][] {
  return Object.entries(stored)
    .filter(([k]) => k.startsWith('scan:'))
    .map(([k, v]) => [k, JSON.stringify(v)]);
}
