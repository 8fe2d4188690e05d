/**
 * A plan or a record drawn as cards with no label on the date or the amount, only on the parts:
 * "2026-02-10 已还 | 1658.90 | 本金 1433.90 | 利息 162.00 | 平台管理费 63.00", or a repayment record
 * "还款金额 | 2026-04-08 10:03 | ¥1783.78 | 已还本金 1699.78 | 已还利息 34.00 | 平台管理费 50.00 |
 * 滞纳金 0", newest first. Nothing names the figure under the date, so a card counts only where its
 * parts add up to it to the fen: the page's own arithmetic says the figure is that period's payment.
 * A timeline item writes each part with its figure in one run and numbers the period:
 * "2026-02-20 | 1期 | 应还：2,631.90 | 本金：2,391.90 | 利息：240.00", a late period adding
 * "逾期罚息：31.58" beside the sum, not in it.
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
/** The period a timeline item numbers after its date: "1期", "第4期（未按期还）". */
const PERIOD = /^第?\d{1,3}期(?:[（(][^)）]{1,8}[)）])?$/;
/** The item's own amount, labelled: "应还：2,631.90". */
const AMOUNT = /^(?:本期)?(?:应还|还款)(?:金额)?$/;
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

/**
 * The runs as the card reads them: "本金：2,391.90" is a label and its figure, as if in two runs.
 * `at` keeps each token's run, for the plan's locator.
 */
function tokens(view: View): { text: string; at: number }[] {
  return view.raw.blocks.flatMap((b, at) => {
    const t = compactText(b.text);
    const m = /^([^\d:：]{1,10})[:：]([¥￥]?\d[\d,]*(?:\.\d{1,2})?元?)$/.exec(t);
    return m?.[1] && m[2]
      ? [
          { text: m[1], at },
          { text: m[2], at },
        ]
      : [{ text: t, at }];
  });
}

export function partCardSchedules(view: View): Schedule[] {
  const runs = tokens(view);
  const blocks = runs.map((r) => r.text);
  const rows: Row[] = [];
  let locator: string | null = null;
  let finePrint = false;
  for (let i = 0; i < blocks.length; i++) {
    const due = dateOf(blocks[i] ?? '');
    if (due === null) continue;
    // The figure right after the date (its state or period between, or its label): the amount.
    let k = i + 1;
    if (STATE.test(blocks[k] ?? '') || PERIOD.test(blocks[k] ?? '')) k++;
    if (AMOUNT.test(blocks[k] ?? '')) k++;
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
    for (k++; k + 1 < blocks.length && dateOf(blocks[k] ?? '') === null; k += 2) {
      const label = blocks[k] ?? '';
      const value = money(blocks[k + 1] ?? '');
      if (value === null || !FIGURE.test(blocks[k + 1] ?? '')) break;
      if (PRINCIPAL.test(label)) row.principal = value.toFixed(2);
      else if (INTEREST.test(label)) row.interest = value.toFixed(2);
      else if (CHARGE.test(label)) continue;
      else if (FEE.test(label) && label.length <= 8) row.fees[label] = value.toFixed(2);
      else break;
      parts = parts.plus(value);
    }
    // A date and a figure with no parts after them is no card ("放款日期 2026-05-06 · 10,000.00").
    if (row.principal === null && parts.isZero()) continue;
    // Only a card its parts add up to: the plan's own payment. A late charge is never one of the
    // parts: counted into the figure it breaks the sum; shown beside it ("逾期罚息：31.58" under
    // a period paid late), it is owed on top of the period's payment.
    if (row.principal === null || !parts.eq(amount)) return [];
    const first = view.raw.blocks[runs[i]?.at ?? -1];
    locator ??= first?.locator ?? null;
    finePrint ||= first?.finePrint ?? false;
    rows.push(row);
    i = k - 1;
  }
  if (rows.length < 2 || locator === null) return [];
  // A record lists the newest first; a plan runs forward in time.
  const ordered = [...rows].sort((a, b) => ((a.dueDate ?? '') < (b.dueDate ?? '') ? -1 : 1));
  if (new Set(ordered.map((r) => r.dueDate)).size !== ordered.length) return [];
  return [{ rows: ordered.map((r, n) => ({ ...r, period: n + 1 })), locator, finePrint }];
}
