/**
 * The background's single message entry. A request is answered only when it comes from one of
 * this extension's own pages and parses against the protocol; anything else gets no answer and
 * touches no storage (a page cannot write or read reports by forging messages).
 */
import type { Browser } from 'wxt/browser';
import { browser } from 'wxt/browser';

import type { HighlightResponse } from '@/lib/messaging/highlight';
import { autoScanMessageSchema, requestSchema, type ScanResponse } from '@/lib/messaging/protocol';

import { acceptAutoScan } from './auto-scan';
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
    return injection?.result === true
      ? { ok: true }
      : { ok: false, message: '页面已变化，找不到这段文字。' };
  } catch {
    return { ok: false, message: '无法在此页面上标出（需要在该页面上点击工具栏按钮）。' };
  }
}

export async function onMessage(
  message: unknown,
  sender: Sender,
): Promise<ScanResponse | HighlightResponse | undefined> {
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
  switch (request.data.type) {
    case 'scanTab':
      return scanTab(request.data.tabId);
    case 'highlight':
      return highlight(request.data.tabId, request.data.locator);
  }
}
