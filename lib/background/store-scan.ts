/**
 * Stores a finished scan so that what is stored is what the popup can show. A report is parsed
 * with the report schema before it is saved: one the popup could not read back (a rate with more
 * digits than the schema allows) is never stored, and the scan ends in an error the popup names
 * instead of a blank popup. Storage that refuses a write (full: the quota) ends the scan in an
 * error too, and a report kept but left out of the history says so.
 */
import type { ScanError } from '@/lib/messaging/protocol';
import type { Report } from '@/lib/model/report';
import { parseReport } from '@/lib/storage/report-schema';
import { recordInHistory, saveReport, saveScanState } from '@/lib/storage/store';

/** Why a finished scan could not be stored, as a code: the popup words it. */
export type StoreProblem = Extract<
  ScanError,
  'report-unreadable' | 'storage-full' | 'storage-failed'
>;

export type Stored =
  | { ok: true; history: 'added' | 'not-a-loan' | 'full' | 'failed' }
  | {
      ok: false;
      problem: StoreProblem;
    };

/** Chrome says "QUOTA_BYTES quota exceeded", Firefox "QuotaExceededError". */
function isQuota(e: unknown): boolean {
  return /quota/i.test(e instanceof Error ? `${e.name} ${e.message}` : String(e));
}

export async function storeScan(tabId: number, report: Report): Promise<Stored> {
  if (parseReport(report) === null) return { ok: false, problem: 'report-unreadable' };
  try {
    await saveReport(tabId, report);
  } catch (e) {
    return { ok: false, problem: isQuota(e) ? 'storage-full' : 'storage-failed' };
  }
  let history: 'added' | 'not-a-loan' | 'full' | 'failed' = 'not-a-loan';
  if (report.terms !== null) {
    try {
      await recordInHistory(report);
      history = 'added';
    } catch (e) {
      history = isQuota(e) ? 'full' : 'failed';
    }
  }
  // The report is stored; a "done" that cannot be written is not worth losing it for (the
  // popup reads the report as it arrives).
  await saveScanState(tabId, {
    state: 'done',
    finishedAt: report.scannedAt,
    ...(history === 'full' || history === 'failed' ? { historyNotSaved: history } : {}),
  }).catch(() => undefined);
  return { ok: true, history };
}
