/**
 * What was charged above a legal line (24% for licensed lenders, 法发〔2017〕22号 第二条; 4×LPR for
 * private lending, 民间借贷规定第25条): the payments are applied to a balance that starts at the
 * amount actually received and grows only at the line's rate, as a court offsets over-payments
 * against principal (超过部分冲抵本金). Once the balance is repaid, every further yuan is above the
 * line. The result is that excess at the end of the schedule, to the fen.
 *
 *   balance₀ = received;  balanceₖ = balanceₖ₋₁ + max(balanceₖ₋₁, 0) × rateₖ − paymentₖ
 *   excess   = max(−balance_n, 0)
 *
 * rateₖ is line ÷ 12 for monthly periods, line × days ÷ 365 for periods of known length. The
 * interest at the line is not rounded per period: the figure is a claim, not a lender's schedule.
 */
import { Decimal } from '@/lib/finance/decimal';

import { roundCents } from './money';

export type LinePeriods = { kind: 'monthly' } | { kind: 'days'; days: readonly number[] };

export function excessOverLine(
  received: Decimal,
  payments: readonly Decimal[],
  line: Decimal,
  periods: LinePeriods,
): Decimal {
  if (periods.kind === 'days' && periods.days.length !== payments.length) {
    throw new RangeError('excessOverLine: one period length per payment');
  }
  let balance = received;
  payments.forEach((payment, i) => {
    const rate =
      periods.kind === 'monthly' ? line.div(12) : line.times(periods.days[i] ?? 0).div(365);
    const interest = balance.gt(0) ? balance.times(rate) : new Decimal(0);
    balance = balance.plus(interest).minus(payment);
  });
  return balance.lt(0) ? roundCents(balance.negated()) : new Decimal(0);
}
