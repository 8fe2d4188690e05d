/**
 * The background's single message entry. A request is answered only when it comes from one of
 * this extension's own pages and parses against the protocol; anything else gets no answer and
 * touches no storage (a page cannot write or read reports by forging messages).
 */
import type { Browser } from 'wxt/browser';
import { browser } from 'wxt/browser';

import { requestSchema, type ScanResponse } from '@/lib/messaging/protocol';

import { scanTab } from './scan-tab';

type Sender = Browser.runtime.MessageSender;

export function isOwnExtensionPage(sender: Sender): boolean {
  return (
    sender.id === browser.runtime.id &&
    (sender.url?.startsWith(browser.runtime.getURL('/')) ?? false)
  );
}

export async function onMessage(
  message: unknown,
  sender: Sender,
): Promise<ScanResponse | undefined> {
  if (!isOwnExtensionPage(sender)) return undefined;
  const request = requestSchema.safeParse(message);
  if (!request.success) return undefined;
  return scanTab(request.data.tabId);
}
