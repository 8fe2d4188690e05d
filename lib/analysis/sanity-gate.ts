/**
 * The sanity gate: figures that cannot describe a real loan offer are not shown as facts. A
 * negative rate, a rate beyond anything a lending page offers, or repayments out of all proportion
 * to the money received almost always mean the figures were read or typed wrongly (a "10⁴" read as
 * 104, a decimal point lost). The report then has no rate and a rate problem whose code says
 * "读取可能有误，请核对" with the figures (lib/model/report-codes.ts DOUBT_CODES), and no rate-based
 * finding is raised on them: an accusation built on a misread number is the worst bug this tool
 * can have. (Less repaid than received is refused earlier, by computeApr: 'repaid-below-received'.)
 *
 * One home for the gate: the pipeline (analyse.ts) runs it for pages and `audit --terms` alike. The
 * codes and the 10,000% line are those of the reader's fuller gate (issue 11), which is meant to
 * take this file's place.
 */
import { Decimal } from '@/lib/finance/decimal';
import type { AprProblem } from '@/lib/model/report-codes';
import type { Apr } from '@/lib/model/report';

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

/** A rate fraction as a percentage figure for the message: "-10.738501" → "-1073.85". */
const percent = (fraction: string): string =>
  new Decimal(fraction).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

/** The first doubt about the figures as a rate problem, or null when they can describe a real loan. */
export function doubtAboutFigures(input: SanityInput): AprProblem | null {
  const { apr, received, totalRepaid } = input;
  if (received !== null && totalRepaid !== null) {
    const got = new Decimal(received);
    if (got.gt(0) && new Decimal(totalRepaid).gt(got.times(IMPLAUSIBLE_REPAID_MULTIPLE)))
      return { code: 'repaid-out-of-proportion', data: { repaid: totalRepaid, received } };
  }
  if (apr === null) return null;
  const nominal = new Decimal(apr.nominal);
  if (nominal.isNegative() && !nominal.isZero())
    return { code: 'rate-negative', data: { percent: percent(apr.nominal) } };
  if (nominal.gt(ABSURD_APR))
    return { code: 'rate-absurd', data: { percent: percent(apr.nominal) } };
  return null;
}
