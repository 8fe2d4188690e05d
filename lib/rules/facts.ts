/**
 * Shared readings of LoanTerms that several rules need, so they read the terms the same way:
 * which stated rates are annual, which one is the page's own rate for this loan, which computed
 * figure a stated one is comparable with, and the evidence behind each.
 */
import { Decimal } from '@/lib/finance/decimal';
import type { Apr, Evidence } from '@/lib/model/report';
import type { Fee, Source, StatedRate } from '@/lib/model/terms';
import { isLoanCost, shortPeriodRateKinds } from '@/lib/model/vocabulary';
import type { RuleInput } from './context';
import { contractInterestRate, rateWords, shownAnnualRate } from '@/lib/model/shown-rate';

import { percent, yuan } from './format';

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
