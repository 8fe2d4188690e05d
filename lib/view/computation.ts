/**
 * "How this was computed": the cash flows the IRR was solved on (CF0 = + amount received,
 * design.md §3) and how old the LPR table is. Text and signs only; the figures are the report's.
 */
import { Decimal } from '@/lib/finance/decimal';
import type { LprUsed, Report } from '@/lib/model/report';

export interface CashFlowRow {
  period: number;
  date: string | null;
  /** Signed decimal string: + for money the borrower receives, − for each payment. */
  amount: string;
}

export function cashFlows(report: Report): CashFlowRow[] {
  const terms = report.terms;
  const received = terms?.received ?? terms?.principal ?? null;
  if (terms === null || received === null) return [];
  return [
    { period: 0, date: terms.disbursementDate, amount: received },
    ...terms.payments.map((p, i) => ({
      period: i + 1,
      date: p.dueDate,
      amount: new Decimal(p.amount).neg().toFixed(2),
    })),
  ];
}

/** Whole days from the LPR table's newest entry to the day of the scan. */
export function lprTableAgeDays(report: Report): number | null {
  if (report.lpr === null) return null;
  const newest = Date.parse(`${report.lpr.tableNewest}T00:00:00Z`);
  const scanned = Date.parse(`${report.scannedAt.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(newest) || Number.isNaN(scanned)) return null;
  return Math.max(0, Math.round((scanned - newest) / 86_400_000));
}

/** What the LPR used is worth: added by the borrower, confirmed, or the table's newest value. */
export function lprNoteKey(lpr: LprUsed): 'lprUserSupplied' | 'lprConfirmed' | 'lprUnconfirmed' {
  if (lpr.userSupplied) return 'lprUserSupplied';
  return lpr.confirmed ? 'lprConfirmed' : 'lprUnconfirmed';
}
