import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';

import {
  isOwnContentScriptInTopFrame,
  isOwnExtensionPage,
  onMessage,
} from '@/lib/background/on-message';

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

describe('auto-scan results', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  const reading = {
    type: 'autoScanResult',
    extraction: {
      url: 'https://lender.example/',
      title: '',
      lang: '',
      blocks: [],
      pairs: [],
      tables: [],
      controls: [],
      links: [],
      stats: { nodesVisited: 0, elapsedMs: 0, truncated: false, rounds: 1 },
    },
  };

  it('come only from this extension’s content script in a tab’s top frame', () => {
    const tab = { id: 7 } as never;
    expect(
      isOwnContentScriptInTopFrame({
        id: fakeBrowser.runtime.id,
        tab,
        frameId: 0,
        url: 'https://lender.example/',
      }),
    ).toBe(true);
    expect(
      isOwnContentScriptInTopFrame({
        id: fakeBrowser.runtime.id,
        tab,
        frameId: 3,
        url: 'https://ads.example/',
      }),
    ).toBe(false);
    expect(
      isOwnContentScriptInTopFrame({
        id: 'another-extension',
        tab,
        frameId: 0,
        url: 'https://lender.example/',
      }),
    ).toBe(false);
    expect(
      isOwnContentScriptInTopFrame({
        id: fakeBrowser.runtime.id,
        url: fakeBrowser.runtime.getURL('/popup.html'),
      }),
    ).toBe(false);
  });

  it('from a subframe or another extension write nothing', async () => {
    await onMessage(reading, {
      id: fakeBrowser.runtime.id,
      tab: { id: 7 } as never,
      frameId: 2,
      url: 'https://lender.example/',
    });
    await onMessage(reading, {
      id: 'another-extension',
      tab: { id: 7 } as never,
      frameId: 0,
      url: 'https://lender.example/',
    });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('answers an evidence or page-text request only from its own pages, in codes', async () => {
    const page = {
      id: fakeBrowser.runtime.id,
      url: 'https://evil.example/',
      tab: { id: 1 } as never,
    };
    expect(await onMessage({ type: 'pageText', tabId: 1 }, page)).toBeUndefined();
    expect(await onMessage({ type: 'evidencePack', tabId: 1 }, page)).toBeUndefined();
    // No report for the tab: nothing to put in a pack, said as a code the page words.
    const own = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    expect(await onMessage({ type: 'evidencePack', tabId: 1 }, own)).toEqual({
      ok: false,
      problem: 'no-report',
    });
  });
});
