/**
 * Runs on install and update: rewrites what an older version stored in storage.local into the
 * current schema, so an extension update keeps the borrower's history and settings. History entries
 * that no longer validate are dropped rather than crashing every later read; settings are read
 * field by field (lib/storage/settings.ts).
 */
import { browser } from 'wxt/browser';

import { migrateHistory } from '@/lib/storage/history';
import { historyKey, settingsKey } from '@/lib/storage/keys';
import { readSettings } from '@/lib/storage/settings';

export async function migrateStorage(): Promise<void> {
  const stored = await browser.storage.local.get([historyKey, settingsKey]);
  const updates: Record<string, unknown> = {};
  if (stored[historyKey] !== undefined) updates[historyKey] = migrateHistory(stored[historyKey]);
  if (stored[settingsKey] !== undefined) {
    // Every readable field is carried over. When a field cannot be read, the stored object is left
    // as it is: every reader keeps the other fields anyway, and the options page can then name the
    // one that fell back to its default instead of it vanishing in an update.
    const reading = readSettings(stored[settingsKey]);
    if (reading.dropped.length === 0) updates[settingsKey] = reading.settings;
  }
  if (Object.keys(updates).length > 0) await browser.storage.local.set(updates);
}
