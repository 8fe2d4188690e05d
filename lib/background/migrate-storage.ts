/**
 * Runs on install and update: rewrites what an older version stored in storage.local into the
 * current schema, so an extension update keeps the borrower's history and settings. Entries that
 * no longer validate are dropped rather than crashing every later read.
 */
import { browser } from 'wxt/browser';

import { migrateHistory } from '@/lib/storage/history';
import { historyKey, settingsKey } from '@/lib/storage/keys';
import { migrateSettings } from '@/lib/storage/settings';

export async function migrateStorage(): Promise<void> {
  const stored = await browser.storage.local.get([historyKey, settingsKey]);
  const updates: Record<string, unknown> = {};
  if (stored[historyKey] !== undefined) updates[historyKey] = migrateHistory(stored[historyKey]);
  if (stored[settingsKey] !== undefined)
    updates[settingsKey] = migrateSettings(stored[settingsKey]);
  if (Object.keys(updates).length > 0) await browser.storage.local.set(updates);
}
