/**
 * "How this was read" (design.md §4): which arithmetic checks between the page's own figures
 * held, which candidate figures were rejected and why, where the schedule came from, and — when
 * the figures do not reconcile or a rate is implausible — the doubt the popup shows as
 * "读取可能有误，请核对". Codes and figures only; the words are made at the view.
 */

/** The roles a figure on the page can play in one loan. */
export type Role =
  | 'principal'
  | 'received'
  | 'term'
  | 'per-period'
  | 'total-repaid'
  | 'total-interest'
  | 'method'
  | 'schedule';

export type CheckId =
  /** The per-period amount is what the repayment method gives at the stated rate. */
  | 'per-period-vs-method'
  /** Per-period amount × periods (or the schedule's sum) equals the page's 还款总额. */
  | 'payments-vs-total'
  /** Total repaid − principal (or Σ interest) equals the page's 总利息. */
  | 'interest-vs-total'
  /** Principal − deductions equals the amount received. */
  | 'received-vs-deductions'
  /** The schedule has as many rows as the term has periods. */
  | 'schedule-vs-term'
  /** The schedule's principal column adds up to the principal. */
  | 'schedule-vs-principal'
  /** The principal a record says is left after the periods repaid is what this principal leaves. */
  | 'remaining-vs-principal'
  /** A single repayment holds principal, interest and the fees the page lists without a time. */
  | 'fees-in-repayment'
  /** A figure the page states is an instalment plus the fees it lists without a time. */
  | 'fees-on-each-instalment';

export interface ReadingCheck {
  id: CheckId;
  held: boolean;
  /** The figures compared (decimal strings), e.g. { expected: "1096.00", shown: "1096.00" }. */
  figures: Record<string, string>;
  /** The page's words each figure came from. */
  quotes: string[];
}

export type RejectReason =
  /** Another reading of the page's figures agrees with itself; this one does not. */
  | 'disagrees-with-figures'
  /** An enumeration of options, a marketing range or a blurb, not this loan's value. */
  | 'enumeration'
  /** An option the borrower did not choose. */
  | 'unselected-option'
  /** A negated clause ("无违约金", "不收取…"). */
  | 'negated'
  /** A field of one row of a plan, repeated in every row ("本金金额：766.80 元"), not the loan's. */
  | 'plan-row'
  /** A signed movement of an account's ledger ("提现金额 -5,000.00"), money in or out, not lent. */
  | 'ledger-entry'
  /** A part of a quote to pay the loan off early ("提前结清金额 · 本金 16,000.00 · 计息天数 19天"):
   *  what is left of the loan today, not the loan. */
  | 'payoff-quote';

export interface RejectedCandidate {
  role: Role;
  value: string;
  quote: string;
  reason: RejectReason;
}

export type ScheduleOrigin =
  /** Rows listed on the page. */
  | 'listed'
  /** A per-period amount repeated over the term. */
  | 'per-period'
  /** One repayment the page states. */
  | 'single'
  /** Computed from the page's own principal, rate, term and method (or 总利息 / 还款总额). */
  | 'derived'
  | 'none';

export type DoubtCode =
  /** Two figures the page states contradict each other. */
  | 'figures-disagree'
  /** The computed rate is negative. */
  | 'rate-negative'
  /** The computed rate is beyond anything a loan charges: a misread figure. */
  | 'rate-absurd'
  /** The payments add up to less than the amount received. */
  | 'payments-below-received'
  /** More was received than borrowed. */
  | 'received-above-principal'
  /** A single repayment whose term (days or months) was not read: it cannot be annualised. */
  | 'single-payment-no-term';

/** The calculator field a doubt points at. */
export type DoubtField = 'principal' | 'received' | 'term' | 'payments';

export interface Doubt {
  code: DoubtCode;
  field: DoubtField;
  /** The conflicting figures (decimal strings; rates as fractions). */
  figures: Record<string, string>;
  /** The page's words behind them. */
  quotes: string[];
}

export interface Reading {
  checks: ReadingCheck[];
  rejected: RejectedCandidate[];
  schedule: ScheduleOrigin;
  /** For a derived schedule: what it was derived from. */
  /** `no-interest`: an IOU that writes no interest, which 民法典第680条 reads as none. */
  derivedFrom?: 'rate' | 'total-interest' | 'total-repaid' | 'no-interest';
  doubt: Doubt | null;
}
