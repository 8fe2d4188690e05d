/**
 * Typed access to extension storage. Reports live per tab in storage.session (in memory, survives
 * a service-worker restart, cleared with the browser); settings and history in storage.local.
 * Every read is validated: storage outlives the code that wrote it.
 */
import { browser } from 'wxt/browser';

import type { Report } from '@/lib/model/report';

import { addToHistory, migrateHistory, type History } from './history';
import { historyKey, reportKey, scanStateKey, settingsKey } from './keys';
import { parseReport } from './report-schema';
import { scanStateSchema, type ScanState } from './scan-state';
import { migrateSettings, readSettings, type Settings, type SettingsReading } from './settings';

export async function loadReport(tabId: number): Promise<Report | null> {
  const key = reportKey(tabId);
  const got = await browser.storage.session.get(key);
  return parseReport(got[key]);
}

export async function saveReport(tabId: number, report: Report): Promise<void> {
  await browser.storage.session.set({ [reportKey(tabId)]: report });
}

export async function loadScanState(tabId: number): Promise<ScanState | null> {
  const key = scanStateKey(tabId);
  const got = await browser.storage.session.get(key);
  const parsed = scanStateSchema.safeParse(got[key]);
  return parsed.success ? parsed.data : null;
}

export async function saveScanState(tabId: number, state: ScanState): Promise<void> {
  await browser.storage.session.set({ [scanStateKey(tabId)]: state });
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove([reportKey(tabId), scanStateKey(tabId)]);
}

export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(settingsKey);
  return migrateSettings(got[settingsKey]);
}

/** The settings with the fields that could not be read back, for the options page to name. */
export async function loadSettingsReading(): Promise<SettingsReading> {
  const got = await browser.storage.local.get(settingsKey);
  return readSettings(got[settingsKey]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [settingsKey]: settings });
}

export async function loadHistory(): Promise<History> {
  const got = await browser.storage.local.get(historyKey);
  return migrateHistory(got[historyKey]);
}

export async function saveHistory(history: History): Promise<void> {
  await browser.storage.local.set({ [historyKey]: history });
}

export async function recordInHistory(report: Report): Promise<void> {
  await saveHistory(addToHistory(await loadHistory(), report));
}
