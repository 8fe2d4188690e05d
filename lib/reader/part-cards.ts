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

const DATE_HEAD = /^(\d{4}[-/.年月]\d{1,2}[-/.月]\d{1,2}日?)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$/;
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

/** "第1期/总共6期", "第 2/6 期": which period a card is, of how many. */
const NUMBERED = /^第?(\d{1,3})(?:期)?[/／](?:总共|共)?(\d{1,3})期$/;

/**
 * Cards with no label at all, each a figure, a date and its place in the plan: "1072.00元 · 已还款 ·
 * 2026年3月10日 · 第1期/总共6期". Read only where the cards number every period from the first, in
 * order, all of the same count, one date and one figure each, the dates running forward.
 */
export function numberedCardSchedules(view: View): Schedule[] {
  const runs = tokens(view);
  const marks = runs.flatMap((r, i) => (NUMBERED.test(r.text) ? [i] : []));
  // Each card is as long as the gap between two marks; the first card is read as long as the rest
  // (what stands before it is the loan's summary, not part of the card).
  const gaps = marks.slice(1).map((m, i) => m - (marks[i] ?? 0));
  const width = Math.min(...gaps) - 1;
  if (marks.length < 2 || width < 2) return [];
  const rows: Row[] = [];
  let count: number | null = null;
  for (const i of marks) {
    const [, k, n] = (NUMBERED.exec(runs[i]?.text ?? '') ?? []).map(Number);
    const card = runs.slice(i - width, i).map((r) => r.text);
    const dates = card.flatMap((t) => dateOf(t) ?? []);
    const figures = card.filter((t) => FIGURE.test(t) && dateOf(t) === null);
    if (k !== rows.length + 1 || (count !== null && n !== count)) return [];
    const amount = figures.length === 1 ? money(figures[0] ?? '') : null;
    if (dates.length !== 1 || amount === null) return [];
    count = n ?? null;
    rows.push({
      period: k,
      dueDate: dates[0] ?? null,
      total: amount.toFixed(2),
      principal: null,
      interest: null,
      fees: {},
    });
  }
  const forward = rows.every((r, i) => i === 0 || (r.dueDate ?? '') > (rows[i - 1]?.dueDate ?? ''));
  const locator = view.raw.blocks[runs[marks[0] ?? -1]?.at ?? -1]?.locator ?? null;
  if (rows.length !== count || !forward || locator === null) return [];
  return [{ rows, locator, finePrint: false }];
}
