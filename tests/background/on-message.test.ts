import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';

import { isOwnExtensionPage, onMessage } from '@/lib/background/on-message';

describe('onMessage sender and schema checks', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  const ownPage = () => ({
    id: fakeBrowser.runtime.id,
    url: fakeBrowser.runtime.getURL('/popup.html'),
  });

  it('accepts this extension’s own pages only', () => {
    expect(isOwnExtensionPage(ownPage())).toBe(true);
    expect(
      isOwnExtensionPage({
        id: fakeBrowser.runtime.id,
        url: 'https://lender.example/',
        tab: { id: 3 } as never,
      }),
    ).toBe(false);
    expect(
      isOwnExtensionPage({
        id: 'another-extension',
        url: 'chrome-extension://another-extension/popup.html',
      }),
    ).toBe(false);
    expect(isOwnExtensionPage({})).toBe(false);
  });

  it('ignores a forged scan request from a web page and writes nothing', async () => {
    const answer = await onMessage(
      { type: 'scanTab', tabId: 1 },
      { id: fakeBrowser.runtime.id, url: 'https://evil.example/', tab: { id: 1 } as never },
    );
    expect(answer).toBeUndefined();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('ignores malformed requests from its own pages', async () => {
    for (const message of [
      null,
      'scanTab',
      { type: 'scanTab' },
      { type: 'scanTab', tabId: -1 },
      { type: 'deleteAll' },
    ]) {
      expect(await onMessage(message, ownPage())).toBeUndefined();
    }
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});
