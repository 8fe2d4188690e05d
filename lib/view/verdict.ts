/**
 * The one-line verdict. "Could not tell" is never counted as a violation (design.md §5): only
 * `fail` outcomes count, split by severity.
 */
import type { Translate } from '@/lib/i18n/messages';
import { isViolation, isWarning } from '@/lib/model/findings';
import type { Report } from '@/lib/model/report';
import { DOUBT_CODES } from '@/lib/model/report-codes';

export type Verdict =
  | { kind: 'no-terms' }
  | { kind: 'clean' }
  /**
   * Terms were read but no true rate could be computed (no repayments, no amount): nothing else
   * found is no all-clear, so never a ✓ (issue: "never show a ✓ beside a number you could not
   * compute").
   */
  | { kind: 'unpriced' }
  /**
   * The rate was computed, but a fee the page names without saying when it is charged is left out
   * of it and could overturn a check (the rules' `feeUnplaced`, whose data names the `fees`): no ✓.
   */
  | { kind: 'fees-unplaced' }
  | { kind: 'issues'; violations: number; warnings: number }
  /**
   * The figures read do not add up or cannot be a real loan (lib/analysis/sanity-gate.ts): never a
   * ✓, and the clause problems found are counted beside it.
   */
  | { kind: 'doubt'; violations: number; warnings: number };

export function verdictOf(report: Report): Verdict {
  if (report.terms === null) return { kind: 'no-terms' };
  const violations = report.findings.filter(isViolation).length;
  const warnings = report.findings.filter(isWarning).length;
  const doubtful =
    (report.reading?.doubt ?? null) !== null ||
    (DOUBT_CODES as readonly string[]).includes(report.aprProblem?.code ?? '');
  if (doubtful) return { kind: 'doubt', violations, warnings };
  if (violations + warnings > 0) return { kind: 'issues', violations, warnings };
  if (report.apr === null) return { kind: 'unpriced' };
  const unplaced = report.findings.some((f) => f.outcome === 'incomplete' && 'fees' in f.data);
  return unplaced ? { kind: 'fees-unplaced' } : { kind: 'clean' };
}

/** The verdict in words, for the popup, the history and the terminal alike. */
export function verdictText(verdict: Verdict, t: Translate): string {
  if (verdict.kind === 'no-terms') return t('verdictNoTerms');
  if (verdict.kind === 'clean') return t('verdictClean');
  if (verdict.kind === 'unpriced') return t('verdictUnpriced');
  if (verdict.kind === 'fees-unplaced') return t('verdictFeesUnplaced');
  if (verdict.kind === 'doubt') {
    const n = verdict.violations + verdict.warnings;
    return n === 0 ? t('verdictDoubt') : t('verdictDoubtWithIssues', { count: n });
  }
  if (verdict.violations === 0) return t('verdictWarningsOnly', { warnings: verdict.warnings });
  if (verdict.warnings === 0) return t('verdictViolationsOnly', { violations: verdict.violations });
  return t('verdictCounts', { violations: verdict.violations, warnings: verdict.warnings });
}
