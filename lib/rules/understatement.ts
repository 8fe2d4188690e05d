/**
 * The one understatement check: by how much a stated rate falls short of the computed one
 * (design.md §3; fixture README "Kinds").
 * - A stated annual rate is compared with the figure its kind names in the vocabulary: 复利 with
 *   the effective rate (1+r)^n − 1, every other annual kind with the nominal one (periodic IRR ×
 *   periods). In the corpus a rate the page calls IRR is the monthly IRR × 12 (case 01:
 *   年化利率（IRR）3.96% = nominal), so annual-irr is nominal.
 * - A daily or monthly rate is annualised simply, ×365 and ×12, to be comparable with nominal;
 *   a monthly 手续费率 likewise ×12: the flat figure pages advertise (legal.md §4).
 */
import { Decimal } from '@/lib/finance/decimal';
import type { Apr } from '@/lib/model/report';
import { RATE_KINDS, type RateKind, ratePeriod } from '@/lib/model/vocabulary';

/**
 * A stated rate more than 0.25 percentage points below the computed one is understated (design.md
 * §3: twice Reg Z's 1/8 pp tolerance for a regular transaction), as a decimal fraction. The
 * fixture corpus flags at 0.5 pp (`statedAnnualUnderstated`); a caller reproducing it passes that.
 */
export const UNDERSTATEMENT_TOLERANCE = '0.0025';

const PER_YEAR = { day: 365, month: 12, year: 1 } as const;

/** The stated value as an annual figure comparable with the computed one of its kind. */
export function statedAsAnnual(kind: RateKind, value: Decimal | string): Decimal {
  return new Decimal(value).times(PER_YEAR[ratePeriod(kind)]);
}

/** The computed figure (wire string) a stated rate of this kind is compared with. */
export function comparableApr(kind: RateKind, apr: Apr): string {
  return RATE_KINDS[kind].comparedWith === 'effective' ? apr.effective : apr.nominal;
}

/** computed − stated (annualised), as a decimal fraction: positive when the page claims less. */
export function understatement(rate: { kind: RateKind; value: string }, apr: Apr): Decimal {
  return new Decimal(comparableApr(rate.kind, apr)).minus(statedAsAnnual(rate.kind, rate.value));
}

/** The stated figure understates the computed one by more than `tolerance` (strictly). */
export function isUnderstated(
  rate: { kind: RateKind; value: string },
  apr: Apr,
  tolerance: Decimal | string = UNDERSTATEMENT_TOLERANCE,
): boolean {
  return understatement(rate, apr).greaterThan(tolerance);
}
