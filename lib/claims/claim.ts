/**
 * A claim: what one finding lets the borrower ask for, on one legal basis, with the amount computed
 * (a decimal string in yuan) or null and the reason it cannot be. Claims are data: the letters
 * (lib/letters), the popup's money sentence and `audit --letters` all read them, and none adds
 * them up — two claims on different bases often count part of the same money (`overlaps`).
 */
import type { CitationId } from '@/lib/law/citations';

export type ClaimKind =
  /** 民法典第670条: the schedule rebuilt on the amount actually received. */
  | 'deduction-670'
  /** Interest and fees above the legal line: 24% (licensed lenders) or 4×LPR (private lending). */
  | 'above-line'
  /** A loan fee left out of the annual rate shown (公告〔2021〕第3号 第三条). */
  | 'fee'
  /** An add-on ticked in advance (消费者权益保护法第二十六条). */
  | 'addon'
  /** A charge for repaying early. */
  | 'prepayment'
  /** Overdue interest, penalties and fees. */
  | 'overdue'
  /** Not money: show the true rate, name the lender, show the contract. */
  | 'disclosure';

/** Why a claim carries no amount. */
export type NoAmountReason =
  | 'not-monetary'
  | 'depends-on-prepayment-date'
  | 'depends-on-overdue'
  | 'schedule-incomplete'
  /** The same money is claimed by another finding's claim (the 36% line inside the 24% one). */
  | 'covered-by-other-claim'
  /** A private loan made before 2020-08-20: two periods under two regimes (民间借贷规定第31条). */
  | 'legacy-split-period';

export interface Claim {
  findingId: string;
  kind: ClaimKind;
  basis: CitationId;
  /** Yuan to the fen ("318.78"), or null with `noAmount`. */
  amount: string | null;
  noAmount: NoAmountReason | null;
  /** The fee or add-on the claim is about, in the page's words. */
  item?: string;
  /** For `above-line`: the line as a decimal fraction ("0.24"). */
  line?: string;
  /** The line holds only if the lender is licensed, which the page does not show. */
  ifLicensed?: boolean;
  /** Findings whose claims count part of the same money: never add these amounts together. */
  overlaps: string[];
  /** The figures the amount was computed from (decimal strings), for the letters' facts. */
  figures: Record<string, string>;
}

export const isMonetary = (c: Claim): boolean => c.amount !== null;
