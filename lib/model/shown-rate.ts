/**
 * Which stated rate is "the rate the page shows" for this loan. One decision for the reader that
 * marks it, the rules that judge it, the popup, terminal and chart that display it, the calculator
 * that pre-fills it and the letters that quote it, so none of them can quote a different figure
 * from the one that was judged.
 */
import type { StatedRate } from './terms';
import { annualRateKinds, type RateKind } from './vocabulary';

export function isAnnual(rate: StatedRate): boolean {
  return annualRateKinds.includes(rate.kind);
}

/** The loan's own figures: not a marketing minimum, range, cap claim, example or other option. */
function own(rates: readonly StatedRate[]): StatedRate[] {
  return rates.filter((r) => r.context === undefined);
}

/**
 * The reader's choice of the annual figure the page presents as this loan's rate: a comprehensive
 * cost first (it is what 公告〔2021〕第3号 asks for), then an IRR figure, then a simple one; never
 * fine print.
 */
const PRESENTED_ORDER: readonly RateKind[] = [
  'comprehensive-annual',
  'annual-irr',
  'annual-simple',
];

export function presentedAnnualRate(rates: readonly StatedRate[]): StatedRate | null {
  const candidates = own(rates).filter((r) => r.source?.finePrint !== true);
  for (const kind of PRESENTED_ORDER) {
    const r = candidates.find((x) => x.kind === kind);
    if (r) return r;
  }
  return null;
}

/**
 * The annual figure the page presents as the rate of this loan: the one marked primary. When none
 * is marked but the page shows exactly one annual figure of its own, that one is the loan's rate:
 * there is nothing else it could be. Several unmarked figures are not guessed between.
 */
export function shownAnnualRate(rates: readonly StatedRate[]): StatedRate | null {
  const annual = own(rates).filter(isAnnual);
  return (
    annual.find((r) => r.primary === true) ?? (annual.length === 1 ? (annual[0] ?? null) : null)
  );
}

/**
 * The contract's own interest rate, for overdue charges stated as a multiple of it (rule
 * overdue-penalty-excessive): a simple or IRR annual rate, never a comprehensive cost that folds fees in.
 */
export function contractInterestRate(rates: readonly StatedRate[]): StatedRate | null {
  const interest = own(rates).filter((r) => r.kind === 'annual-simple' || r.kind === 'annual-irr');
  return interest.find((r) => r.primary === true) ?? interest[0] ?? null;
}

/** The page's own words for a stated rate: "年化利率（单利） 15.60%". */
export function rateWords(rate: StatedRate): string {
  return `${rate.label} ${rate.valueText}`;
}
