import { describe, expect, it } from 'vitest';

import { askHighlight, askScan, type Send } from '@/lib/messaging/client';
import type { Request } from '@/lib/messaging/protocol';

const answering =
  (reply: unknown, sent: Request[] = []): Send =>
  (request) => {
    sent.push(request);
    return Promise.resolve(reply);
  };

describe('the typed client of the background', () => {
  it('sends a well-formed request and returns the answer the protocol names', async () => {
    const sent: Request[] = [];
    expect(await askScan(answering({ ok: true }, sent), 7)).toEqual({ ok: true });
    expect(await askScan(answering({ ok: false, error: 'page-not-readable' }), 7)).toEqual({
      ok: false,
      error: 'page-not-readable',
    });
    expect(await askHighlight(answering({ ok: true }, sent), 7, '#a')).toEqual({ ok: true });
    expect(sent).toEqual([
      { type: 'scanTab', tabId: 7 },
      { type: 'highlight', tabId: 7, locator: '#a' },
    ]);
  });

  it('gives null for no answer, a failed send or an answer outside the protocol', async () => {
    expect(await askScan(answering(undefined), 1)).toBeNull();
    expect(await askScan(answering({ ok: false, message: '读取失败' }), 1)).toBeNull();
    expect(await askHighlight(() => Promise.reject(new Error('closed')), 1, '#a')).toBeNull();
  });
});
