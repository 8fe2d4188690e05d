import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';

import { migrateStorage } from '@/lib/background/migrate-storage';
import { defaultSettings } from '@/lib/storage/settings';

import { sampleReport } from '../support/sample-report';

describe('migrateStorage (extension update)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('turns a version-0 history (a bare array) into the current schema and keeps every valid report', async () => {
    const report = sampleReport();
    await fakeBrowser.storage.local.set({
      history: [report, { not: 'a report' }],
      settings: { language: 'en' },
    });
    await migrateStorage();
    const stored = await fakeBrowser.storage.local.get(['history', 'settings']);
    expect(stored.history).toEqual({ schemaVersion: 1, entries: [report] });
    expect(stored.settings).toEqual({ ...defaultSettings, language: 'en' });
  });

  it('writes nothing on a fresh install', async () => {
    await migrateStorage();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
