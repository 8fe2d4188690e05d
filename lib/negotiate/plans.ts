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
 * Money in whole fen (BigInt): the payments add up to the total exactly, none exceeds the capacity
 * it was sized to. Each plan's own true rate is the IRR of its payments against the debt on `asOf`
 * (lib/finance, PBOC 公告〔2021〕第3号): 0% for an interest-free plan, the offered rate otherwise.
 */
import { computeApr } from '@/lib/finance';
import { addMonths } from '@/lib/dates/iso';
import { Decimal } from '@/lib/finance/decimal';

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
  payment: bigint;
  last: bigint;
  periods: number;
}

const toFen = (d: Decimal): bigint =>
  BigInt(d.times(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0));
const fromFen = (fen: bigint): string => {
  const sign = fen < 0n ? '-' : '';
  const abs = fen < 0n ? -fen : fen;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
};
const ceilDiv = (a: bigint, b: bigint): bigint => (a + b - 1n) / b;

/**
 * `total` fen in at most `periods` parts: ceil(total / periods) each, the last taking what is left
 * (never more than the others). For a tiny total the parts cover it in fewer periods.
 */
export function evenParts(total: bigint, periods: number): Parts {
  const payment = ceilDiv(total, BigInt(periods));
  const used = payment === 0n ? 1n : ceilDiv(total, payment);
  return { payment, last: total - payment * (used - 1n), periods: Number(used) };
}

/**
 * A level annuity of `total` fen over `periods` months at `monthly` interest: the payment is the
 * annuity formula rounded up to the fen, each month's interest is rounded half-up to the fen, and
 * the last payment is what clears the balance (so it is at most the others).
 */
export function annuityParts(total: bigint, periods: number, monthly: Decimal): Parts {
  if (monthly.isZero()) return evenParts(total, periods);
  const t = new Decimal(total.toString());
  const factor = monthly.div(new Decimal(1).minus(monthly.plus(1).pow(-periods)));
  const payment = BigInt(t.times(factor).toDecimalPlaces(0, Decimal.ROUND_CEIL).toFixed(0));
  let balance = total;
  for (let k = 1; k < periods; k += 1) {
    const interest = BigInt(
      new Decimal(balance.toString())
        .times(monthly)
        .toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
        .toFixed(0),
    );
    balance = balance + interest - payment;
    if (balance <= 0n) return { payment, last: payment + balance, periods: k };
  }
  const interest = BigInt(
    new Decimal(balance.toString())
      .times(monthly)
      .toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
      .toFixed(0),
  );
  return { payment, last: balance + interest, periods };
}

const highest = (p: Parts): bigint => (p.last > p.payment ? p.last : p.payment);

function dueDates(first: string, periods: number): string[] {
  const day = Number(first.slice(8, 10));
  return Array.from({ length: periods }, (_, i) => addMonths(first, i, day));
}

function planRate(debt: bigint, asOf: string, payments: string[], dates: string[]): Plan['rate'] {
  const outcome = computeApr({
    received: fromFen(debt),
    disbursedOn: asOf,
    payments: payments.map((amount, i) => ({ amount, dueDate: dates[i] ?? null })),
  });
  return outcome.ok ? { nominal: outcome.apr.nominal, effective: outcome.apr.effective } : null;
}

function plan(
  kind: PlanKind,
  parts: Parts,
  capacity: bigint,
  first: string,
  asOf: string,
  debt: bigint,
): Plan {
  const dates = dueDates(first, parts.periods);
  const payments = [
    ...Array.from({ length: parts.periods - 1 }, () => fromFen(parts.payment)),
    fromFen(parts.last),
  ];
  const total = parts.payment * BigInt(parts.periods - 1) + parts.last;
  return {
    kind,
    periods: parts.periods,
    payment: fromFen(parts.payment),
    last: fromFen(parts.last),
    total: fromFen(total),
    dueDates: dates,
    payments,
    capacity: fromFen(capacity),
    waived: kind === 'settlement' && total < debt ? fromFen(debt - total) : '0.00',
    rate: planRate(debt, asOf, payments, dates),
  };
}

export function sizePlans(c: NegotiationCase, supportableTotal: string): Plans {
  const debt = toFen(new Decimal(supportableTotal));
  if (debt <= 0n) return { plans: [], shortfalls: ['nothing-owed'], neededFor60: null };
  const capacity = toFen(new Decimal(c.monthlyCapacity));
  const monthly = new Decimal(c.planRate).div(12);
  const first = c.firstDue ?? addMonths(c.asOf, 1);
  const plans: Plan[] = [];
  const shortfalls: PlanShortfall[] = [];

  const longest = annuityParts(debt, MAX_PLAN_PERIODS, monthly);
  if (highest(longest) <= capacity) {
    // The fewest periods within capacity: the first n whose every payment fits (n ≤ 60 does).
    let fewest = longest;
    for (let n = Number(ceilDiv(debt, capacity)); n < MAX_PLAN_PERIODS; n += 1) {
      const parts = annuityParts(debt, n, monthly);
      if (highest(parts) <= capacity) {
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
    const lump = toFen(new Decimal(c.lumpSum));
    const amount = lump < debt ? lump : debt;
    if (amount > 0n)
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
  return { plans, shortfalls, neededFor60: fromFen(highest(longest)) };
}
