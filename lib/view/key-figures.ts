/**
 * The view model shared by the popup, the history page and the terminal: the key figures of a
 * report as display strings (formatted, not yet labelled: each view puts them in its language),
 * and the findings in the groups every view shows them in.
 */
import type { Finding, Report } from '@/lib/model/report';
import type { AprProblem } from '@/lib/model/report-codes';
import { rateWords, shownAnnualRate } from '@/lib/model/shown-rate';
import { formatMoney, formatRate } from '@/lib/text/format';

export interface KeyFigures {
  /** Money as "10,000.00" (the view adds its unit), null when the page did not give it. */
  principal: string | null;
  received: string | null;
  /** The borrower received less than the contract amount: the figure deserves emphasis. */
  receivedDiffers: boolean;
  totalRepaid: string | null;
  totalCost: string | null;
  /** Rates as "27.57%"; null when no true rate could be computed. */
  trueRate: string | null;
  /** The reading is in doubt (读取可能有误): the view says so where the true rate would be. */
  rateInDoubt: boolean;
  trueRateEffective: string | null;
  /** The true rate on the contract amount, when it differs from the one on the amount received. */
  rateOnContract: string | null;
  /** The page's own annual rate in its own words, quoted; null when the page shows none. */
  shownRate: string | null;
  /** Why no true rate could be computed: the report's code, said by `aprProblemText`. */
  aprProblem: AprProblem | null;
}

const money = (v: string | null | undefined): string | null =>
  v === null || v === undefined ? null : formatMoney(v);

export function keyFigures(report: Report): KeyFigures | null {
  const terms = report.terms;
  if (terms === null) return null;
  const { apr, aprOnContract } = report;
  const shown = shownAnnualRate(terms.statedRates);
  return {
    principal: money(terms.principal),
    received: money(terms.received ?? report.money?.received),
    receivedDiffers: terms.received !== null && terms.received !== terms.principal,
    totalRepaid: money(report.money?.totalRepaid),
    totalCost: money(report.money?.totalCost),
    trueRate: apr === null ? null : formatRate(apr.nominal),
    rateInDoubt: (report.reading?.doubt ?? null) !== null,
    trueRateEffective: apr === null ? null : formatRate(apr.effective),
    rateOnContract:
      apr !== null && aprOnContract !== null && aprOnContract.nominal !== apr.nominal
        ? formatRate(aprOnContract.nominal)
        : null,
    shownRate: shown === null ? null : `“${rateWords(shown)}”`,
    aprProblem: report.aprProblem,
  };
}

export type FindingGroupKey =
  'groupViolation' | 'groupWarning' | 'groupInfo' | 'groupIncomplete' | 'groupPassed';

export interface FindingGroup {
  key: FindingGroupKey;
  findings: Finding[];
  /** Shown unfolded: problems are; what could not be verified and what passed are on demand. */
  open: boolean;
}

/**
 * Summary first, details on demand: violations, then warnings, then notes; what could not be
 * verified is its own group and never mixed into the violations (design.md §5). Empty groups are
 * left out.
 */
export function findingGroups(findings: readonly Finding[]): FindingGroup[] {
  const failed = (severity: Finding['severity']) =>
    findings.filter((f) => f.outcome === 'fail' && f.severity === severity);
  const groups: FindingGroup[] = [
    { key: 'groupViolation', findings: failed('violation'), open: true },
    { key: 'groupWarning', findings: failed('warning'), open: true },
    { key: 'groupInfo', findings: failed('info'), open: true },
    {
      key: 'groupIncomplete',
      findings: findings.filter((f) => f.outcome === 'incomplete'),
      open: false,
    },
    { key: 'groupPassed', findings: findings.filter((f) => f.outcome === 'pass'), open: false },
  ];
  return groups.filter((g) => g.findings.length > 0);
}
