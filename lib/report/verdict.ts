/**
 * The one-line verdict. "Could not tell" is never counted as a violation (design.md §5): only
 * `fail` outcomes count, split by severity.
 */
import type { Finding, Report } from '@/lib/model/report';

export type Verdict =
  | { kind: 'no-terms' }
  | { kind: 'clean' }
  | { kind: 'issues'; violations: number; warnings: number };

export const isViolation = (f: Finding): boolean =>
  f.outcome === 'fail' && f.severity === 'violation';
export const isWarning = (f: Finding): boolean => f.outcome === 'fail' && f.severity === 'warning';

export function verdictOf(report: Report): Verdict {
  if (report.terms === null) return { kind: 'no-terms' };
  const violations = report.findings.filter(isViolation).length;
  const warnings = report.findings.filter(isWarning).length;
  return violations + warnings === 0 ? { kind: 'clean' } : { kind: 'issues', violations, warnings };
}
