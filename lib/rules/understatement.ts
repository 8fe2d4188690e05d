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
 * A stated rate more than 0.5 percentage points below the computed one is understated, as a
 * decimal fraction — the fixture corpus's line (`statedAnnualUnderstated`), not design.md §3's
 * 0.25: two honest ways of counting the same cash flows differ by that much (whole months against
 * actual days on a plan due on the 25th from a loan paid on the 18th: 19.92 % and 19.41 %; interest
 * taken a month ahead: 18.27 % for a stated 18.00 %), so a smaller gap is no accusation (README).
 */
export const UNDERSTATEMENT_TOLERANCE = '0.005';

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
