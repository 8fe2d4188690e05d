/**
 * The lender type the rules apply: the borrower's choice on the options page wins; otherwise the
 * terms' own type, classified by the one classifier (lib/model/lender.ts) when still unknown.
 */
import { classifyLender, type ClassifiedLender } from '@/lib/model/lender';
import type { LenderType, LoanTerms } from '@/lib/model/terms';

export type ResolvedLender = ClassifiedLender;

const OVERRIDE_EVIDENCE = '（放款方类型由您在设置页指定）';

export function resolveLender(terms: LoanTerms, override: LenderType | null): ResolvedLender {
  if (override !== null) return { type: override, evidence: OVERRIDE_EVIDENCE };
  if (terms.lenderType !== 'unknown')
    return { type: terms.lenderType, evidence: terms.lender.evidence };
  return classifyLender(terms.lender);
}
