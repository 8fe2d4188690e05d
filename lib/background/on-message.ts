/**
 * The background's single message entry. A request is answered only when it comes from one of
 * this extension's own pages and parses against the protocol; anything else gets no answer and
 * touches no storage (a page cannot write or read reports by forging messages).
 */
import type { Browser } from 'wxt/browser';
import { browser } from 'wxt/browser';

import {
  autoScanMessageSchema,
  type HighlightResponse,
  type Request,
  requestSchema,
  type ResponseTo,
} from '@/lib/messaging/protocol';

import { acceptAutoScan } from './auto-scan';
import { evidencePack, pageText } from './evidence';
import { highlightInPage } from './highlight-in-page';
import { scanTab } from './scan-tab';

type Sender = Browser.runtime.MessageSender;

export function isOwnExtensionPage(sender: Sender): boolean {
  return (
    sender.id === browser.runtime.id &&
    (sender.url?.startsWith(browser.runtime.getURL('/')) ?? false)
  );
}

/** This extension's auto-scanner, in a tab's top frame (frames could be third-party content). */
export function isOwnContentScriptInTopFrame(sender: Sender): boolean {
  return (
    sender.id === browser.runtime.id &&
    sender.tab?.id !== undefined &&
    sender.frameId === 0 &&
    !isOwnExtensionPage(sender)
  );
}

async function highlight(tabId: number, locator: string): Promise<HighlightResponse> {
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      func: highlightInPage,
      args: [locator],
    });
    return injection?.result === true ? { ok: true } : { ok: false, error: 'element-gone' };
  } catch {
    return { ok: false, error: 'page-not-readable' };
  }
}

/** Each request gets the answer the protocol's table names for it. */
function answer(request: Request): Promise<ResponseTo<Request>> {
  switch (request.type) {
    case 'scanTab':
      return scanTab(request.tabId);
    case 'highlight':
      return highlight(request.tabId, request.locator);
    case 'evidencePack':
      return evidencePack(request.tabId);
    case 'pageText':
      return pageText(request.tabId);
  }
}

export async function onMessage(
  message: unknown,
  sender: Sender,
): Promise<ResponseTo<Request> | undefined> {
  if (isOwnContentScriptInTopFrame(sender)) {
    const auto = autoScanMessageSchema.safeParse(message);
    if (auto.success && sender.tab?.id !== undefined && sender.url !== undefined) {
      await acceptAutoScan(auto.data.extraction, { id: sender.tab.id, url: sender.url });
    }
    return undefined;
  }
  if (!isOwnExtensionPage(sender)) return undefined;
  const request = requestSchema.safeParse(message);
  if (!request.success) return undefined;
  return answer(request.data);
}
