/**
 * The report (design.md §6): what `npm run audit -- --json` prints and the popup renders.
 * Wire form only (strings for money and rates), so it survives storage and messaging unchanged.
 */
import type { Reading } from './reading';
import type { AprProblem, ReportNote } from './report-codes';
import type { LoanTerms } from './terms';

export type Severity = 'violation' | 'warning' | 'info';
export type Outcome = 'fail' | 'pass' | 'incomplete' | 'inapplicable';

export interface LegalBasis {
  /** 《中华人民共和国民法典》 */
  instrument: string;
  /** 第六百七十条 */
  article: string;
  /** The text quoted, where the rulebook quotes it. */
  quote?: string;
  /** Effective date (ISO), where known. */
  effective?: string;
  /** Where the wording was taken from (legal.md's citation). */
  source: string;
  /** False for bases legal.md marks UNCONFIRMED: the finding is then a warning and says so. */
  confirmed: boolean;
}

export interface Evidence {
  label: string;
  text: string;
  locator?: string;
  finePrint?: boolean;
}

export interface Finding {
  id: string;
  severity: Severity;
  outcome: Outcome;
  title: string;
  titleEn: string;
  /** Plain Chinese with the page's own numbers; English second. */
  explanation: { zh: string; en: string };
  basis: LegalBasis[];
  /** The complaint paragraph (Chinese) and what the borrower can ask for; only on `fail`. */
  complaint?: string;
  demands?: string[];
  /** For `incomplete`: the facts the page did not give. */
  missing?: string[];
  evidence: Evidence[];
  /** The figures the texts were filled from (decimal strings). */
  data: Record<string, string>;
}

export type AprMethod = 'monthly' | 'daily' | 'single';

export interface Apr {
  /** Periodic IRR × periods per year: what 年化利率（单利） and the legal lines are compared with. */
  nominal: string;
  /** (1 + periodic IRR)^(periods per year) − 1: 复利 / IRR. */
  effective: string;
  method: AprMethod;
  /** The periodic IRR itself (monthly, daily or whole-term). */
  periodic: string;
  /** Daily IRR × 365 on actual days, when every date is shown. */
  daily365?: string | null;
}

export interface MoneySummary {
  principal: string | null;
  received: string;
  totalRepaid: string;
  /** totalRepaid − received: interest plus every fee. */
  totalCost: string;
  interest: string | null;
  fees: { name: string; amount: string }[];
}

export interface LprUsed {
  value: string;
  /** Publication date of the value used. */
  date: string;
  confirmed: boolean;
  /** Date of the newest entry in the table, so the popup can say how old the table is. */
  tableNewest: string;
  /** The borrower added this value in the options page. */
  userSupplied: boolean;
}

export interface Report {
  schemaVersion: 1;
  /** The file or URL given to `audit`; the page URL in the extension. */
  input: string;
  url: string;
  title: string;
  scannedAt: string;
  terms: LoanTerms | null;
  apr: Apr | null;
  /** The same cash flows with CF0 = the contract amount, for the 民法典第670条 recalculation. */
  aprOnContract: Apr | null;
  /** Why no rate could be computed, as a code and its data (./report-codes.ts); the view says it. */
  aprProblem: AprProblem | null;
  money: MoneySummary | null;
  lpr: LprUsed | null;
  findings: Finding[];
  /** How the page was read (a bound was hit, a value was unreadable, …), as codes and their data. */
  notes: ReportNote[];
  /**
   * How this was read: the arithmetic checks between the page's figures, the candidates left out,
   * where the schedule came from (listed or derived), and the doubt, if any ("读取可能有误，请核对").
   * Null when no loan was read. Absent in reports made before it existed.
   */
  reading?: Reading | null;
}
