/**
 * The borrower's settings as the analysis and the letters use them. Declared here, below every
 * layer that reads them; lib/storage/settings.ts validates what storage holds against this shape.
 */
import type { LenderType } from './vocabulary';

export type Language = 'zh-CN' | 'en';

/** What a letter carries about its sender, kept only in this browser. */
export interface Borrower {
  name: string;
  phone: string;
  idNumber: string;
  address: string;
  city: string;
}

export interface Settings {
  schemaVersion: 1;
  language: Language;
  /** The lender type when the page hides it (options page); null: as read. */
  lenderTypeOverride: LenderType | null;
  /** One-year LPR figures the borrower added: ISO date and a decimal fraction. */
  userLpr: { date: string; value: string }[];
  borrower: Borrower;
}
