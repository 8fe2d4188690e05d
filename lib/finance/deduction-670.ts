/**
 * 砍头息 recalculation. 民法典第670条: 借款的利息不得预先在本金中扣除。利息预先在本金中扣除的，
 * 应当按照实际借款数额返还借款并计算利息。民间借贷规定第26条: 预先在本金中扣除利息的，人民法院应当
 * 将实际出借的金额认定为本金。
 *
 * Our definition (stated so a borrower can check it): the principal is legally the amount
 * received; the lender may charge interest only on it, at the contract's own periodic rate and in
 * the contract's own repayment structure. The lawful schedule is that structure rebuilt on the
 * received amount, without fees. The over-charge a borrower can ask back is
 *   total repaid under the contract (every payment, periodic fees included)
 *   − total repaid under the lawful schedule.
 * Periodic fees count because they are loan costs the borrower pays for the same money (PBOC
 * 公告〔2021〕第3号 第三条); a court may treat a fee differently, which the report says in words.
 */
import { Decimal } from '@/lib/finance/decimal';

import type { LoanTerms } from '@/lib/model/terms';

import { formatMoney, parseDecimal, roundCents } from './money';
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
  return formatMoney(totalRepaid(buildSchedule(spec)).minus(lawfulRepayment(spec)));
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

/**
 * The same over-charge from terms read off a page, where the structure may be unnamed: each
 * payment's principal + interest (given, or the payment less the periodic fees) is scaled by
 * received / principal, which is the contract's structure at its own rate on the received amount
 * to within a fen per period (every structure here is linear in the principal up to rounding).
 * Null when there was no deduction (第670条 does not apply) or the terms are too incomplete.
 */
export function overchargeOnDeduction(terms: LoanTerms): string | null {
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
  const scale = received.div(principal);
  let repaid = new Decimal(0);
  let lawful = new Decimal(0);
  for (const payment of terms.payments) {
    const amount = parseDecimal(payment.amount);
    if (amount === null) return null;
    const split = [payment.principal, payment.interest].map((x) =>
      x === undefined ? null : parseDecimal(x),
    );
    const [part, interest] = split;
    const bearing =
      part !== null && part !== undefined && interest !== null && interest !== undefined
        ? part.plus(interest)
        : fees === null
          ? null
          : amount.minus(fees);
    if (bearing === null) return null;
    repaid = repaid.plus(amount);
    lawful = lawful.plus(roundCents(bearing.times(scale)));
  }
  return formatMoney(repaid.minus(lawful));
}
