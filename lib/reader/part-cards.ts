/**
 * A plan or a record drawn as cards with no label on the date or the amount, only on the parts:
 * "2026-02-10 已还 | 1658.90 | 本金 1433.90 | 利息 162.00 | 平台管理费 63.00", or a repayment record
 * "还款金额 | 2026-04-08 10:03 | ¥1783.78 | 已还本金 1699.78 | 已还利息 34.00 | 平台管理费 50.00 |
 * 滞纳金 0", newest first. Nothing names the figure under the date, so a card counts only where its
 * parts add up to it to the fen: the page's own arithmetic says the figure is that period's payment.
 */
import { Decimal } from '@/lib/finance/decimal';
import { parseDate } from '@/lib/parse/date';
import { parseMoney } from '@/lib/parse/money';
import { compactText } from '@/lib/parse/normalize';
import type { View } from './facts';
import type { Schedule } from './schedule';

type Row = Schedule['rows'][number];

const DATE_HEAD = /^(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$/;
/** The state a card shows beside its date. */
const STATE =
  /^(?:已还(?:款|清)?|待还(?:款)?|未还(?:款)?|逾期(?:中)?|已逾期|本期|当期|已结清|还款中|提前还款)$/;
const FIGURE = /^[¥￥]?\s*\d[\d,]*(?:\.\d{1,2})?\s*元?$/;
const PRINCIPAL = /^(?:已还|应还|待还)?本金(?:[(（]元[)）])?$/;
const INTEREST = /^(?:已还|应还|待还)?利息(?:[(（]元[)）])?$/;
const CHARGE = /滞纳金|罚息|违约金|逾期/;
const FEE = /费$/;

function money(text: string): Decimal | null {
  const p = parseMoney(text);
  return 'value' in p ? new Decimal(p.value) : null;
}

function dateOf(text: string): string | null {
  const m = DATE_HEAD.exec(text);
  if (!m?.[1]) return null;
  const p = parseDate(m[1]);
  return 'value' in p ? p.value : null;
}

export function partCardSchedules(view: View): Schedule[] {
  const blocks = view.raw.blocks.map((b) => compactText(b.text));
  const rows: Row[] = [];
  let locator: string | null = null;
  let finePrint = false;
  for (let i = 0; i < blocks.length; i++) {
    const due = dateOf(blocks[i] ?? '');
    if (due === null) continue;
    // The figure right after the date (its state between): the card's amount.
    let k = i + 1;
    if (STATE.test(blocks[k] ?? '')) k++;
    const amount = FIGURE.test(blocks[k] ?? '') ? money(blocks[k] ?? '') : null;
    if (amount === null) continue;
    const row: Row = {
      period: 0,
      dueDate: due,
      total: amount.toFixed(2),
      principal: null,
      interest: null,
      fees: {},
    };
    let parts = new Decimal(0);
    let charges = new Decimal(0);
    for (k++; k + 1 < blocks.length && dateOf(blocks[k] ?? '') === null; k += 2) {
      const label = blocks[k] ?? '';
      const value = money(blocks[k + 1] ?? '');
      if (value === null || !FIGURE.test(blocks[k + 1] ?? '')) break;
      if (PRINCIPAL.test(label)) row.principal = value.toFixed(2);
      else if (INTEREST.test(label)) row.interest = value.toFixed(2);
      else if (CHARGE.test(label)) charges = charges.plus(value);
      else if (FEE.test(label) && label.length <= 8) row.fees[label] = value.toFixed(2);
      else break;
      if (!CHARGE.test(label)) parts = parts.plus(value);
    }
    // A date and a figure with no parts after them is no card ("放款日期 2026-05-06 · 10,000.00").
    if (row.principal === null && parts.isZero()) continue;
    // Only a card its parts add up to, and no late charge in it: the plan's own payment.
    if (row.principal === null || !parts.eq(amount) || !charges.isZero()) return [];
    locator ??= view.raw.blocks[i]?.locator ?? null;
    finePrint ||= view.raw.blocks[i]?.finePrint ?? false;
    rows.push(row);
    i = k - 1;
  }
  if (rows.length < 2 || locator === null) return [];
  // A record lists the newest first; a plan runs forward in time.
  const ordered = [...rows].sort((a, b) => ((a.dueDate ?? '') < (b.dueDate ?? '') ? -1 : 1));
  if (new Set(ordered.map((r) => r.dueDate)).size !== ordered.length) return [];
  return [{ rows: ordered.map((r, n) => ({ ...r, period: n + 1 })), locator, finePrint }];
}
