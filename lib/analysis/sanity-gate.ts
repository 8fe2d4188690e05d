/**
 * The sanity gate: figures that cannot describe a real loan offer are not shown as facts. A
 * negative rate (the borrower repays less than they receive), a rate beyond anything a lending
 * page offers, or repayments out of all proportion to the money received almost always mean the
 * figures were read or typed wrongly (a "10⁴" read as 104, a decimal point lost). The report then
 * says "读取可能有误，请核对" with the figures, and no rate-based finding is raised on them: an
 * accusation built on a misread number is the worst bug this tool can have.
 *
 * One home for the gate: the pipeline (analyse.ts) runs it for pages and `audit --terms` alike. The
 * codes and the 10,000% line are those of the reader's fuller gate (issue 11), which is meant to
 * take this file's place.
 */
import { Decimal } from '@/lib/finance/decimal';
import type { Apr, Report } from '@/lib/model/report';

export type SanityDoubt = NonNullable<Report['doubt']>;
export type SanityCode = SanityDoubt['code'];

/**
 * 10,000% a year (nominal, periodic IRR × periods), the line the reader's gate uses too. The
 * harshest loans documented in legal.md's sources are 7-day "714" loans with 30–50% kept back:
 * 2,200–5,200% a year. Above 10,000% the figures come from a misread amount or term.
 */
export const ABSURD_APR = new Decimal(100);

/**
 * Repaying more than ten times what was received. A 30-year mortgage at 5% repays about 1.9×, a
 * 36-month loan at 36% about 1.7×, a 714 loan with half kept back 2×; a lost decimal point gives 100×.
 */
export const IMPLAUSIBLE_REPAID_MULTIPLE = new Decimal(10);

export interface SanityInput {
  apr: Apr | null;
  /** Money received (decimal string), what the rate is computed on. */
  received: string | null;
  /** Sum of every repayment (decimal string). */
  totalRepaid: string | null;
}

/** The first doubt about the figures, or null when they can describe a real loan. */
export function doubtAboutFigures(input: SanityInput): SanityDoubt | null {
  const { apr, received, totalRepaid } = input;
  if (received !== null && totalRepaid !== null) {
    const got = new Decimal(received);
    const repaid = new Decimal(totalRepaid);
    if (got.gt(0) && repaid.gt(got.times(IMPLAUSIBLE_REPAID_MULTIPLE)))
      return { code: 'repaid-out-of-proportion', figures: { received, totalRepaid } };
  }
  if (apr === null) return null;
  const nominal = new Decimal(apr.nominal);
  if (nominal.isNegative() && !nominal.isZero())
    return {
      code: 'rate-negative',
      figures: {
        nominal: apr.nominal,
        ...(received === null ? {} : { received }),
        ...(totalRepaid === null ? {} : { totalRepaid }),
      },
    };
  if (nominal.gt(ABSURD_APR)) return { code: 'rate-absurd', figures: { nominal: apr.nominal } };
  return null;
}

/** A rate fraction as the borrower reads it: "-10.738501" → "-1073.85%". */
function percent(fraction: string): string {
  return `${new Decimal(fraction).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)}%`;
}

/**
 * The report's `aprProblem` for a doubt. Chinese, like every other sentence the report carries
 * (design.md §6); the code stays with it so a view can word it otherwise.
 */
export function doubtText(doubt: SanityDoubt): string {
  const f = doubt.figures;
  const check = '读取可能有误，请核对页面上的金额和还款计划（可在计算器中修改）。';
  switch (doubt.code) {
    case 'rate-negative':
      return `按读到的数字，还款总额${f.totalRepaid === undefined ? '' : ` ${f.totalRepaid} 元`}少于到手金额${f.received === undefined ? '' : ` ${f.received} 元`}，算出的年化利率为负（${percent(f.nominal ?? '0')}），不可能是真实的借款；${check}未据此作出利率判断。`;
    case 'rate-absurd':
      return `按读到的数字算出的年化利率为 ${percent(f.nominal ?? '0')}，远超任何借款页面的报价；${check}未据此作出利率判断。`;
    case 'repaid-out-of-proportion':
      return `按读到的数字，还款总额 ${f.totalRepaid ?? ''} 元是到手金额 ${f.received ?? ''} 元的十倍以上；${check}未据此作出利率判断。`;
  }
}
