/**
 * What a loan repaid at once comes to, read from a bill's own balance lines when the page states no
 * 还款总额: a cash-loan 账单详情 shows 待还金额 and 已还金额, and on an overdue bill the 待还 also
 * holds the 逾期费 it lists beside it. So:
 * - nothing repaid yet (已还 0 or not shown): the repayment is 待还/应还 less the overdue charges;
 * - settled (待还 0, or marked 已还款 with no balance line): the repayment is what was repaid
 *   (已还金额, 实际还款金额).
 * Offered to the interpretation for a single repayment only; a plan's 待还 is a remainder.
 */
import { Decimal } from '@/lib/finance/decimal';
import type { Source } from '@/lib/model/terms';
import { type Fact, type View } from './facts';
import { overdueChargesShown } from './fees';
import { conceptKey } from './lexicon';
import { leadingMoney, statedFigures } from './money-facts';

const DUE = /^(?:待还|应还|总应还|剩余应还|剩余待还|当前应还)(?:金额|总额|本息)?$/;
const PAID = /^(?:已还|实际还款|实还)(?:金额|总额|本息)?$/;
/** A bill marked settled, with no balance line at all ("状态：已还款", "实际还款金额 2000.00"). */
const SETTLED = /已还款|已结清|已还清/;

export interface AmountDue {
  value: string;
  source: Source;
}

function amountOf(view: View, label: RegExp): { value: string; fact: Fact } | null {
  for (const f of view.facts) {
    if (!label.test(conceptKey(f.key))) continue;
    const value = leadingMoney(f.value);
    if (value !== null) return { value, fact: f };
  }
  return null;
}

/**
 * "逾期费用 45" beside 宽限费用 20 names the late charges in yuan too — but may also be a sum of
 * others, or a column a bill leaves out: taken off only where what is left is a figure the page
 * states (到期金额 1098 = 应还金额 1163 − 20 − 45).
 */
function lateChargesNamed(view: View): string[] {
  return view.facts
    .filter((f) => f.key === '逾期费用')
    .map((f) => leadingMoney(f.value))
    .filter((v): v is string => v !== null && v !== '0.00');
}

export function amountsDue(view: View): AmountDue[] {
  const due = amountOf(view, DUE);
  const paid = amountOf(view, PAID);
  const out: AmountDue[] = [];
  const settled = due ? new Decimal(due.value).isZero() : SETTLED.test(view.all);
  if (settled && paid && new Decimal(paid.value).gt(0))
    out.push({ value: paid.value, source: paid.fact.source });
  if (due && new Decimal(due.value).gt(0) && (!paid || new Decimal(paid.value).isZero())) {
    const charges = overdueChargesShown(view);
    const net = charges.reduce((s, c) => s.minus(c), new Decimal(due.value));
    const all = lateChargesNamed(view).reduce((s, c) => s.minus(c), net);
    if (!all.eq(net) && all.gt(0) && statedFigures(view.facts).has(all.toFixed(2)))
      out.push({ value: all.toFixed(2), source: due.fact.source });
    else if (net.gt(0)) out.push({ value: net.toFixed(2), source: due.fact.source });
  }
  return out;
}

/**
 * An overdue summary's total holds the late charge it lists ("还款总金额 46305.00 · 支用额度
 * 45000.00 · 保理费&利息 900.00 · 滞纳金 405.00"): when the page's own figures add up that way —
 * principal + another stated figure + the charges = the total — the loan's repayment is the total
 * less the charges. A charge for paying late is no part of the loan's cost.
 */
export function totalsWithoutCharges(
  view: View,
  totals: readonly { value: string }[],
  principals: readonly { value: string }[],
): { from: string; value: string }[] {
  const charges = overdueChargesShown(view).reduce((s, c) => s.plus(c), new Decimal(0));
  const named = lateChargesNamed(view);
  if (charges.isZero() && named.length === 0) return [];
  const figures = statedFigures(view.facts);
  const out: { from: string; value: string }[] = [];
  for (const t of totals) {
    const net = new Decimal(t.value).minus(charges);
    const adds = principals.some((p) => {
      const rest = net.minus(p.value);
      return rest.gt(0) && figures.has(rest.toFixed(2));
    });
    const all = net.minus(named.reduce((s, c) => s.plus(c), new Decimal(0)));
    if (named.length > 0 && figures.has(all.toFixed(2)) && all.gt(0))
      out.push({ from: t.value, value: all.toFixed(2) });
    else if (adds && !charges.isZero()) out.push({ from: t.value, value: net.toFixed(2) });
  }
  return out;
}
