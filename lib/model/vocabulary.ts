/**
 * The concept vocabulary: every kind of rate, lender and fee the reader can name, written once.
 * The types (`RateKind`, `LenderType`, `FeeWhen`, …), the zod enums (`./vocabulary-schemas.ts`)
 * and the partitions the rules and views use (annual vs short-period kinds, loan-cost fees) are
 * all derived from these tables, so adding a kind is one line here and the compiler finds the rest.
 * Plain data with no imports: the scanner's bundle may read it.
 */

/**
 * Rate kinds (legal.md §4; fixture README "Kinds"). `period` is what one unit of the stated value
 * covers; `comparedWith` names the computed figure a stated annual rate is set beside (design.md
 * §3: 复利 with the effective rate, every other annual kind with the nominal one); `flat` marks a
 * rate charged on the original principal for the whole term (手续费率), not on the balance.
 */
export const RATE_KINDS = {
  daily: { period: 'day', flat: false, comparedWith: 'nominal' },
  monthly: { period: 'month', flat: false, comparedWith: 'nominal' },
  'fee-rate-monthly': { period: 'month', flat: true, comparedWith: 'nominal' },
  'annual-simple': { period: 'year', flat: false, comparedWith: 'nominal' },
  'annual-irr': { period: 'year', flat: false, comparedWith: 'nominal' },
  'annual-compound': { period: 'year', flat: false, comparedWith: 'effective' },
  'comprehensive-annual': { period: 'year', flat: false, comparedWith: 'nominal' },
} as const satisfies Record<
  string,
  { period: RatePeriod; flat: boolean; comparedWith: 'nominal' | 'effective' }
>;

export type RatePeriod = 'day' | 'month' | 'year';
export type RateKind = keyof typeof RATE_KINDS;
export const rateKinds = Object.keys(RATE_KINDS) as [RateKind, ...RateKind[]];

/** Kinds stated per year: the ones that can be "the annual rate the page shows". */
export const annualRateKinds: readonly RateKind[] = rateKinds.filter(
  (k) => RATE_KINDS[k].period === 'year',
);
/** Kinds stated per day or month (rule apr-missing, apr-less-prominent). */
export const shortPeriodRateKinds: readonly RateKind[] = rateKinds.filter(
  (k) => RATE_KINDS[k].period !== 'year',
);

export function ratePeriod(kind: RateKind): RatePeriod {
  return RATE_KINDS[kind].period;
}

/** Why a stated rate is context rather than the rate of this loan. */
export const rateContexts = [
  'marketing-minimum',
  'range',
  'cap-claim',
  'other-option',
  'example',
] as const;
export type RateContext = (typeof rateContexts)[number];

/** Lender types: which legal line applies depends on it (legal.md §2; rules cost-over-*). */
export const lenderTypes = [
  'bank',
  'consumer-finance',
  'small-loan',
  'platform-unspecified',
  'private',
  'unknown',
] as const;
export type LenderType = (typeof lenderTypes)[number];

/**
 * When a fee is charged. `loanCost` fees are part of the cost of the loan itself (综合融资成本);
 * overdue and prepayment charges are not, and are judged by their own rules.
 */
export const FEE_WHENS = {
  upfront: { loanCost: true },
  periodic: { loanCost: true },
  once: { loanCost: true },
  overdue: { loanCost: false },
  prepayment: { loanCost: false },
} as const satisfies Record<string, { loanCost: boolean }>;
export type FeeWhen = keyof typeof FEE_WHENS;
export const feeWhens = Object.keys(FEE_WHENS) as [FeeWhen, ...FeeWhen[]];

export function isLoanCost(when: FeeWhen): boolean {
  return FEE_WHENS[when].loanCost;
}

export const repaymentMethods = [
  '等额本息',
  '等额本金',
  '等本等息',
  '先息后本',
  '到期一次性还本付息',
] as const;
export type RepaymentMethod = (typeof repaymentMethods)[number];
