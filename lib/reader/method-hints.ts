/**
 * Repayment methods a page shows without naming them: a pawn is redeemed at once, principal and
 * charges together, at the end of its term (赎当); a month's interest that is the principal at the
 * monthly rate, with no instalment beside it, is interest paid monthly and the principal at the end
 * (or in equal monthly parts, where the page names the part).
 * An IOU that names one day to repay and no instalment is repaid at once on that day.
 */
import { Decimal } from '@/lib/finance/decimal';
import { roundCents } from '@/lib/finance/money';
import { annuityRows, equalPrincipalRows } from '@/lib/finance/repayment-structures';
import type { RepaymentMethod, Source, StatedRate } from '@/lib/model/terms';
import { compactText } from '@/lib/parse/normalize';
import type { Candidates } from './candidates';
import { sourceOf, type View } from './facts';
import { conceptKey } from './lexicon';
import { leadingMoney } from './money-facts';
import { monthlyRatesTogether, perMonth } from './rate-periods';
import { methodTabs } from './terms';

const PAWN = /当票|典当|赎当|当金|当款/;

/** A pawn ticket or contract (当票, 典当, 赎当): one repayment at the end of the term. */
export function pawnRedeemedAtOnce(view: View): { value: RepaymentMethod; source: Source } | null {
  const pawn = view.sentences.find((x) => PAWN.test(x.text));
  return pawn ? { value: '到期一次性还本付息', source: pawn.source } : null;
}

/**
 * A pawn whose ticket states what falls due each month ("月利率 0.5% · 月综合费率 2.4% · 每月应缴
 * 522.00", 当金 18,000): the interest and the 综合费 are paid monthly and the 当金 at redemption —
 * where the monthly figure is the 当金 at all its monthly rates together, to the fen.
 */
export function pawnPaidMonthly(
  view: View,
  candidates: Candidates,
  rates: StatedRate[],
): { value: RepaymentMethod; source: Source } | null {
  if (!PAWN.test(view.all)) return null;
  const monthly = monthlyRatesTogether(rates).sum;
  if (monthly.isZero()) return null;
  const each = candidates['per-period'].find((c) =>
    candidates.principal.some(
      (p) => roundCents(new Decimal(p.value).times(monthly)).toFixed(2) === c.value,
    ),
  );
  return each ? { value: '先息后本', source: each.source } : null;
}

/**
 * "借款金额 60000 · 月利率 0.8% · 月利息 480" and no instalment: the interest is paid each month on
 * the whole principal, which is repaid at the end (先息后本), when the month's interest is the
 * principal at the monthly rate to the fen. With "每月本金 2,500" beside it, a whole part of the
 * principal, the principal is repaid in equal parts with that interest each month (等本等息).
 */
export function methodByMonthlyInterest(
  view: View,
  candidates: Candidates,
  rates: StatedRate[],
): { value: RepaymentMethod; source: Source } | null {
  if (candidates['per-period'].length > 0) return null;
  for (const f of view.facts) {
    if (!/^(?:月|每月|每期|按月)(?:应付|应还|支付)?利息$/.test(conceptKey(f.key))) continue;
    const interest = leadingMoney(f.value);
    if (interest === null) continue;
    const agrees = candidates.principal.some((p) =>
      rates.some(
        (r) =>
          r.context === undefined &&
          roundCents(new Decimal(p.value).times(perMonth(r))).toFixed(2) === interest,
      ),
    );
    if (agrees)
      return { value: equalParts(view, candidates) ? '等本等息' : '先息后本', source: f.source };
  }
  return null;
}

/** A 每月本金 that goes into the principal a whole number of times, twice or more. */
function equalParts(view: View, candidates: Candidates): boolean {
  return view.facts.some((f) => {
    if (!/^(?:月|每月|每期|按月)(?:应还|应付|偿还)?本金$/.test(conceptKey(f.key))) return false;
    const part = leadingMoney(f.value);
    if (part === null || new Decimal(part).lte(0)) return false;
    return candidates.principal.some((p) => {
      const times = new Decimal(p.value).div(part);
      return times.isInteger() && times.gte(2);
    });
  });
}

const IOU = /借条|欠条/;
const INSTALMENTS = /分期|每月(?:还|付|支付|偿还)|每期|按月(?:还|付|支付)|期数|月供/;

/**
 * A 借条 or 欠条 that states its 还款日期 and no instalment (no per-period amount, no plan, no word
 * of paying by the month): principal and interest are repaid at once on that day.
 */
export function iouRepaidAtOnce(
  view: View,
  candidates: Candidates,
  due: { source: Source } | null,
): { value: RepaymentMethod; source: Source } | null {
  if (due === null || !IOU.test(view.all) || INSTALMENTS.test(view.all)) return null;
  if (candidates['per-period'].length > 0) return null;
  return { value: '到期一次性还本付息', source: due.source };
}

/** A plan said to be repaid monthly in a field of its own ("还款 | monthly", "还款周期 | 按月"). */
const MONTHLY_FIELD = /^还款(?:周期|频率|方式)?$/;
const MONTHLY_VALUE = /^(?:monthly|按月|每月|月付)$/i;

/** A run naming the field and the next its value, quoted together ("还款 | monthly"). */
function monthlyField(view: View): { source: Source } | null {
  const words = view.raw.blocks.map((b) => compactText(b.text).replace(/[:：]$/, ''));
  const at = words.findIndex(
    (w, i) => MONTHLY_FIELD.test(w) && MONTHLY_VALUE.test(words[i + 1] ?? ''),
  );
  if (at < 0) return null;
  const text = `${view.raw.blocks[at]?.text ?? ''} ${view.raw.blocks[at + 1]?.text ?? ''}`;
  return { source: sourceOf(view.raw, at, text) };
}

/**
 * "还款 monthly · 本金 50,000.00 · 利息% 0.80 %/month · 利息 2,200.00" from 2026-01-15 to 2026-11-15,
 * no instalment shown and no method named: the method whose interest over the term is the stated
 * interest to the fen — 等额本金's 50,000 × 0.8% × 11 / 2 = 2,200.00 here. Only one may agree
 * (先息后本 and 等本等息 charge the same, so neither is told apart by it).
 */
export function methodByTotalInterest(
  view: View,
  candidates: Candidates,
  rates: StatedRate[],
  months: number | null,
): { value: RepaymentMethod; source: Source } | null {
  if (months === null || months < 2 || candidates['per-period'].length > 0) return null;
  // (A word for a value is no figure, so the layout may leave the two runs unpaired.) …or a strip
  // of methods to choose from over the quote ("等额本息 | 等额本金", terms.ts).
  const cycle = monthlyField(view) ?? methodTabs(view);
  const interest = candidates['total-interest'][0]?.value;
  const principal = candidates.principal[0]?.value;
  const own = rates.filter(
    (r) => r.context === undefined && (r.kind === 'monthly' || r.kind === 'annual-simple'),
  );
  const rate = own.length === 1 ? own[0] : undefined;
  if (!cycle || interest === undefined || principal === undefined || !rate) return null;
  const p = new Decimal(principal);
  const r = perMonth(rate);
  const sum = (rows: { interest: Decimal }[]): Decimal =>
    rows.reduce((s, x) => s.plus(x.interest), new Decimal(0));
  const byMethod: [RepaymentMethod, Decimal][] = [
    ['等额本息', sum(annuityRows(p, r, months))],
    ['等额本金', sum(equalPrincipalRows(p, r, months))],
    ['先息后本', roundCents(p.times(r)).times(months)],
  ];
  const agree = byMethod.filter(([, x]) => x.eq(interest));
  const only = agree.length === 1 ? agree[0] : undefined;
  return only ? { value: only[0], source: cycle.source } : null;
}
