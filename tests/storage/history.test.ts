import { describe, expect, it } from 'vitest';

import type { Report } from '@/lib/model/report';
import { addToHistory, emptyHistory, historyCap, migrateHistory } from '@/lib/storage/history';
import { defaultSettings, migrateSettings } from '@/lib/storage/settings';

import { sampleReport } from '../support/sample-report';

const report = (url: string): Report => ({ ...sampleReport(), url, input: url });

describe('history', () => {
  it('puts the newest first and replaces a re-scan of the same page', () => {
    let h = addToHistory(emptyHistory, report('https://a.example/'));
    h = addToHistory(h, report('https://b.example/'));
    h = addToHistory(h, report('https://a.example/'));
    expect(h.entries.map((r) => r.url)).toEqual(['https://a.example/', 'https://b.example/']);
  });

  it(`keeps at most ${historyCap} entries, dropping the oldest`, () => {
    let h = emptyHistory;
    for (let i = 0; i < historyCap + 5; i += 1)
      h = addToHistory(h, report(`https://x.example/${i}`));
    expect(h.entries).toHaveLength(historyCap);
    expect(h.entries[0]?.url).toBe(`https://x.example/${historyCap + 4}`);
    expect(h.entries.at(-1)?.url).toBe('https://x.example/5');
  });

  it('migrates version 0 (a bare array) and drops entries that are not reports', () => {
    const migrated = migrateHistory([report('https://a.example/'), { junk: true }, '<script>']);
    expect(migrated.schemaVersion).toBe(1);
    expect(migrated.entries.map((r) => r.url)).toEqual(['https://a.example/']);
  });

  it('reads nothing from garbage', () => {
    expect(migrateHistory('nope')).toEqual(emptyHistory);
    expect(migrateHistory(undefined)).toEqual(emptyHistory);
  });
});

describe('settings', () => {
  it('falls back to defaults for garbage and keeps valid fields of a partial object', () => {
    expect(migrateSettings(42)).toEqual(defaultSettings);
    expect(migrateSettings({ language: 'en' })).toEqual({ ...defaultSettings, language: 'en' });
    expect(migrateSettings({ language: 'fr' })).toEqual(defaultSettings);
  });
});
