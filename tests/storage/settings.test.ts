import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';

import { migrateStorage } from '@/lib/background/migrate-storage';
import {
  borrowerLimits,
  defaultSettings,
  readSettings,
  type Settings,
} from '@/lib/storage/settings';

const saved: Settings = {
  schemaVersion: 1,
  language: 'zh-CN',
  lenderTypeOverride: 'small-loan',
  userLpr: [
    { date: '2026-09-22', value: '0.029' },
    { date: '2026-10-20', value: '0.0285' },
  ],
  borrower: {
    name: '张三',
    phone: '13800000000',
    idNumber: '110101199001011234',
    address: '北京市东城区某街道1号',
    city: '北京',
  },
};

describe('readSettings keeps every field that validates', () => {
  it('reads valid settings unchanged, with nothing dropped', () => {
    expect(readSettings(saved)).toEqual({ settings: saved, dropped: [] });
    expect(readSettings(undefined)).toEqual({ settings: defaultSettings, dropped: [] });
  });

  it('a 50-character phone number loses only itself: name, ID, address, LPR and lender type stay', () => {
    const stored = { ...saved, borrower: { ...saved.borrower, phone: '1'.repeat(50) } };
    const { settings, dropped } = readSettings(stored);
    expect(dropped).toEqual(['borrower.phone']);
    expect(settings).toEqual({ ...saved, borrower: { ...saved.borrower, phone: '' } });
  });

  it('each field out of range falls back alone and is named', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ language: 'fr' }, 'language'],
      [{ lenderTypeOverride: 'loan-shark' }, 'lenderTypeOverride'],
      [{ userLpr: 'none' }, 'userLpr'],
      [
        { borrower: { ...saved.borrower, address: 'x'.repeat(borrowerLimits.address + 1) } },
        'borrower.address',
      ],
      [{ borrower: { ...saved.borrower, name: 42 } }, 'borrower.name'],
    ];
    for (const [change, field] of cases) {
      const { settings, dropped } = readSettings({ ...saved, ...change });
      expect(dropped).toEqual([field]);
      // Everything else is the borrower's own.
      expect(settings.borrower.idNumber).toBe(saved.borrower.idNumber);
      if (field !== 'userLpr') expect(settings.userLpr).toEqual(saved.userLpr);
      if (field !== 'lenderTypeOverride') expect(settings.lenderTypeOverride).toBe('small-loan');
    }
  });

  it('keeps the LPR values that validate when one does not', () => {
    const stored = { ...saved, userLpr: [...saved.userLpr, { date: 'soon', value: '2.9' }] };
    const { settings, dropped } = readSettings(stored);
    expect(dropped).toEqual(['userLpr']);
    expect(settings.userLpr).toEqual(saved.userLpr);
  });

  it('an older object without some fields takes their defaults without calling them dropped', () => {
    expect(readSettings({ language: 'en' })).toEqual({
      settings: { ...defaultSettings, language: 'en' },
      dropped: [],
    });
  });
});

describe('migrateStorage and settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('rewrites an older shape with every field kept', async () => {
    // Version 0 had no schemaVersion.
    const older = Object.fromEntries(Object.entries(saved).filter(([k]) => k !== 'schemaVersion'));
    await fakeBrowser.storage.local.set({ settings: older });
    await migrateStorage();
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(saved);
  });

  it('leaves a store with an unreadable field as it is, so the options page can name the field', async () => {
    const stored = { ...saved, borrower: { ...saved.borrower, phone: '1'.repeat(50) } };
    await fakeBrowser.storage.local.set({ settings: stored });
    await migrateStorage();
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(stored);
  });
});
