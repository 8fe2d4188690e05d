/**
 * What counts as a problem (design.md §5): only a `fail` outcome, by its severity. "Could not
 * tell" (`incomplete`) is never a violation. The verdict, the badge and every view count with these.
 */
import type { Finding } from './report';

export const isViolation = (f: Finding): boolean =>
  f.outcome === 'fail' && f.severity === 'violation';

export const isWarning = (f: Finding): boolean => f.outcome === 'fail' && f.severity === 'warning';
