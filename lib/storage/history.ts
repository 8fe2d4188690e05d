/**
 * The audit history in storage.local: newest first, capped, with a schema version so an update
 * can migrate what an older version stored (version 0 was a bare array of reports).
 */
import type { Report } from '@/lib/model/report';

import { parseReport } from './report-schema';

/** About a year of daily use; each entry is a full report (~5–40 KB), well inside storage.local's quota. */
export const historyCap = 200;

export interface History {
  schemaVersion: 1;
  entries: Report[];
}

export const emptyHistory: History = { schemaVersion: 1, entries: [] };

export function migrateHistory(stored: unknown): History {
  const list: unknown[] = Array.isArray(stored)
    ? stored
    : typeof stored === 'object' &&
        stored !== null &&
        Array.isArray((stored as { entries?: unknown }).entries)
      ? (stored as { entries: unknown[] }).entries
      : [];
  const entries = list.map(parseReport).filter((r): r is Report => r !== null);
  return { schemaVersion: 1, entries: entries.slice(0, historyCap) };
}

/** Adds a report; a re-scan of the same page replaces its previous entry instead of piling up. */
export function addToHistory(history: History, report: Report): History {
  const rest = history.entries.filter((r) => r.url !== report.url);
  return { schemaVersion: 1, entries: [report, ...rest].slice(0, historyCap) };
}
