/**
 * What the background pipeline hands the rule catalogue, and what each rule sees: the same plus
 * the facts the runner settles once (lender type, contract date, LPR) so no two rules disagree.
 */
import type { Apr, LprUsed, MoneySummary } from '@/lib/model/report';
import type { LenderType, LoanTerms } from '@/lib/model/terms';

export interface RuleContext {
  terms: LoanTerms;
  /** Computed from the cash flows with CF0 = amount received (null when not computable). */
  apr: Apr | null;
  /** Same flows with CF0 = contract amount (for 第670条 explanations). */
  aprOnContract: Apr | null;
  /**
   * Same flows with the fees the page names but does not say when it charges (unreadable 'fee not
   * placed') taken at payout, the costliest place they could be paid; null when there are none.
   */
  aprWithUnplacedFees: Apr | null;
  money: MoneySummary | null;
  /** Refund figure per 民法典第670条, computed by lib/finance (to the cent), or null. */
  overcharge670: string | null;
  lenderTypeOverride: LenderType | null;
  /** Newer LPR values the borrower added (decimal fractions, "0.03"). */
  userLpr: { date: string; value: string }[];
  /** ISO date, used when the page shows no contract date. */
  today: string;
}

export interface RuleInput extends RuleContext {
  lenderType: LenderType;
  lenderEvidence: string | null;
  /** The contract date, or `today` when the page shows none (see `contractDateShown`). */
  contractDate: string;
  contractDateShown: boolean;
  /** The one-year LPR in force on `contractDate`, or null before the first LPR. */
  lpr: LprUsed | null;
}
