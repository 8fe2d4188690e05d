/**
 * The repayment structures Chinese lenders use, as principal and interest per period, rounded
 * half-up to the fen per line with the last period clearing the balance (fixture README
 * "Schedules, with the rounding a Chinese lender uses"). Fees are added afterwards (schedule.ts).
 */
import { Decimal } from '@/lib/finance/decimal';

import { roundCents } from './money';

export interface BaseRow {
  principal: Decimal;
  interest: Decimal;
  /** Balance owed at the start of the period: the base of a fee charged on the balance. */
  opening: Decimal;
  /** Actual days in the period, for day-counted interest. */
  days?: number;
}

/**
 * An irregular first period (放款日 → 首个还款日 not one month) is charged pro rata on a 30-day
 * month, the convention behind 月利率 = 日利率 × 30 (fixture case 06); `days` = its length.
 */
function firstPeriodInterest(
  balance: Decimal,
  monthlyRate: Decimal,
  firstPeriodDays: number | undefined,
): Decimal {
  const months =
    firstPeriodDays === undefined ? new Decimal(1) : new Decimal(firstPeriodDays).div(30);
  return roundCents(balance.times(monthlyRate).times(months));
}

/** 等额本息's instalment P·r/(1−(1+r)^−n), rounded to the fen (P/n at no interest). */
export function annuityPayment(principal: Decimal, monthlyRate: Decimal, n: number): Decimal {
  return monthlyRate.isZero()
    ? roundCents(principal.div(n))
    : roundCents(
        principal.times(monthlyRate).div(new Decimal(1).minus(monthlyRate.plus(1).pow(-n))),
      );
}

/** 等本等息's instalment: the equal part P/n rounded to the fen, plus P·r (not the last period's). */
export function flatPayment(principal: Decimal, periodRate: Decimal, n: number): Decimal {
  return roundCents(principal.div(n)).plus(roundCents(principal.times(periodRate)));
}

/** 等额本息: payment P·r/(1−(1+r)^−n) rounded; interest on the balance; the last period clears it. */
export function annuityRows(
  principal: Decimal,
  monthlyRate: Decimal,
  n: number,
  firstPeriodDays?: number,
): BaseRow[] {
  const payment = annuityPayment(principal, monthlyRate, n);
  const rows: BaseRow[] = [];
  let balance = principal;
  for (let k = 1; k <= n; k += 1) {
    const regularInterest = roundCents(balance.times(monthlyRate));
    // With an odd first period the instalment's principal part stays the regular one; only the
    // interest is pro rata, so the first payment differs and the rest match a regular schedule.
    const interest =
      k === 1 ? firstPeriodInterest(balance, monthlyRate, firstPeriodDays) : regularInterest;
    const part = k === n ? balance : Decimal.min(payment.minus(regularInterest), balance);
    rows.push({ principal: part, interest, opening: balance });
    balance = balance.minus(part);
  }
  return rows;
}

/**
 * Principal repaid in equal parts P/n rounded to the fen, the last part taking the remainder (so
 * the balance clears exactly); the interest of period k comes from `interestFor`.
 */
function equalPrincipalParts(
  principal: Decimal,
  n: number,
  interestFor: (period: number, balance: Decimal) => Decimal,
): BaseRow[] {
  const part = roundCents(principal.div(n));
  const rows: BaseRow[] = [];
  let balance = principal;
  for (let k = 1; k <= n; k += 1) {
    const paid = k === n ? balance : part;
    rows.push({ principal: paid, interest: interestFor(k, balance), opening: balance });
    balance = balance.minus(paid);
  }
  return rows;
}

/** 等额本金: equal principal parts; interest on the balance. */
export function equalPrincipalRows(
  principal: Decimal,
  monthlyRate: Decimal,
  n: number,
  firstPeriodDays?: number,
): BaseRow[] {
  return equalPrincipalParts(principal, n, (k, balance) =>
    k === 1
      ? firstPeriodInterest(balance, monthlyRate, firstPeriodDays)
      : roundCents(balance.times(monthlyRate)),
  );
}

/**
 * 等额本金 or 先息后本 at a daily rate on the days each period actually runs ("日费率按剩余本金及实际
 * 占用天数计收"): a 31-day month costs more than a 28-day one.
 */
export function dailyRows(
  method: '等额本金' | '先息后本',
  principal: Decimal,
  dailyRate: Decimal,
  days: readonly number[],
): BaseRow[] {
  const n = days.length;
  const interest = (k: number, balance: Decimal): Decimal =>
    roundCents(balance.times(dailyRate).times(days[k - 1] ?? 0));
  if (method === '等额本金') return equalPrincipalParts(principal, n, interest);
  return days.map((_, i) => ({
    principal: i === n - 1 ? principal : new Decimal(0),
    interest: interest(i + 1, principal),
    opening: principal,
  }));
}

/**
 * 等本等息, or a monthly fee rate on the original principal: equal principal parts plus
 * rate × the original principal (or `base`) every period.
 */
export function flatRows(
  principal: Decimal,
  periodRate: Decimal,
  n: number,
  base: Decimal = principal,
): BaseRow[] {
  const interest = roundCents(base.times(periodRate));
  return equalPrincipalParts(principal, n, () => interest);
}

/** 先息后本 (按月付息、到期还本): P·r every month, P with the last interest payment. */
export function interestOnlyRows(
  principal: Decimal,
  monthlyRate: Decimal,
  n: number,
  firstPeriodDays?: number,
): BaseRow[] {
  const interest = roundCents(principal.times(monthlyRate));
  return Array.from({ length: n }, (_, i) => ({
    principal: i === n - 1 ? principal : new Decimal(0),
    interest: i === 0 ? firstPeriodInterest(principal, monthlyRate, firstPeriodDays) : interest,
    opening: principal,
  }));
}

/** 到期一次性还本付息 by days: interest = P × daily rate × days. */
export function bulletByDaysRow(principal: Decimal, dailyRate: Decimal, days: number): BaseRow {
  return {
    principal,
    interest: roundCents(principal.times(dailyRate).times(days)),
    opening: principal,
    days,
  };
}

/** 到期一次性还本付息 by months: interest = P × monthly rate × months. */
export function bulletByMonthsRow(
  principal: Decimal,
  monthlyRate: Decimal,
  months: number,
): BaseRow {
  return {
    principal,
    interest: roundCents(principal.times(monthlyRate).times(months)),
    opening: principal,
  };
}

/**
 * A daily rate from an annual one on a 360- or 365-day basis (日利率 = 年利率 / 360 or / 365),
 * kept unrounded so interest = P × annual / basis × days as the lender computes it.
 */
export function dailyRateFromAnnual(annualRate: Decimal, basis: 360 | 365): Decimal {
  return annualRate.div(basis);
}

/**
 * Day-counted interest (日息 × actual days): each period's interest = balance × daily rate × its
 * actual days; principal equal per period (等额本金) or all at the end (先息后本).
 */
export function dailyInterestRows(
  principal: Decimal,
  dailyRate: Decimal,
  periodDays: readonly number[],
  principalRepayment: 'equal-principal' | 'interest-only',
): BaseRow[] {
  const n = periodDays.length;
  const part =
    principalRepayment === 'equal-principal' ? roundCents(principal.div(n)) : new Decimal(0);
  const rows: BaseRow[] = [];
  let balance = principal;
  for (const [i, days] of periodDays.entries()) {
    const interest = roundCents(balance.times(dailyRate).times(days));
    const paid = i === n - 1 ? balance : part;
    rows.push({ principal: paid, interest, opening: balance, days });
    balance = balance.minus(paid);
  }
  return rows;
}
