/**
 * A page's stated rate set beside the computed one (design.md §3; fixture README "Kinds"):
 * - annual-simple (年化利率（单利）), comprehensive-annual (综合年化成本) and annual-irr are compared
 *   with the nominal figure (periodic IRR × periods per year). In the corpus a rate the page calls
 *   IRR is the monthly IRR × 12 (case 01: 年化利率（IRR）3.96% = nominal), so annual-irr is nominal;
 * - annual-compound (复利) is compared with the effective figure (1+r)^12 − 1;
 * - daily and monthly rates are annualised simply, ×365 and ×12, to be comparable with nominal;
 *   fee-rate-monthly (手续费率) likewise ×12: the flat figure pages advertise (legal.md §4).
 */
import { Decimal } from '@/lib/finance/decimal';

import type { Apr } from '@/lib/model/report';
import type { RateKind } from '@/lib/model/terms';

import { parseDecimal } from './money';

/**
 * Understatement beyond this many percentage points is a finding (design.md §3: 0.25 pp, twice
 * Reg Z's 1/8 pp tolerance for a regular transaction). The fixture corpus flags at 0.5 pp
 * (`statedAnnualUnderstated`); callers reproducing it pass that threshold explicitly.
 */
export const UNDERSTATEMENT_TOLERANCE_PP = new Decimal('0.25');

export type ComparedWith = 'nominal' | 'effective';

/** Which computed figure a stated rate of this kind is compared with. */
export function comparedWith(kind: RateKind): ComparedWith {
  return kind === 'annual-compound' ? 'effective' : 'nominal';
}

/** The stated rate as an annual figure comparable with `comparedWith(kind)`. */
export function statedAsAnnual(kind: RateKind, value: Decimal): Decimal {
  switch (kind) {
    case 'daily':
      return value.times(365);
    case 'monthly':
    case 'fee-rate-monthly':
      return value.times(12);
    default:
      return value;
  }
}

/**
 * By how many percentage points the stated figure understates the computed one: positive when the
 * page claims less than the truth. Null when the stated value is not a number.
 */
export function understatementPp(
  apr: Apr,
  stated: { kind: RateKind; value: string },
): Decimal | null {
  const value = parseDecimal(stated.value);
  const computed = parseDecimal(
    comparedWith(stated.kind) === 'effective' ? apr.effective : apr.nominal,
  );
  if (value === null || computed === null) return null;
  return computed.minus(statedAsAnnual(stated.kind, value)).times(100);
}

/** The stated figure understates the true one by more than `tolerancePp` percentage points. */
export function isUnderstated(
  apr: Apr,
  stated: { kind: RateKind; value: string },
  tolerancePp: Decimal = UNDERSTATEMENT_TOLERANCE_PP,
): boolean | null {
  const gap = understatementPp(apr, stated);
  return gap === null ? null : gap.gt(tolerancePp);
}
