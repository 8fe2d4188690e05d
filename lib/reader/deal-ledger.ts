/**
 * A ledger of separate deals, one per row, each with its own 本金, 开始日期 and 结束日期 (a private
 * lender's 个人账本, a core system's 借据列表): the rows are loans, not instalments of one. The deal
 * the page is about is the one still open (未结清) when every other row is settled; with no such
 * row, or several, the page names no one loan.
 */
import type { RawTable } from '@/lib/model/extraction';
import { compactText } from '@/lib/parse/normalize';

const START = /^(?:开始|起始|借款|放款|出借)(?:日期|时间)$/;
const END = /^(?:结束|到期|截止|还款|应还)(?:日期|时间)$|^到期日$/;
const PRINCIPAL = /^(?:本金|借款金额|出借金额|金额)(?:[（(]元[)）])?$/;
const STATUS = /状态/;
const SETTLED = /已结清|已还清|已还款|已完成|已销账/;

function column(t: RawTable, re: RegExp): number {
  return t.headers.findIndex((h) => re.test(compactText(h)));
}

/** True for a table whose rows are separate deals. */
export function isDealLedger(t: RawTable): boolean {
  if (t.rows.length < 2) return false;
  const cols = [START, END, PRINCIPAL].map((re) => column(t, re));
  if (cols.some((c) => c < 0)) return false;
  const [start = 0, end = 0] = cols;
  const cell = (r: readonly string[], c: number): string => compactText(r[c] ?? '');
  // Instalments share one start, or each starts where the one before ended (a plan's 开始日期 |
  // 结束日期 of each period); deals each start on a day of their own.
  const starts = new Set(t.rows.map((r) => cell(r, start)));
  const chained = t.rows.every(
    (r, i) => i === 0 || cell(r, start) === cell(t.rows[i - 1] ?? [], end),
  );
  return starts.size === t.rows.length && !chained;
}

/** The one open deal of a deal ledger whose other rows are all settled, or null. */
export function openDeal(t: RawTable): string[] | null {
  if (!isDealLedger(t)) return null;
  const status = column(t, STATUS);
  if (status < 0) return null;
  const open = t.rows.filter((r) => !SETTLED.test(compactText(r[status] ?? '')));
  return open.length === 1 ? (open[0] ?? null) : null;
}
