/**
 * A coupon the page takes off the first instalment ("新客首期免息券 -￥180.00", "首期利息券 抵扣
 * 30.00元"). Only its amount is read here: interpret.ts takes it off the first instalment only where
 * the first instalment the page shows is the method's less exactly this amount, so a coupon the
 * borrower has not been given (a banner's "领券最高减200元") changes nothing.
 */
import { Decimal } from '@/lib/finance/decimal';
import { moneyTokens } from '@/lib/parse/money';
import type { View } from './facts';

const FIRST_PERIOD = String.raw`(?:首期|第[1一]期)`;
const COUPON = String.raw`(?:免息券|利息券|优惠券|折扣券|抵扣券|券)`;
const FIRST_PERIOD_COUPON = new RegExp(
  `${FIRST_PERIOD}[^，。；,;]{0,6}${COUPON}|${COUPON}[^，。；,;]{0,6}${FIRST_PERIOD}`,
);

/** The amounts of the first-period coupons the page lists under their own label. */
export function firstPeriodCoupons(view: View): string[] {
  const amounts = view.facts
    .filter((f) => FIRST_PERIOD_COUPON.test(f.key))
    .flatMap((f) => moneyTokens(f.value).slice(0, 1))
    .map((t) => t.value)
    .filter((v) => new Decimal(v).gt(0));
  return [...new Set(amounts)];
}
