/**
 * Export and import of the audit history as JSON: the borrower's own backup, or a journalist
 * moving a collection between machines. An imported file is untrusted input: each entry must
 * parse as a report (the same schema storage uses) or nothing is imported. The merged history
 * keeps the storage cap, and the plan says what the cap would cost: records of the file left out,
 * and records the borrower already had pushed out (which the page asks about before saving).
 */
import type { Report } from '@/lib/model/report';

import { parseContactEntry, type ContactEntry, type ContactLog } from './contact-log';
import { historyCap, type History } from './history';
import { parseReport } from './report-schema';

/** What an export file says it is, so an import can tell it from any other JSON. */
const exportFormat = 'loanlens-history';

/** A history of 200 full reports is a few MB; far more than that is not one of ours. */
const importLimitBytes = 20 * 1024 * 1024;

/** Why a file was not imported, as a code and its data; the page says it in the borrower's
 *  language (lib/view/import-problem.ts). */
export type ImportProblem =
  | { code: 'too-large'; limitMb: number }
  | { code: 'not-json' }
  | { code: 'not-history' }
  | { code: 'bad-entry'; entry: number };

/** What an import would do: the page saves `history` only after the borrower agrees to `evicted`. */
export interface ImportPlan {
  history: History;
  /** New records that are in `history`. */
  added: number;
  /** Records of the file the history already holds (same page, same time). */
  duplicates: number;
  /** New records left out because the cap is full of newer ones. */
  overCap: number;
  /** Records the borrower already had that the merge pushes out: never without a yes. */
  evicted: number;
}

/** `contacts`: the contact log the file carries, entries that parse (the page merges them by id). */
export type ImportResult =
  ({ ok: true; contacts: ContactEntry[] } & ImportPlan) | { ok: false; problem: ImportProblem };

/** The history, and the contact log with it (the borrower's record belongs with their checks). */
export function exportHistory(history: History, contactLog?: ContactLog): string {
  return JSON.stringify(
    {
      format: exportFormat,
      schemaVersion: history.schemaVersion,
      entries: history.entries,
      ...(contactLog === undefined ? {} : { contactLog: contactLog.entries }),
    },
    null,
    2,
  );
}

/** The export's contact log, if any: entries that do not parse are left out, not guessed. */
function contactsOf(value: unknown): ContactEntry[] {
  if (typeof value !== 'object' || value === null) return [];
  const list = (value as { contactLog?: unknown }).contactLog;
  return Array.isArray(list)
    ? list.map(parseContactEntry).filter((e): e is ContactEntry => e !== null)
    : [];
}

/** The same check, the same page, at the same time: the same record. */
const identity = (r: Report): string => `${r.url}\u0000${r.scannedAt}`;

/** Accepts our export, or a bare array of reports (what `audit --json` prints). */
function entriesOf(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value as unknown[];
  if (
    typeof value === 'object' &&
    value !== null &&
    (value as { format?: unknown }).format === exportFormat &&
    Array.isArray((value as { entries?: unknown }).entries)
  )
    return (value as { entries: unknown[] }).entries;
  return null;
}

export function importHistory(current: History, json: string): ImportResult {
  if (json.length > importLimitBytes)
    return { ok: false, problem: { code: 'too-large', limitMb: importLimitBytes / 1024 / 1024 } };
  let value: unknown;
  try {
    value = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: { code: 'not-json' } };
  }
  const list = entriesOf(value);
  if (list === null) return { ok: false, problem: { code: 'not-history' } };
  const reports: Report[] = [];
  for (const [i, item] of list.entries()) {
    const report = parseReport(item);
    if (report === null) return { ok: false, problem: { code: 'bad-entry', entry: i + 1 } };
    reports.push(report);
  }
  const known = new Set(current.entries.map(identity));
  const fresh = reports.filter((r) => {
    const id = identity(r);
    if (known.has(id)) return false;
    known.add(id);
    return true;
  });
  // Newest first, like the history itself; the cap drops the oldest, whichever side they came from.
  const merged = [...current.entries, ...fresh]
    .sort((a, b) => (a.scannedAt < b.scannedAt ? 1 : a.scannedAt > b.scannedAt ? -1 : 0))
    .slice(0, historyCap);
  const kept = new Set(merged);
  const added = fresh.filter((r) => kept.has(r)).length;
  return {
    ok: true,
    history: { schemaVersion: 1, entries: merged },
    added,
    duplicates: reports.length - fresh.length,
    overCap: fresh.length - added,
    evicted: current.entries.filter((r) => !kept.has(r)).length,
    contacts: contactsOf(value),
  };
}
