/**
 * Interest paid in advance (前置付息): "每期利息于该期计息开始日收取，第1期利息在放款时从贷款本金中扣收".
 * An interest-only plan derived as 先息后本 pays each month's interest at the month's end; this
 * one pays it at the start — the first out of the money lent (实际放款金额 = 贷款金额 − one month's
 * interest), each later one a month early — and the last month repays the principal alone. Read
 * only where the page names the practice and the amount received is the principal less exactly
 * the first month's interest.
 */
import { Decimal } from '@/lib/finance/decimal';
import type { Payment, RepaymentMethod } from '@/lib/model/terms';
import type { View } from './facts';

const IN_ADVANCE = /前置付息|利息前置|先付息|预收利息|利息于[^。；]{0,8}开始日收取/;

export function interestInAdvance(
  view: View,
  method: RepaymentMethod | null,
  principal: string | null,
  received: string | null,
  payments: Payment[],
): Payment[] {
  const first = payments[0];
  const last = payments[payments.length - 1];
  if (method !== '先息后本' || principal === null || received === null || !first || !last)
    return payments;
  if (payments.length < 2 || !IN_ADVANCE.test(view.all)) return payments;
  const interest = new Decimal(first.amount);
  if (!new Decimal(principal).minus(interest).eq(received)) return payments;
  // The last month's interest came with the one before it; the principal is repaid alone.
  return payments.map((x, i) =>
    i === payments.length - 1 ? { ...x, amount: new Decimal(principal).toFixed(2) } : x,
  );
}
