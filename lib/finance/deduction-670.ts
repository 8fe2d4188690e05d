/**
 * 砍头息 recalculation. 民法典第670条: 借款的利息不得预先在本金中扣除。利息预先在本金中扣除的，
 * 应当按照实际借款数额返还借款并计算利息。民间借贷规定第26条: 预先在本金中扣除利息的，人民法院应当
 * 将实际出借的金额认定为本金。
 *
 * Our definition (stated so a borrower can check it): the principal is legally the amount
 * received; the lender may charge interest only on it, at the contract's own periodic rate and in
 * the contract's own repayment structure. The lawful schedule is that structure rebuilt on the
 * received amount. The over-charge a borrower can ask back under this article is
 *   principal + interest under the contract − principal + interest under the lawful schedule.
 * Periodic fees are not part of it: they are claimed on their own basis (see lib/claims).
 * `overchargeUnder670` works on a schedule spec (fees in the spec are left out the same way).
 */
import { Decimal } from '@/lib/finance/decimal';

import type { LoanTerms } from '@/lib/model/terms';

import { formatMoney, parseDecimal, roundCents } from './money';
import { solveIrr } from './irr';
import { buildSchedule, totalRepaid, type ScheduleSpec } from './schedule';

/** The lawful schedule's total: same structure, rate and dates on the received amount, no fees. */
export function lawfulRepayment(spec: ScheduleSpec): Decimal {
  const contract = buildSchedule(spec);
  const lawful = buildSchedule({
    principal: contract.received,
    repayment: spec.repayment,
    ...(spec.disbursedOn === undefined ? {} : { disbursedOn: spec.disbursedOn }),
    ...(spec.dueDates === undefined ? {} : { dueDates: spec.dueDates }),
    ...(spec.firstDue === undefined ? {} : { firstDue: spec.firstDue }),
    ...(spec.dueDay === undefined ? {} : { dueDay: spec.dueDay }),
  });
  return totalRepaid(lawful);
}

/** Over-charge under 民法典第670条 for a loan built from its terms, in yuan to the fen ("1066.18"). */
export function overchargeUnder670(spec: ScheduleSpec): string {
  const contract = buildSchedule({ ...spec, periodicFees: [], oneOffFees: [] });
  const bearing = contract.rows.reduce(
    (sum, r) => sum.plus(r.principal).plus(r.interest),
    new Decimal(0),
  );
  return formatMoney(bearing.minus(lawfulRepayment(spec)));
}

function periodicFeePerPeriod(terms: LoanTerms, principal: Decimal): Decimal | null {
  let total = new Decimal(0);
  for (const fee of terms.fees) {
    if (fee.when !== 'periodic') continue;
    const amount = fee.amount === undefined ? null : parseDecimal(fee.amount);
    const rate = fee.rate === undefined ? null : parseDecimal(fee.rate);
    if (amount !== null) total = total.plus(amount);
    else if (rate !== null && fee.rateBasis === 'original-principal')
      total = total.plus(roundCents(principal.times(rate)));
    else return null;
  }
  return total;
}

/** The part of a payment that repays principal and interest: split on the page, or less the periodic fees. */
function interestBearing(
  payment: LoanTerms['payments'][number],
  fees: Decimal | null,
): Decimal | null {
  const amount = parseDecimal(payment.amount);
  const part = payment.principal === undefined ? null : parseDecimal(payment.principal);
  const interest = payment.interest === undefined ? null : parseDecimal(payment.interest);
  if (part !== null && interest !== null) return part.plus(interest);
  if (amount === null || fees === null) return null;
  return amount.minus(fees);
}

/** Monthly rates the page may be charging: its own stated rate, and the rate read back from the schedule. */
function candidateRates(
  terms: LoanTerms,
  principal: Decimal,
  bearing: readonly Decimal[],
): Decimal[] {
  const fromStated = terms.statedRates
    .filter((r) => r.context === undefined && (r.kind === 'annual-simple' || r.kind === 'monthly'))
    .map((r) => {
      const value = parseDecimal(r.value);
      return value === null || !value.gt(0) ? null : r.kind === 'monthly' ? value : value.div(12);
    })
    .filter((v): v is Decimal => v !== null);
  const irr = solveIrr([
    { t: 0, amount: principal },
    ...bearing.map((b, i) => ({ t: i + 1, amount: b.negated() })),
  ]);
  return [
    ...fromStated,
    ...(irr.kind === 'unique' && irr.rate.gt(0) ? [irr.rate.toDecimalPlaces(6)] : []),
  ];
}

/**
 * The contract's own monthly rate for an 等额本息 schedule: a candidate whose schedule on the
 * contract amount reproduces every principal-and-interest figure on the page to the fen (so the
 * rebuild on the received amount uses the rate the lender actually charged), else null.
 */
function annuityRate(
  terms: LoanTerms,
  principal: Decimal,
  bearing: readonly Decimal[],
): Decimal | null {
  const fen = new Decimal('0.011');
  for (const rate of candidateRates(terms, principal, bearing)) {
    const rows = buildSchedule({
      principal,
      repayment: { type: 'annuity', monthlyRate: rate, n: bearing.length },
    }).rows;
    const same = rows.every((row, i) =>
      row.principal
        .plus(row.interest)
        .minus(bearing[i] ?? 0)
        .abs()
        .lt(fen),
    );
    if (same) return rate;
  }
  return null;
}

export interface Deduction670 {
  /** Principal and interest the contract charges, on the contract amount (fees excluded). */
  contractTotal: string;
  /** The same structure at the same rate on the amount received. */
  lawfulTotal: string;
  /** contractTotal − lawfulTotal: what 第670条 lets the borrower ask back. */
  overcharge: string;
  /** How the lawful schedule was obtained. */
  method: 'rebuilt-annuity' | 'scaled';
}

/**
 * 第670条 from terms read off a page: only what was deducted at disbursement counts. The contract's
 * principal-and-interest parts are compared with the same schedule rebuilt on the amount actually
 * received at the contract's own rate; periodic fees (a 担保服务费, say) are left out on both sides,
 * because they are not interest on the deducted money and have their own legal basis (公告〔2021〕
 * 第3号 第三条, 24% line): adding them here would claim them twice under the wrong article.
 * 等额本息 is rebuilt at the rate read back from the schedule; any other structure is scaled by
 * received / principal, which is the same structure at its own rate on the received amount to
 * within a fen per period (every structure here is linear in the principal up to rounding).
 * Null when there was no deduction (第670条 does not apply) or the terms are too incomplete.
 */
export function deductionUnder670(terms: LoanTerms): Deduction670 | null {
  const principal = terms.principal === null ? null : parseDecimal(terms.principal);
  const received = terms.received === null ? null : parseDecimal(terms.received);
  if (
    principal === null ||
    received === null ||
    !principal.gt(0) ||
    !received.gt(0) ||
    !received.lt(principal)
  )
    return null;
  if (terms.payments.length === 0) return null;
  const fees = periodicFeePerPeriod(terms, principal);
  const bearing: Decimal[] = [];
  for (const payment of terms.payments) {
    const part = interestBearing(payment, fees);
    if (part === null) return null;
    bearing.push(part);
  }
  const contract = bearing.reduce((sum, b) => sum.plus(b), new Decimal(0));
  const rate = terms.repaymentMethod === '等额本息' ? annuityRate(terms, principal, bearing) : null;
  const lawful =
    rate === null
      ? bearing.reduce(
          (sum, b) => sum.plus(roundCents(b.times(received.div(principal)))),
          new Decimal(0),
        )
      : totalRepaid(
          buildSchedule({
            principal: received,
            repayment: { type: 'annuity', monthlyRate: rate, n: bearing.length },
          }),
        );
  return {
    contractTotal: formatMoney(contract),
    lawfulTotal: formatMoney(lawful),
    overcharge: formatMoney(contract.minus(lawful)),
    method: rate === null ? 'scaled' : 'rebuilt-annuity',
  };
}

/** The 第670条 over-charge alone ("318.78"), or null (see `deductionUnder670`). */
export function overchargeOnDeduction(terms: LoanTerms): string | null {
  return deductionUnder670(terms)?.overcharge ?? null;
}
