/**
 * Scores one reading of a page against its truth.json, the way the issue measures the reader:
 * read exactly (every field of the comparison agrees), rate within 0.1 percentage point of the
 * truth's aprIrr, false accusations (a `fail` the truth does not support) and false all-clears
 * (a loan over a legal rate line shown with a rate and without any rate-line failure: a report in
 * doubt or with no rate computed shows no rate to trust, so it clears nothing). Shared by the pattern-page
 * test, the generator test and `npm run corpus`.
 */
import { Decimal } from '@/lib/finance/decimal';
import { analyseTerms } from '@/lib/analysis/analyse';
import type { RawExtraction } from '@/lib/model/extraction';
import type { Report } from '@/lib/model/report';
import { readTerms } from '@/lib/reader';
import { differences, expectedFromTruth } from './fixture-compare';

/** Rule id → the truth fact that must be true for a `fail` of that rule to be right. */
const factOfRule: Record<string, string> = {
  'cost-over-24': 'aprOver24',
  'cost-over-36': 'aprOver36',
  'cost-over-4x-lpr': 'aprOverFourLpr',
  'upfront-deduction': 'upfrontDeduction',
  'apr-understated': 'statedAnnualUnderstated',
  'overdue-penalty-excessive': 'overduePenaltyOver24',
  'prepayment-charge': 'prepaymentPenalty',
  'apr-missing': 'noAnnualRateShown',
};
const rateLineRules = ['cost-over-24', 'cost-over-36', 'cost-over-4x-lpr'];

export interface PageScore {
  name: string;
  loan: boolean;
  exact: boolean;
  differences: string[];
  /** null on a page that is not a loan. */
  rateWithin: boolean | null;
  aprRead: string | null;
  aprTruth: string | null;
  falseAccusations: string[];
  falseAllClear: boolean;
}

/** A page is read correctly when nothing at all is wrong with it. */
export const readCorrectly = (s: PageScore): boolean =>
  s.exact && s.rateWithin !== false && s.falseAccusations.length === 0 && !s.falseAllClear;

export function scoreReading(
  name: string,
  raw: RawExtraction,
  truth: Record<string, unknown>,
): PageScore {
  const terms = readTerms(raw);
  const report: Report = analyseTerms(terms, {
    input: name,
    url: raw.url,
    title: raw.title,
    settings: { lenderTypeOverride: null, userLpr: [] },
    now: '2026-06-01T00:00:00.000Z',
  });
  const facts = (truth.facts ?? {}) as Record<string, unknown>;
  const loan = truth.kind !== 'not-a-loan';
  const aprTruth = (truth.aprIrr as string | null | undefined) ?? null;
  const aprRead = report.apr?.nominal ?? null;
  const fails = report.findings.filter((f) => f.outcome === 'fail');
  // 民间借贷规定第28–29条: a private loan's overdue charges are capped at 4×LPR, not 24%.
  const overPrivateCap =
    truth.lenderType === 'private' &&
    typeof facts.overduePenaltyAnnualized === 'string' &&
    typeof facts.fourLprCap === 'string' &&
    new Decimal(facts.overduePenaltyAnnualized).gt(facts.fourLprCap);
  const supported = (id: string): boolean =>
    facts[factOfRule[id] ?? ''] === true || (id === 'overdue-penalty-excessive' && overPrivateCap);
  const falseAccusations = fails
    .filter((f) => !loan || (f.id in factOfRule && !supported(f.id)))
    .map((f) => f.id);
  const breach = facts.aprOver24 === true || facts.aprOverFourLpr === true;
  const falseAllClear =
    loan &&
    breach &&
    report.terms !== null &&
    aprRead !== null &&
    !fails.some((f) => rateLineRules.includes(f.id));
  const diffs = differences(terms, expectedFromTruth(truth));
  return {
    name,
    loan,
    exact: diffs.length === 0,
    differences: diffs,
    rateWithin:
      aprTruth === null
        ? null
        : aprRead !== null && new Decimal(aprRead).minus(aprTruth).abs().lessThanOrEqualTo('0.001'),
    aprRead,
    aprTruth,
    falseAccusations,
    falseAllClear,
  };
}

const pct = (n: number, d: number): string =>
  d === 0 ? '—' : `${String(n)}/${String(d)} (${((100 * n) / d).toFixed(1)}%)`;

/** The read rates of a set of pages as printable lines. */
export function rateLines(title: string, scores: readonly PageScore[]): string[] {
  const loans = scores.filter((s) => s.loan);
  const others = scores.filter((s) => !s.loan);
  return [
    `${title}: ${String(scores.length)} pages (${String(loans.length)} loans, ${String(others.length)} not loans)`,
    `  loans read exactly:            ${pct(loans.filter((s) => s.exact).length, loans.length)}`,
    `  rate within 0.1 pp:            ${pct(loans.filter((s) => s.rateWithin === true).length, loans.length)}`,
    `  non-loans left alone:          ${pct(others.filter((s) => s.exact).length, others.length)}`,
    `  pages read correctly (all):    ${pct(scores.filter(readCorrectly).length, scores.length)}`,
    `  false accusations:             ${String(scores.reduce((n, s) => n + s.falseAccusations.length, 0))} (on ${String(scores.filter((s) => s.falseAccusations.length > 0).length)} pages)`,
    `  false all-clears:              ${String(scores.filter((s) => s.falseAllClear).length)}`,
  ];
}
