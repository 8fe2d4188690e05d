/**
 * Which stated rate is "the rate the page shows" for this loan. One decision for the rules that
 * judge it, the popup and terminal that display it, the chart that marks it and the complaint
 * that quotes it, so none of them can quote a different figure from the one that was judged.
 */
import type { StatedRate } from '@/lib/model/terms';
import { annualRateKinds } from '@/lib/model/vocabulary';

export function isAnnual(rate: StatedRate): boolean {
  return annualRateKinds.includes(rate.kind);
}

/**
 * The annual figure the page presents as the rate of this loan (never a marketing minimum, range,
 * cap claim or other option). When the reader marked none but the page shows exactly one annual
 * figure of its own, that one is the loan's rate: there is nothing else it could be. Several
 * unmarked figures are not guessed between.
 */
export function shownAnnualRate(rates: readonly StatedRate[]): StatedRate | null {
  const own = rates.filter((r) => r.context === undefined && isAnnual(r));
  return own.find((r) => r.primary === true) ?? (own.length === 1 ? (own[0] ?? null) : null);
}
