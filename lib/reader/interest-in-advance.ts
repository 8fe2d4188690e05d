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

/**
 * The whole term's interest kept back at payout: 保理's 先收息, "预收利息…于放款时扣收", a mutual-aid
 * fund's "占用费已于放款时预收".
 */
// …or a freight advance's "预支利息 664.20元（24600.00 × 0.06% × 45天，办理时一次扣收）".
const TAKEN_AT_PAYOUT =
  /先收息|预收利息|利息(?:预收|前置)|(?:利息|占用费)[^。；;费\s]{0,40}?(?:放款|办理|出账)时[^。；;\s]{0,6}?(?:扣收|扣除|预收)(?![^。；;，,]{0,6}费)/;

export function interestInAdvance(
  view: View,
  method: RepaymentMethod | null,
  principal: string | null,
  received: string | null,
  payments: Payment[],
): Payment[] {
  const first = payments[0];
  const last = payments[payments.length - 1];
  if (method === '到期一次性还本付息' && principal !== null && received !== null && first)
    return interestTakenAtPayout(view, principal, received, payments);
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

/**
 * A single repayment whose interest was kept back when the money was paid out ("预收利息
 * 600,000.00×7.20%×180/360=21,600.00元于放款时扣收…实际入账572,400.00元"): the repayment is the
 * principal alone — where what was received is at most the principal less that interest.
 */
function interestTakenAtPayout(
  view: View,
  principal: string,
  received: string,
  payments: Payment[],
): Payment[] {
  const [only] = payments;
  if (!only || payments.length !== 1 || !TAKEN_AT_PAYOUT.test(view.all)) return payments;
  const interest = new Decimal(only.amount).minus(principal);
  if (interest.lte(0) || new Decimal(principal).minus(interest).lt(received)) return payments;
  return [{ ...only, amount: new Decimal(principal).toFixed(2) }];
}
