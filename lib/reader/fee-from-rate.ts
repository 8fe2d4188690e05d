/**
 * A monthly fee stated only as a rate beside the loan's interest rate ("年化利率 7.2% · 管理费率
 * 0.50%/月"), on a page with no plan, instalment or total that shows how it is paid: each period
 * carries the rate on the amount lent, as such fees are charged (按借款本金每月收取). Left out, the
 * cost would be the interest alone — an all-clear the page's own fee contradicts (公告〔2021〕第3号:
 * every fee the borrower pays is in the annualised rate).
 */
import { Decimal } from '@/lib/finance/decimal';
import type { Fee, StatedRate } from '@/lib/model/terms';
import { isLoanCost } from '@/lib/model/vocabulary';
import { compactText } from '@/lib/parse/normalize';

/** A monthly fee rate larger than this is no monthly fee (a one-off 3% fee, a year's rate). */
const MONTHLY_FEE_CAP = new Decimal('0.03');

/** The one monthly fee rate beside an interest rate that no fee the page lists stands for. */
export function unshownFeeRate(
  rates: readonly StatedRate[],
  fees: readonly Fee[],
): StatedRate | null {
  const own = rates.filter((r) => r.context === undefined);
  const feeRates = own.filter((r) => r.kind === 'fee-rate-monthly' && new Decimal(r.value).gt(0));
  const interest = own.some(
    (r) => r.kind !== 'fee-rate-monthly' && r.kind !== 'comprehensive-annual',
  );
  const [rate] = feeRates;
  if (feeRates.length !== 1 || rate === undefined || !interest) return null;
  if (new Decimal(rate.value).gt(MONTHLY_FEE_CAP)) return null;
  // "一次性收取", "按年收取": a rate the page says is not charged each month.
  if (/一次性|一次收取|趸交|按年|每年|年费/.test(compactText(rate.label + rate.valueText)))
    return null;
  // A fee the page lists with an amount may be this one, whenever it is paid.
  if (fees.some((f) => isLoanCost(f.when) && f.amount !== undefined)) return null;
  return rate;
}

/** The fee that rate charges each month on the amount lent. */
export function feeOfRate(rate: StatedRate, principal: string): Fee {
  return {
    name: rate.label.replace(/(?:费)?率.*$/, '费'),
    when: 'periodic',
    amount: new Decimal(principal).times(rate.value).toDecimalPlaces(2).toFixed(2),
    rate: rate.value,
    rateBasis: 'original-principal',
    ratePer: 'month',
    ...(rate.source ? { source: rate.source } : {}),
  };
}
