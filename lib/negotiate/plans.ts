/**
 * Repayment plans sized to the borrower (the seed article: propose amounts and dates the borrower
 * can keep). Three kinds, each only when it fits:
 * - `fewest`: the fewest monthly periods whose payments all stay within the monthly capacity;
 * - `lowest`: the lowest monthly payment within 60 periods (信用卡办法第70条's 5-year ceiling for
 *   个性化分期; for other loans a reference length, not a right);
 * - `settlement`: one payment of what the borrower can raise at once, at most the supportable total.
 *
 * The debt a plan repays is the supportable total on `asOf`. By default a plan adds no interest
 * (the letter asks to pause 罚息 while it runs); the borrower may offer a yearly rate (`planRate`,
 * 单利 per month on the balance, at most the 24% line), and the plan is then a level annuity with
 * the interest of each month rounded half-up to the fen and the last payment clearing the balance.
 * All Decimal, rounded to the fen where a payment is fixed: the payments add up to the total
 * exactly, none exceeds the capacity it was sized to. Each plan's own true rate is the IRR of its payments against the debt on `asOf`
 * (lib/finance, PBOC 公告〔2021〕第3号): 0% for an interest-free plan, the offered rate otherwise.
 */
import { computeApr } from '@/lib/finance';
import { addMonths } from '@/lib/dates/iso';
import { Decimal } from '@/lib/finance/decimal';
import { formatMoney } from '@/lib/finance/money';

import type { NegotiationCase } from './case';

export const MAX_PLAN_PERIODS = 60;

export type PlanKind = 'fewest' | 'lowest' | 'settlement';

export interface Plan {
  kind: PlanKind;
  periods: number;
  /** Every period's payment except possibly the last. */
  payment: string;
  /** The last payment (≤ payment). */
  last: string;
  total: string;
  dueDates: string[];
  /** Every payment, in order: `payment` × (periods − 1), then `last`. */
  payments: string[];
  /** The capacity it was sized to: monthly capacity, or the lump sum for a settlement. */
  capacity: string;
  /** What the plan leaves of the supportable total for the lender to waive (settlement only). */
  waived: string;
  /** IRR × 12 (单利) and (1+IRR)^12 − 1 of the payments against the debt on `asOf`. */
  rate: { nominal: string; effective: string } | null;
}

export type PlanShortfall = 'capacity-below-60-periods' | 'nothing-owed';

export interface Plans {
  plans: Plan[];
  shortfalls: PlanShortfall[];
  /** The smallest monthly payment that repays the debt in 60 periods (for the shortfall text). */
  neededFor60: string | null;
}

interface Parts {
  payment: Decimal;
  last: Decimal;
  periods: number;
}

/** Rounded up to the fen (a payment that must cover its share) or half-up (an amount as given). */
const fenUp = (d: Decimal): Decimal => d.toDecimalPlaces(2, Decimal.ROUND_CEIL);
const fen = (d: Decimal): Decimal => d.toDecimalPlaces(2);
const wire = (d: Decimal): string => formatMoney(d);

/**
 * `total` yuan in at most `periods` parts: total ÷ periods rounded up to the fen each, the last
 * taking what is left (never more than the others). For a tiny total the parts cover it in fewer
 * periods.
 */
export function evenParts(total: Decimal, periods: number): Parts {
  const payment = fenUp(total.div(periods));
  const used = payment.isZero() ? 1 : total.div(payment).ceil().toNumber();
  return { payment, last: total.minus(payment.times(used - 1)), periods: used };
}

/**
 * A level annuity of `total` over `periods` months at `monthly` interest: the payment is the
 * annuity formula rounded up to the fen, each month's interest is rounded half-up to the fen, and
 * the last payment is what clears the balance.
 */
export function annuityParts(total: Decimal, periods: number, monthly: Decimal): Parts {
  if (monthly.isZero()) return evenParts(total, periods);
  const factor = monthly.div(new Decimal(1).minus(monthly.plus(1).pow(-periods)));
  const payment = fenUp(total.times(factor));
  let balance = total;
  for (let k = 1; k < periods; k += 1) {
    balance = balance.plus(fen(balance.times(monthly))).minus(payment);
    if (balance.lte(0)) return { payment, last: payment.plus(balance), periods: k };
  }
  return {
    payment,
    last: balance.plus(fen(balance.times(monthly))),
    periods,
  };
}

const highest = (p: Parts): Decimal => Decimal.max(p.last, p.payment);

function dueDates(first: string, periods: number): string[] {
  const day = Number(first.slice(8, 10));
  return Array.from({ length: periods }, (_, i) => addMonths(first, i, day));
}

function planRate(debt: Decimal, asOf: string, payments: string[], dates: string[]): Plan['rate'] {
  const outcome = computeApr({
    received: wire(debt),
    disbursedOn: asOf,
    payments: payments.map((amount, i) => ({ amount, dueDate: dates[i] ?? null })),
  });
  return outcome.ok ? { nominal: outcome.apr.nominal, effective: outcome.apr.effective } : null;
}

function plan(
  kind: PlanKind,
  parts: Parts,
  capacity: Decimal,
  first: string,
  asOf: string,
  debt: Decimal,
): Plan {
  const dates = dueDates(first, parts.periods);
  const payments = [
    ...Array.from({ length: parts.periods - 1 }, () => wire(parts.payment)),
    wire(parts.last),
  ];
  const total = parts.payment.times(parts.periods - 1).plus(parts.last);
  return {
    kind,
    periods: parts.periods,
    payment: wire(parts.payment),
    last: wire(parts.last),
    total: wire(total),
    dueDates: dates,
    payments,
    capacity: wire(capacity),
    waived: kind === 'settlement' && total.lt(debt) ? wire(debt.minus(total)) : '0.00',
    rate: planRate(debt, asOf, payments, dates),
  };
}

export function sizePlans(c: NegotiationCase, supportableTotal: string): Plans {
  const debt = fen(new Decimal(supportableTotal));
  if (!debt.gt(0)) return { plans: [], shortfalls: ['nothing-owed'], neededFor60: null };
  const capacity = fen(new Decimal(c.monthlyCapacity));
  const monthly = new Decimal(c.planRate).div(12);
  const first = c.firstDue ?? addMonths(c.asOf, 1);
  const plans: Plan[] = [];
  const shortfalls: PlanShortfall[] = [];

  const longest = annuityParts(debt, MAX_PLAN_PERIODS, monthly);
  if (highest(longest).lte(capacity)) {
    // The fewest periods within capacity: the first n whose every payment fits (n ≤ 60 does).
    let fewest = longest;
    for (let n = debt.div(capacity).ceil().toNumber(); n < MAX_PLAN_PERIODS; n += 1) {
      const parts = annuityParts(debt, n, monthly);
      if (highest(parts).lte(capacity)) {
        fewest = parts;
        break;
      }
    }
    plans.push(plan('fewest', fewest, capacity, first, c.asOf, debt));
    if (fewest.periods < longest.periods)
      plans.push(plan('lowest', longest, capacity, first, c.asOf, debt));
  } else {
    shortfalls.push('capacity-below-60-periods');
  }

  if (c.lumpSum !== null) {
    const lump = fen(new Decimal(c.lumpSum));
    const amount = Decimal.min(lump, debt);
    if (amount.gt(0))
      plans.push(
        plan(
          'settlement',
          { payment: amount, last: amount, periods: 1 },
          lump,
          first,
          c.asOf,
          debt,
        ),
      );
  }
  return { plans, shortfalls, neededFor60: wire(highest(longest)) };
}
