/**
 * What a repayment record says is still owed of the principal ("剩余本金 12000.00") and how many
 * periods it says are behind it (下期还款期数 5, 已还期数 4, rows marked 已支付). Equal principal
 * parts leave P × (n − k) / n after k periods, so the two figures state the amount lent even on a
 * record that names it only under an odd label (an order detail's "贷款费用 18000.00" beside its
 * 商品价格 19800.00): interpret.ts checks each principal against it, and the principal worked out
 * from it is offered only where the page states that very figure.
 */
import { Decimal } from '@/lib/finance/decimal';
import type { Source } from '@/lib/model/terms';
import { compactText } from '@/lib/parse/normalize';
import type { Candidate } from './candidates';
import type { View } from './facts';
import { leadingMoney, statedFigures } from './money-facts';

export interface Remaining {
  /** The principal still owed, as the page states it. */
  value: string;
  /** Periods repaid before it. */
  paid: number;
  source: Source;
}

/** "剩余本金", "待还本金", "未还本金": the principal left, not interest or a whole balance. */
const LEFT = /^(?:剩余|待还|未还)(?:应还)?本金(?:金额|余额)?$/;
/** "已还期数 4": periods repaid. */
const PAID = /^已还(?:款)?(?:期数|期次)$/;
/** "下期还款期数 5", "当前期数 5": the period now due; those before it are repaid. */
const NEXT = /^(?:下期(?:还款|应还)?|当前(?:还款)?)(?:期数|期次)$/;
/** A plan row's state: repaid (按时还款, 提前还款: repaid on time, early). */
const PAID_ROW = /^已(?:支付|还款?|结清|付款|扣款|还清)$|^(?:按时|正常|提前|逾期)还款$/;
const STATE_HEADER = /状态/;

function periodsRepaid(view: View): number | null {
  for (const f of view.facts) {
    const n = /^\d{1,3}$/.exec(compactText(f.value))?.[0];
    if (n === undefined) continue;
    if (PAID.test(f.key)) return Number(n);
    if (NEXT.test(f.key) && Number(n) >= 1) return Number(n) - 1;
  }
  // A plan whose rows say which are repaid (付款状态 已支付).
  for (const t of view.raw.tables) {
    const col = t.headers.findIndex((h) => STATE_HEADER.test(compactText(h)));
    if (col < 0 || t.rows.length < 2) continue;
    return t.rows.filter((r) => PAID_ROW.test(compactText(r[col] ?? ''))).length;
  }
  return null;
}

export function remainingPrincipal(view: View): Remaining | null {
  const fact = view.facts.find((f) => LEFT.test(f.key));
  const value = fact ? leadingMoney(fact.value) : null;
  if (!fact || value === null) return null;
  const paid = periodsRepaid(view);
  return paid === null ? null : { value, paid, source: fact.source };
}

/**
 * The amount lent that equal principal parts give, offered only where the page states that very
 * figure under another label: the record's own arithmetic then names which of its figures is the
 * loan.
 */
export function principalFromRemaining(
  view: View,
  remaining: Remaining,
  periods: readonly number[],
  order: number,
): Candidate<string>[] {
  // Stated under another label: the remaining figure itself says nothing of the amount lent.
  const stated = statedFigures(view.facts.filter((f) => !LEFT.test(f.key)));
  const out: Candidate<string>[] = [];
  for (const n of periods) {
    if (n <= remaining.paid) continue;
    const lent = new Decimal(remaining.value).times(n).div(n - remaining.paid);
    const value = lent.toFixed(2);
    if (!lent.times(100).isInteger()) continue;
    if (!stated.has(value) || out.some((c) => c.value === value)) continue;
    out.push({
      value,
      source: {
        ...remaining.source,
        text: `${remaining.source.text} × ${String(n)} ÷ ${String(n - remaining.paid)} = ${value}`,
      },
      fontSize: 0,
      order,
      origin: 'label',
      chosen: false,
      derived: true,
    });
  }
  return out;
}
