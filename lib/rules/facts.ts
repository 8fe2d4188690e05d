/**
 * Shared readings of LoanTerms that several rules need, so they read the terms the same way:
 * which stated rates are annual, which one is the page's own rate for this loan, which computed
 * figure a stated one is comparable with, and the evidence behind each.
 */
import { Decimal } from '@/lib/finance/decimal';
import type { Apr, Evidence } from '@/lib/model/report';
import { type Fee, type Source, type StatedRate, UNPLACED_FEE } from '@/lib/model/terms';
import { isLoanCost, shortPeriodRateKinds } from '@/lib/model/vocabulary';
import type { RuleInput } from './context';
import { contractInterestRate, rateWords, shownAnnualRate } from '@/lib/model/shown-rate';

import { listZh, percent, yuan } from './format';

export {
  comparableApr,
  isUnderstated,
  understatement,
  UNDERSTATEMENT_TOLERANCE,
} from './understatement';

export function isShortPeriod(rate: StatedRate): boolean {
  return shortPeriodRateKinds.includes(rate.kind);
}

export { isAnnual, rateWords } from '@/lib/model/shown-rate';

/** The annual figure the page presents as the rate of this loan (lib/model/shown-rate.ts). */
export function primaryAnnual(input: RuleInput): StatedRate | null {
  return shownAnnualRate(input.terms.statedRates);
}

/** Fees that are part of the cost of the loan itself (not overdue or prepayment charges). */
export function loanCostFees(fees: readonly Fee[]): Fee[] {
  return fees.filter((f) => isLoanCost(f.when));
}

export function evidence(label: string, source: Source | undefined, fallback?: string): Evidence[] {
  if (source !== undefined) {
    return [
      {
        label,
        text: source.text,
        locator: source.locator,
        ...(source.finePrint ? { finePrint: true } : {}),
      },
    ];
  }
  return fallback === undefined ? [] : [{ label, text: fallback }];
}

export function rateEvidence(rate: StatedRate): Evidence[] {
  return evidence(rate.label, rate.source, rateWords(rate));
}

export function feeEvidence(fee: Fee): Evidence[] {
  return evidence(fee.name, fee.source, fee.name);
}

/** How the contract date entered the texts: the page's date, or today's when none is shown. */
export function contractDateWords(input: RuleInput): { zh: string; en: string } {
  return input.contractDateShown
    ? { zh: `合同日期 ${input.contractDate}`, en: `contract date ${input.contractDate}` }
    : {
        zh: `页面未写明合同日期，按今天 ${input.contractDate} 计`,
        en: `the page shows no contract date, so today (${input.contractDate}) is used`,
      };
}

/** The figures every cost rule quotes: the true rate, the amount it was computed on, the page's rate. */
export function costFigures(input: RuleInput, apr: Apr) {
  const primary = primaryAnnual(input);
  const received = input.money?.received ?? input.terms.received ?? input.terms.principal;
  return {
    apr: percent(apr.nominal),
    aprEffective: percent(apr.effective),
    received: received === null ? '（未读到）' : yuan(received),
    shown: primary === null ? '（页面未显示本笔借款的年化利率）' : `「${rateWords(primary)}」`,
    shownEn: primary === null ? '(no annual rate shown for this loan)' : `"${rateWords(primary)}"`,
  };
}

/**
 * The fees the page names with an amount but not when it charges them (the reader's
 * UNPLACED_FEE), as words ("「贷款手续费480.00元」、「贷款保险240.00元」"), or null when there are none:
 * left out of the cash flows, so no check may give an all-clear they could overturn.
 */
export function unplacedFees(input: RuleInput): string | null {
  const fees = input.terms.unreadable
    .filter((u) => u.reason === UNPLACED_FEE)
    .map((u) => `${u.label}${yuan(u.text)}元`);
  return fees.length === 0 ? null : listZh(fees);
}

/**
 * What a rate line's check says when an unplaced fee could carry the rate over `{line}` (24%, 36%):
 * the rate without it, the fee named, the rate with it at payout, and what to check. One text for
 * every line, filled with the line's own figure.
 */
export const FEE_UNPLACED_AT_LINE = {
  zh: '不计{fees}，按实际到账{received}元计算的真实年化利率为{apr}，没有超过{line}。但页面写了{fees}，没有写明何时收取，页面上的数字也不能确认它已含在每期还款里，所以这个年化利率没有计入它；如果它在放款时收取或从借款中扣除，年化利率为{aprWith}，超过{line}。请核对合同中这笔费用何时、怎样收取。',
  en: 'Leaving out {fees}, the true annual rate against the {received} yuan received is {apr}, not above {line}. But the page names {fees} without saying when it is charged, and its figures do not show it inside the repayments, so that rate leaves it out; charged at payout or taken from the loan, it makes the rate {aprWith}, above {line}. Please check in the contract when and how this fee is charged.',
} as const;

/**
 * Unplaced fees that, taken at payout (the costliest place they could be paid), would put the true
 * rate over `line` although it is within without them: the fees and the rate with them.
 */
export function unplacedFeesCross(
  input: RuleInput,
  line: string,
): { fees: string; aprWith: string; line: string } | null {
  const fees = unplacedFees(input);
  const withFees = input.aprWithUnplacedFees;
  if (fees === null || withFees === null || !isOver(withFees.nominal, line)) return null;
  // (The line as the law writes it, "24%", not "24.00%".)
  return {
    fees,
    aprWith: percent(withFees.nominal),
    line: `${new Decimal(line).times(100).toString()}%`,
  };
}

/** What an `incomplete` finding says is missing when no true rate could be computed. */
export const MISSING_TRUE_RATE: readonly string[] = ['真实年化利率（需要完整的金额和还款计划）'];

export function primaryEvidence(input: RuleInput): Evidence[] {
  const primary = primaryAnnual(input);
  return [
    ...evidence('实际到账金额', input.terms.sources.received),
    ...(primary === null ? [] : rateEvidence(primary)),
  ];
}

export function isOver(rate: string, line: string): boolean {
  return new Decimal(rate).greaterThan(line);
}

/** The contract's own annual rate, for overdue charges stated as a multiple of it. */
export function contractAnnualRate(input: RuleInput): StatedRate | null {
  return contractInterestRate(input.terms.statedRates);
}
