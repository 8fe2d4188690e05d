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

/**
 * The longest each detail may be, in characters: one table for the storage schema and the options
 * page's inputs, so a value the page accepts is always one storage reads back.
 */
export const borrowerLimits = {
  name: 100,
  phone: 40,
  idNumber: 40,
  address: 300,
  city: 100,
} as const satisfies Record<keyof Borrower, number>;

/** Ten years of monthly LPR announcements: the most `userLpr` holds. */
export const userLprCap = 120;

/** A setting that was stored but could not be read back (a code; the options page words it). */
export type SettingsField =
  'language' | 'lenderTypeOverride' | 'userLpr' | `borrower.${keyof Borrower}`;

export interface Settings {
  schemaVersion: 1;
  language: Language;
  /** The lender type when the page hides it (options page); null: as read. */
  lenderTypeOverride: LenderType | null;
  /** One-year LPR figures the borrower added: ISO date and a decimal fraction. */
  userLpr: { date: string; value: string }[];
  borrower: Borrower;
}
