/**
 * A full repayment schedule from the loan's terms: the repayment structure, due dates, periodic and
 * one-off fees, and what was deducted at disbursement. `received` = principal − upfront deductions
 * (fixture README "Received"); each payment = principal + interest + every fee of the period, to
 * whomever it is paid (PBOC 公告〔2021〕第3号 第三条: 贷款成本包括利息及与贷款直接相关的各类费用).
 */
import { Decimal } from '@/lib/finance/decimal';

import type { LoanInput } from './compute-apr';
import { addDays, addMonths, daysBetween } from '@/lib/dates/iso';
import { formatMoney, roundCents } from './money';
import {
  annuityRows,
  bulletByDaysRow,
  bulletByMonthsRow,
  dailyInterestRows,
  equalPrincipalRows,
  flatRows,
  interestOnlyRows,
  type BaseRow,
} from './repayment-structures';

export type Repayment =
  | {
      type: 'annuity' | 'equal-principal' | 'interest-only';
      monthlyRate: Decimal;
      n: number;
      firstPeriodDays?: number;
    }
  | { type: 'flat'; periodRate: Decimal; n: number; rateBase?: Decimal }
  | { type: 'bullet-days'; dailyRate: Decimal; days: number }
  | { type: 'bullet-months'; monthlyRate: Decimal; months: number }
  /** Needs `disbursedOn` and due dates: interest runs on actual days. */
  | {
      type: 'daily-interest';
      dailyRate: Decimal;
      principalRepayment: 'equal-principal' | 'interest-only';
    };

export type PeriodicFee = { name: string; periods?: readonly number[] } & (
  { amount: Decimal } | { rateOnPrincipal: Decimal; base?: Decimal } | { rateOnBalance: Decimal }
);

export interface ScheduleSpec {
  principal: Decimal;
  repayment: Repayment;
  disbursedOn?: string;
  /** Explicit due dates, one per period. Otherwise monthly from `firstDue` on `dueDay`. */
  dueDates?: readonly string[];
  firstDue?: string;
  dueDay?: number;
  upfrontDeductions?: readonly { name: string; amount: Decimal }[];
  periodicFees?: readonly PeriodicFee[];
  oneOffFees?: readonly { name: string; amount: Decimal; period: number }[];
}

export interface ScheduleRow {
  period: number;
  dueDate: string | null;
  principal: Decimal;
  interest: Decimal;
  fees: Record<string, Decimal>;
  amount: Decimal;
  days?: number;
}

export interface Schedule {
  principal: Decimal;
  received: Decimal;
  disbursedOn: string | null;
  rows: ScheduleRow[];
}

function periodCount(repayment: Repayment, dueDates: readonly string[] | undefined): number {
  switch (repayment.type) {
    case 'bullet-days':
    case 'bullet-months':
      return 1;
    case 'daily-interest':
      return dueDates?.length ?? 0;
    default:
      return repayment.n;
  }
}

function resolveDueDates(spec: ScheduleSpec): (string | null)[] {
  const n = periodCount(spec.repayment, spec.dueDates);
  if (spec.dueDates !== undefined)
    return Array.from({ length: n }, (_, i) => spec.dueDates?.[i] ?? null);
  const { repayment, disbursedOn } = spec;
  if (disbursedOn !== undefined && repayment.type === 'bullet-days') {
    return [addDays(disbursedOn, repayment.days)];
  }
  if (disbursedOn !== undefined && repayment.type === 'bullet-months')
    return [addMonths(disbursedOn, repayment.months)];
  if (spec.firstDue === undefined) {
    // Monthly anniversaries of the disbursement, on its day of month (clamped to each month's end).
    if (disbursedOn === undefined) return Array.from({ length: n }, () => null);
    return Array.from({ length: n }, (_, i) => addMonths(disbursedOn, i + 1, spec.dueDay));
  }
  const first = spec.firstDue;
  const day = spec.dueDay ?? Number(first.slice(8, 10));
  return Array.from({ length: n }, (_, i) => addMonths(first, i, day));
}

function baseRows(spec: ScheduleSpec, dueDates: readonly (string | null)[]): BaseRow[] {
  const { principal: p, repayment: r } = spec;
  switch (r.type) {
    case 'annuity':
      return annuityRows(p, r.monthlyRate, r.n, r.firstPeriodDays);
    case 'equal-principal':
      return equalPrincipalRows(p, r.monthlyRate, r.n, r.firstPeriodDays);
    case 'interest-only':
      return interestOnlyRows(p, r.monthlyRate, r.n, r.firstPeriodDays);
    case 'flat':
      return flatRows(p, r.periodRate, r.n, r.rateBase);
    case 'bullet-days':
      return [bulletByDaysRow(p, r.dailyRate, r.days)];
    case 'bullet-months':
      return [bulletByMonthsRow(p, r.monthlyRate, r.months)];
    case 'daily-interest': {
      const start = spec.disbursedOn;
      if (start === undefined || dueDates.some((d) => d === null)) {
        throw new RangeError('daily-interest schedules need disbursedOn and every due date');
      }
      const days = dueDates.map((due, i) =>
        daysBetween(i === 0 ? start : (dueDates[i - 1] ?? start), due ?? start),
      );
      return dailyInterestRows(p, r.dailyRate, days, r.principalRepayment);
    }
  }
}

function feeAmount(fee: PeriodicFee, principal: Decimal, row: BaseRow): Decimal {
  if ('amount' in fee) return fee.amount;
  if ('rateOnBalance' in fee) return roundCents(row.opening.times(fee.rateOnBalance));
  return roundCents((fee.base ?? principal).times(fee.rateOnPrincipal));
}

/** Builds the schedule. Throws RangeError only for a spec that contradicts itself (a programming error). */
export function buildSchedule(spec: ScheduleSpec): Schedule {
  const dueDates = resolveDueDates(spec);
  const rows = baseRows(spec, dueDates).map((base, i): ScheduleRow => {
    const period = i + 1;
    const fees: Record<string, Decimal> = {};
    for (const fee of spec.periodicFees ?? []) {
      if (fee.periods !== undefined && !fee.periods.includes(period)) continue;
      fees[fee.name] = (fees[fee.name] ?? new Decimal(0)).plus(
        feeAmount(fee, spec.principal, base),
      );
    }
    for (const fee of spec.oneOffFees ?? []) {
      if (fee.period === period)
        fees[fee.name] = (fees[fee.name] ?? new Decimal(0)).plus(fee.amount);
    }
    const feeTotal = Object.values(fees).reduce((sum, f) => sum.plus(f), new Decimal(0));
    return {
      period,
      dueDate: dueDates[i] ?? null,
      principal: base.principal,
      interest: base.interest,
      fees,
      amount: base.principal.plus(base.interest).plus(feeTotal),
      ...(base.days === undefined ? {} : { days: base.days }),
    };
  });
  const deducted = (spec.upfrontDeductions ?? []).reduce(
    (sum, d) => sum.plus(d.amount),
    new Decimal(0),
  );
  return {
    principal: spec.principal,
    received: spec.principal.minus(deducted),
    disbursedOn: spec.disbursedOn ?? null,
    rows,
  };
}

/** The schedule as computeApr's input: CF0 = received, one payment per row with its date. */
export function scheduleLoanInput(schedule: Schedule): LoanInput {
  const [only] = schedule.rows;
  const termDays = schedule.rows.length === 1 ? only?.days : undefined;
  return {
    principal: formatMoney(schedule.principal),
    received: formatMoney(schedule.received),
    payments: schedule.rows.map((row) => ({
      amount: formatMoney(row.amount),
      dueDate: row.dueDate,
    })),
    ...(schedule.disbursedOn === null ? {} : { disbursedOn: schedule.disbursedOn }),
    ...(termDays === undefined ? {} : { termDays }),
  };
}

/** Sum of every payment. */
export function totalRepaid(schedule: Schedule): Decimal {
  return schedule.rows.reduce((sum, row) => sum.plus(row.amount), new Decimal(0));
}
