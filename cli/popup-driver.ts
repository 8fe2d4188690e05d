/**
 * Drives the real toolbar popup, which Playwright does not expose as a Page (stack-notes G17): it
 * is found among the CDP targets, attached with the non-flat protocol, and evaluated in by
 * message id.
 */
import type { CDPSession } from 'playwright-core';

import type { ExtensionSession } from './extension-session';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

interface Reply {
  result?: { result?: { value?: unknown }; exceptionDetails?: { text: string } };
  error?: { message: string };
}

export interface PopupHandle {
  evaluate<T>(expression: string): Promise<T>;
  detach(): Promise<void>;
}

async function findPopupTarget(
  cdp: CDPSession,
  extensionId: string,
  timeoutMs: number,
): Promise<TargetInfo> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{}] })) as {
      targetInfos: TargetInfo[];
    };
    const popup = targetInfos.find(
      (t) => t.type === 'page' && t.url.startsWith(`chrome-extension://${extensionId}/popup.html`),
    );
    if (popup !== undefined) return popup;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the toolbar popup did not open');
}

export async function attachToPopup(
  session: ExtensionSession,
  timeoutMs = 10_000,
): Promise<PopupHandle> {
  const { cdp } = session;
  const target = await findPopupTarget(cdp, session.extensionId, timeoutMs);
  const { sessionId } = await cdp.send('Target.attachToTarget', {
    targetId: target.targetId,
    flatten: false,
  });
  let nextId = 1;
  const pending = new Map<number, (reply: Reply) => void>();
  const onMessage = (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as Reply & { id?: number };
    if (reply.id !== undefined) pending.get(reply.id)?.(reply);
  };
  cdp.on('Target.receivedMessageFromTarget', onMessage);
  return {
    async evaluate<T>(expression: string): Promise<T> {
      const id = nextId++;
      const reply = await new Promise<Reply>((resolve) => {
        pending.set(id, resolve);
        void cdp.send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({
            id,
            method: 'Runtime.evaluate',
            params: { expression, awaitPromise: true, returnByValue: true },
          }),
        });
      });
      pending.delete(id);
      if (reply.error !== undefined) throw new Error(reply.error.message);
      if (reply.result?.exceptionDetails !== undefined)
        throw new Error(`in the popup: ${reply.result.exceptionDetails.text}`);
      return reply.result?.result?.value as T;
    },
    async detach() {
      cdp.off('Target.receivedMessageFromTarget', onMessage);
      await cdp.send('Target.detachFromTarget', { sessionId });
    },
  };
}

/** Polls an expression in the popup until it returns a truthy value. */
export async function waitInPopup<T>(
  popup: PopupHandle,
  expression: string,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await popup.evaluate<T>(expression);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting in the popup for: ${expression}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
