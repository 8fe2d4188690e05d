/**
 * A stated rate as the rate of the period a schedule counts in: the page's own convention for
 * turning one into the other (日利率 × 30 a month, 年利率 ÷ 12 a month, 年利率 ÷ 365 a day,
 * 月利率 ÷ 30 a day), the one lenders use to compute the instalments they show.
 */
import { Decimal } from '@/lib/finance/decimal';
import type { StatedRate } from '@/lib/model/terms';
import { ratePeriod } from '@/lib/model/vocabulary';

export function perMonth(r: Pick<StatedRate, 'kind' | 'value'>): Decimal {
  const v = new Decimal(r.value);
  if (r.kind === 'daily') return v.times(30);
  if (r.kind === 'monthly' || r.kind === 'fee-rate-monthly') return v;
  return v.div(12);
}

/** A bank may count a year as 360 days ("日利率＝年利率÷360"): `yearDays` says which. */
export function perDay(r: Pick<StatedRate, 'kind' | 'value'>, yearDays: 360 | 365 = 365): Decimal {
  const v = new Decimal(r.value);
  if (r.kind === 'daily') return v;
  if (r.kind === 'monthly' || r.kind === 'fee-rate-monthly') return v.div(30);
  return v.div(yearDays);
}

/**
 * The loan's monthly rates together, one yuan's charge a month (a pawn's 月利率 0.5% + 月综合费率
 * 2.4% = 2.9%), with how many there are; context rates (a marketing floor, another option) are not
 * the loan's and stay out.
 */
export function monthlyRatesTogether(rates: readonly StatedRate[]): {
  sum: Decimal;
  count: number;
} {
  const monthly = rates.filter(
    (r) => r.context === undefined && new Decimal(r.value).gt(0) && ratePeriod(r.kind) === 'month',
  );
  return {
    sum: monthly.reduce((sum, r) => sum.plus(r.value), new Decimal(0)),
    count: monthly.length,
  };
}
