/**
 * The true annual rate of one loan (design.md §3): what the background pipeline and `audit --terms`
 * call. Never throws: every input it cannot rate comes back as a problem code with its data
 * (lib/model/report-codes.ts); the views say it in the borrower's language.
 *
 * - One payment: the whole term is the period, r = repaid/received − 1, annualised over the term
 *   in days (×365/days) or in calendar months (×12/months) (fixture README "Single-payment loans").
 * - Several payments: monthly IRR on periods 1..n (undated payments are one month apart), nominal
 *   r×12 and effective (1+r)^12−1. With a disbursement date and every due date, also the daily IRR
 *   on actual days (×365); that is the primary figure only when the dates are not a monthly plan
 *   (monthly anniversaries of the disbursement, or a fixed repayment day each month from a first
 *   period of 15–46 days; unequal month lengths alone are not irregular).
 */
import { Decimal } from '@/lib/finance/decimal';

import type { Apr } from '@/lib/model/report';
import type { AprProblem } from '@/lib/model/report-codes';
import type { RateKind } from '@/lib/model/terms';

import { DAYS_PER_YEAR, MONTHS_PER_YEAR, annualise, aprWire } from './annualise';
import { loanCashFlows } from './cash-flow';
import {
  addMonths,
  dayNumber,
  daysBetween,
  isWeekendRoll,
  wholeMonthsBetween,
} from '@/lib/dates/iso';
import { solveIrr } from './irr';
import { formatMoney, parseDecimal } from './money';

export interface LoanInput {
  /** The contract amount (借款金额), when known; the rate is always computed on `received`. */
  principal?: string;
  /** What actually reached the borrower (到账金额) = CF0. */
  received: string;
  disbursedOn?: string;
  payments: { amount: string; dueDate?: string | null }[];
  termDays?: number | null;
  /** The term in months, when stated: a lone repayment is annualised over it (×12/months). */
  termMonths?: number | null;
  /** Rates the page states, carried through from `--terms` for comparison (lib/rules/understatement.ts). */
  statedRates?: { label: string; value: string; kind?: RateKind }[];
}

export type { AprProblem };

export type AprOutcome = { ok: true; apr: Apr } | { ok: false; problem: AprProblem };

/** 100 years of monthly payments: anything longer is not a consumer loan and would only cost time. */
export const MAX_PERIODS = 1200;
/** One trillion yuan: no consumer or private loan comes near it; larger figures are misreadings. */
export const MAX_AMOUNT = new Decimal('1e12');

function problem(coded: AprProblem): AprOutcome {
  return { ok: false, problem: coded };
}

interface CheckedPayment {
  amount: Decimal;
  dueDate: string | null;
}

type Checked =
  { ok: true; received: Decimal; payments: CheckedPayment[] } | { ok: false; outcome: AprOutcome };

function checkInput(loan: LoanInput): Checked {
  const fail = (coded: AprProblem): Checked => ({ ok: false, outcome: problem(coded) });
  const received = parseDecimal(loan.received);
  const asRead = { received: loan.received };
  if (received === null) return fail({ code: 'received-not-number', data: asRead });
  if (received.lte(0)) return fail({ code: 'received-not-positive', data: asRead });
  if (received.gt(MAX_AMOUNT)) return fail({ code: 'received-too-large', data: asRead });
  if (loan.payments.length === 0) return fail({ code: 'no-payments', data: {} });
  if (loan.payments.length > MAX_PERIODS) {
    return fail({
      code: 'too-many-periods',
      data: { count: String(loan.payments.length), max: String(MAX_PERIODS) },
    });
  }
  const payments: CheckedPayment[] = [];
  for (const [index, payment] of loan.payments.entries()) {
    const amount = parseDecimal(payment.amount);
    const which = { period: String(index + 1), amount: payment.amount };
    if (amount === null) return fail({ code: 'payment-not-number', data: which });
    if (amount.isNegative()) return fail({ code: 'payment-negative', data: which });
    if (amount.gt(MAX_AMOUNT)) return fail({ code: 'payment-too-large', data: which });
    payments.push({ amount, dueDate: payment.dueDate ?? null });
  }
  if (payments.every((p) => p.amount.isZero()))
    return fail({ code: 'payments-all-zero', data: {} });
  return { ok: true, received, payments };
}

/**
 * Day offsets of every payment from disbursement, or null unless every date is given and usable.
 * Of several payments the first may fall on the day itself (a pay-later plan's 首期今天支付: paid at
 * checkout, a flow at t = 0 that nets against what was received); a lone one may not.
 */
function dayOffsets(
  disbursedOn: string | undefined,
  payments: readonly CheckedPayment[],
): number[] | null {
  if (disbursedOn === undefined || dayNumber(disbursedOn) === null) return null;
  const offsets: number[] = [];
  for (const [index, payment] of payments.entries()) {
    if (payment.dueDate === null || dayNumber(payment.dueDate) === null) return null;
    const days = daysBetween(disbursedOn, payment.dueDate);
    const previous = offsets.at(-1) ?? 0;
    const onPayoutDay = index === 0 && firstPeriod(disbursedOn, payments) === 0;
    if ((days <= 0 && !onPayoutDay) || days < previous) return null;
    offsets.push(days);
  }
  return offsets;
}

/** 0 where the first payment falls on the day of disbursement (首期今天支付), else 1: the period of the first payment. */
function firstPeriod(disbursedOn: string | undefined, payments: readonly CheckedPayment[]): 0 | 1 {
  return payments.length > 1 && payments[0]?.dueDate === disbursedOn ? 0 : 1;
}

/** The days a first period may run and still be a plan's first month ("每月25日还款" from the 18th). */
const FIRST_MONTH_DAYS = { min: 15, max: 46 };

/**
 * A regular monthly plan: due dates on the 1st, 2nd, … monthly anniversaries of disbursement
 * (clamped to month end), or on a fixed repayment day each month whose first comes 15–46 days after
 * disbursement. Lenders count such a plan in whole periods (its 年化利率（单利） is the monthly IRR ×
 * 12); the daily IRR on actual days stays beside it.
 */
function monthlyPlan(disbursedOn: string, payments: readonly CheckedPayment[]): boolean {
  const day = Number(disbursedOn.slice(8, 10));
  const shift = firstPeriod(disbursedOn, payments);
  // A due date moved off a weekend keeps its place in the monthly plan.
  const on = (due: string | null, nominal: string): boolean =>
    due !== null && (due === nominal || isWeekendRoll(due, nominal));
  if (payments.every((p, index) => on(p.dueDate, addMonths(disbursedOn, index + shift, day))))
    return true;
  const first = payments[0]?.dueDate;
  if (first === undefined || first === null) return false;
  const days = daysBetween(disbursedOn, first);
  const dueDay = Number(first.slice(8, 10));
  return (
    days >= FIRST_MONTH_DAYS.min &&
    days <= FIRST_MONTH_DAYS.max &&
    payments.every((p, index) => on(p.dueDate, addMonths(first, index, dueDay)))
  );
}

function rootProblem(
  result: ReturnType<typeof solveIrr>,
  received: Decimal,
  repaid: Decimal,
): AprOutcome {
  if (result.kind === 'several') {
    // Percentages with a language-neutral separator: the only list a problem's data carries.
    const rates = result.rates
      .map((r) => `${r.times(100).toDecimalPlaces(4).toString()}%`)
      .join(' / ');
    return problem({ code: 'several-roots', data: { rates } });
  }
  if (repaid.lt(received)) {
    return problem({
      code: 'repaid-below-received',
      data: { repaid: formatMoney(repaid), received: formatMoney(received) },
    });
  }
  return problem({ code: 'no-root', data: {} });
}

function singlePayment(loan: LoanInput, received: Decimal, payment: CheckedPayment): AprOutcome {
  const ratio = payment.amount.div(received);
  const periodic = ratio.minus(1);
  const days = dayOffsets(loan.disbursedOn, [payment])?.[0] ?? null;
  const months =
    loan.disbursedOn !== undefined && payment.dueDate !== null && days !== null
      ? wholeMonthsBetween(loan.disbursedOn, payment.dueDate)
      : null;
  // The stated term wins (the page says "30天" or "6个月"); then calendar months from the dates; then actual
  // days; an undated lone payment is one month after disbursement like any undated payment.
  const termDays = loan.termDays ?? null;
  const termMonths = loan.termMonths ?? null;
  const periodsPerYear =
    termDays !== null && termDays > 0
      ? DAYS_PER_YEAR.div(termDays)
      : termMonths !== null && termMonths > 0
        ? MONTHS_PER_YEAR.div(termMonths)
        : months !== null
          ? MONTHS_PER_YEAR.div(months)
          : days !== null
            ? DAYS_PER_YEAR.div(days)
            : MONTHS_PER_YEAR;
  // Daily IRR on actual days in closed form: (1+d)^days = repaid/received.
  const daily = days === null ? null : ratio.pow(new Decimal(1).div(days)).minus(1);
  return {
    ok: true,
    apr: aprWire(
      'single',
      periodic,
      annualise(periodic, periodsPerYear),
      daily === null ? null : daily.times(DAYS_PER_YEAR),
    ),
  };
}

/**
 * The true annualised rate of `loan` (CF0 = received), or the reason it cannot be computed.
 * `near`, a monthly rate already solved for almost the same flows (the same loan read on its
 * contract amount), starts the monthly solve beside its root: 4 NPV evaluations instead of 11 on a
 * 360-period loan. It only moves the starting point; the root is still bracketed (irr.ts).
 */
export function computeApr(loan: LoanInput, near?: Apr): AprOutcome {
  const checked = checkInput(loan);
  if (!checked.ok) return checked.outcome;
  const { received, payments } = checked;
  const [first] = payments;
  if (payments.length === 1 && first !== undefined) return singlePayment(loan, received, first);

  const repaid = payments.reduce((sum, p) => sum.plus(p.amount), new Decimal(0));
  const offsets = dayOffsets(loan.disbursedOn, payments);
  const dailyIrr = (hint?: Decimal) =>
    offsets === null
      ? null
      : solveIrr(
          loanCashFlows(
            received,
            payments.map((p, i) => ({ t: offsets[i] ?? 0, amount: p.amount })),
          ),
          hint,
        );

  if (
    offsets !== null &&
    loan.disbursedOn !== undefined &&
    !monthlyPlan(loan.disbursedOn, payments)
  ) {
    const result = dailyIrr();
    if (result?.kind !== 'unique')
      return rootProblem(result ?? { kind: 'none', reason: 'out-of-range' }, received, repaid);
    const daily = result.rate;
    return {
      ok: true,
      apr: aprWire('daily', daily, annualise(daily, DAYS_PER_YEAR), daily.times(DAYS_PER_YEAR)),
    };
  }

  const startPeriod = firstPeriod(loan.disbursedOn, payments);
  const monthly = solveIrr(
    loanCashFlows(
      received,
      payments.map((p, i) => ({ t: i + startPeriod, amount: p.amount })),
    ),
    near?.method === 'monthly' ? new Decimal(near.periodic) : undefined,
  );
  if (monthly.kind !== 'unique') return rootProblem(monthly, received, repaid);
  // The daily rate equivalent to the monthly one is a close starting point for the daily solve.
  const daily = dailyIrr(monthly.rate.plus(1).pow(MONTHS_PER_YEAR.div(DAYS_PER_YEAR)).minus(1));
  return {
    ok: true,
    apr: aprWire(
      'monthly',
      monthly.rate,
      annualise(monthly.rate, MONTHS_PER_YEAR),
      daily?.kind === 'unique' ? daily.rate.times(DAYS_PER_YEAR) : null,
    ),
  };
}
