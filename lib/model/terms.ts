/**
 * Loan terms as read from a page (or typed by the borrower), in wire form: money and rates are
 * decimal strings ("10000.00", "0.144"), never JS numbers. This is the `terms` object of the
 * report contract (design.md §6); fields may be added, none may change meaning.
 */
import type { Reading } from './reading';

import type { FeeWhen, LenderType, RateContext, RateKind, RepaymentMethod } from './vocabulary';

export type { FeeWhen, LenderType, RateContext, RateKind, RepaymentMethod } from './vocabulary';

/** Where a figure came from, so the popup can quote it and highlight it on the page. */
export interface Source {
  /** The page's own words, verbatim. */
  text: string;
  locator: string;
  /** Read from fine print (closed `<details>`, collapsed panel): a term, but not prominently shown. */
  finePrint: boolean;
}

export interface StatedRate {
  /** The exact visible label, e.g. "年化利率（单利）". */
  label: string;
  kind: RateKind;
  /** Decimal fraction as stated: 万分之6 → "0.0006". */
  value: string;
  valueText: string;
  /** The annual figure the page presents as the rate of this loan (at most one). */
  primary?: boolean;
  /** Set on marketing minimums (低至/起), ranges, cap claims and unselected options. */
  context?: RateContext;
  source?: Source;
  /** How prominently the rate is shown (rule apr-less-prominent): its value's font size in CSS px
   *  and vertical position in page px. Absent when typed by the borrower. */
  prominence?: { fontSize: number; y: number };
}

export interface Fee {
  name: string;
  when: FeeWhen;
  /** Amount per occurrence, when the page gives an amount. */
  amount?: string;
  /** Rate per period (or per day for overdue terms), when the page gives a rate. */
  rate?: string;
  rateBasis?:
    'original-principal' | 'balance' | 'overdue-amount' | 'prepaid-principal' | 'contract-rate';
  ratePer?: 'day' | 'month' | 'year' | 'once';
  /** The page names no period: `ratePer` is the reader's reading of the rate's size (a penalty of
   *  0.1% or less is a day's), so it may not carry an accusation alone. */
  periodAssumed?: true;
  /** For `once`: the period (1-based) it is charged in. */
  period?: number;
  /** For `once`: paid with the last repayment ("到期偿还借款本息时，将信息服务费一并支付"). */
  withLast?: true;
  /** For `once`: the day it is charged, when the page names one apart from any instalment
   *  ("服务费150元，于2026年5月11日单独扣收"): a cash flow of its own on that day. */
  dueDate?: string;
  payee?: string;
  /** A pre-ticked checkbox added it; the borrower did not choose it. */
  preselected?: boolean;
  source?: Source;
}

export interface Payment {
  dueDate: string | null;
  /** Everything paid in the period: principal + interest + every loan-linked fee. */
  amount: string;
  principal?: string;
  interest?: string;
  fees?: Record<string, string>;
  source?: Source;
}

export interface PrepaymentTerms {
  text: string;
  /** The clause charges a fee, a penalty or interest beyond the actual period. */
  penalty: boolean;
  source?: Source;
}

export interface LenderInfo {
  type: LenderType;
  name: string | null;
  /** The page's words that decided the type ("XX消费金融有限公司"). */
  evidence: string | null;
  /** The platform brand, when it differs from the named lender. */
  platform?: string | null;
  /** The page's own words that leave the lender unnamed ("资金由合作机构提供"), when no lender is named. */
  hiddenBy?: string | null;
}

/**
 * The reason given for a fee the page names with its amount but not when it is charged, which
 * neither the plan nor the page's figures place: left out of the cash flows, never guessed in.
 */
export const UNPLACED_FEE = 'fee not placed';

/** A label whose value could not be read: reported as unreadable, never guessed. */
export interface Unreadable {
  label: string;
  text: string;
  reason: string;
}

export interface LoanTerms {
  principal: string | null;
  received: string | null;
  termMonths: number | null;
  termDays: number | null;
  repaymentMethod: RepaymentMethod | null;
  payments: Payment[];
  statedRates: StatedRate[];
  fees: Fee[];
  lenderType: LenderType;
  lender: LenderInfo;
  contractDate: string | null;
  disbursementDate: string | null;
  prepayment: PrepaymentTerms | null;
  /** Whether the page shows or links the loan agreement (民法典第668条). */
  agreementShown: boolean | null;
  unreadable: Unreadable[];
  /** Sources of the scalar terms, keyed by field name ("principal", "received", …). */
  sources: Partial<
    Record<'principal' | 'received' | 'term' | 'repaymentMethod' | 'contractDate', Source>
  >;
  /** How this was read: the checks, the rejected candidates, the schedule's origin (reading.ts). */
  reading?: Reading;
}
