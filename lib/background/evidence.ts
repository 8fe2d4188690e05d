/**
 * The evidence pack and the page text, gathered in the background under the activeTab grant the
 * borrower's toolbar click gave this tab: `tabs.captureVisibleTab` (the visible part of the
 * window's active tab, which must be the audited one) and a one-line injected reader of
 * `document.body.innerText`. What the page returns is untrusted and bounded.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';

import { fromBase64, toBase64 } from '@/lib/evidence/base64';
import { buildEvidencePack } from '@/lib/evidence/pack';
import type { EvidenceResponse, PageTextResponse } from '@/lib/messaging/evidence';
import { loadReport } from '@/lib/storage/store';

/** 2 MB of text is a very long page; more is cut, not refused. */
const MAX_TEXT = 2_000_000;

const pageSchema = z.object({
  text: z.string().transform((t) => t.slice(0, MAX_TEXT)),
  url: z.string().max(4000),
  title: z.string().transform((t) => t.slice(0, 1000)),
});

function readPage(): { text: string; url: string; title: string } {
  return { text: document.body.innerText, url: location.href, title: document.title };
}

async function pageOf(tabId: number): Promise<z.infer<typeof pageSchema> | null> {
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      func: readPage,
    });
    const parsed = pageSchema.safeParse(injection?.result);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function pageText(tabId: number): Promise<PageTextResponse> {
  const page = await pageOf(tabId);
  return page === null ? { ok: false } : { ok: true, text: page.text, url: page.url };
}

export async function evidencePack(tabId: number): Promise<EvidenceResponse> {
  const report = await loadReport(tabId);
  if (report === null) return { ok: false, problem: 'no-report' };
  let tab;
  try {
    tab = await browser.tabs.get(tabId);
  } catch {
    return { ok: false, problem: 'not-active' };
  }
  // captureVisibleTab shoots the window's active tab: it must be the page the report is about.
  if (!tab.active) return { ok: false, problem: 'not-active' };
  let dataUrl: string;
  try {
    dataUrl = await browser.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
  } catch {
    return { ok: false, problem: 'capture-failed' };
  }
  const page = await pageOf(tabId);
  if (page === null) return { ok: false, problem: 'page-unreadable' };
  const pack = await buildEvidencePack({
    screenshot: fromBase64(dataUrl.slice(dataUrl.indexOf(',') + 1)),
    pageText: page.text,
    url: page.url,
    title: page.title,
    report,
    capturedAt: new Date().toISOString(),
  });
  return { ok: true, fileName: pack.fileName, base64: toBase64(pack.zip) };
}
