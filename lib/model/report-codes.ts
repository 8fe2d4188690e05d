/**
 * What the report says about itself in codes, not words (codes below, words at the view): the notes
 * on how the page was read, and why no true rate could be computed. Each code lists the data its
 * words are filled from; the types, the stored-report schema and the view's tables all derive from
 * these two tables, so a code without words or a placeholder without a value is a compile error
 * or a failing table test.
 */

/** A note on how the page was read. `legacy-text` carries a sentence stored by an older version. */
export const NOTE_DATA = {
  'partial-read': [],
  'unreadable-value': ['label', 'text'],
  /** A fee named with its amount whose time the page does not say (UNPLACED_FEE): left out. */
  'fee-not-placed': ['label', 'text'],
  'received-assumed': [],
  'rate-kind-unknown': ['label'],
  'legacy-text': ['text'],
  /** Pages of a screenshot or a scanned PDF read by local OCR. */
  'ocr-read': ['pages'],
  /** Recognised figures the borrower has not checked yet: figure-based findings are held back. */
  'figures-to-check': [],
  // What a reading lost to its size limits (lib/model/extraction-limits.ts), one note per kind.
  'cut-text': ['limit'],
  'cut-locator': ['limit'],
  'cut-title': ['limit'],
  'cut-url': ['limit'],
  'cut-blocks': ['limit'],
  'cut-pairs': ['limit'],
  'cut-tables': ['limit'],
  'cut-columns': ['limit'],
  'cut-rows': ['limit'],
  'cut-controls': ['limit'],
  'cut-links': ['limit'],
} as const satisfies Record<string, readonly string[]>;

/**
 * Why no true rate could be computed. `no-amount` is the pipeline's (no amount on the page); the
 * others are `computeApr`'s; `legacy-text` carries a sentence stored by an older version.
 */
export const APR_PROBLEM_DATA = {
  'no-amount': [],
  'received-not-number': ['received'],
  'received-not-positive': ['received'],
  'received-too-large': ['received'],
  'no-payments': [],
  'too-many-periods': ['count', 'max'],
  'payment-not-number': ['period', 'amount'],
  'payment-negative': ['period', 'amount'],
  'payment-too-large': ['period', 'amount'],
  'payments-all-zero': [],
  'several-roots': ['rates'],
  'repaid-below-received': ['repaid', 'received'],
  'no-root': [],
  // The sanity gate (lib/analysis/sanity-gate.ts): figures no real loan has, so no rate is shown.
  'rate-negative': ['percent'],
  'rate-absurd': ['percent'],
  'repaid-out-of-proportion': ['repaid', 'received'],
  /** The sanity gate doubts the reading (report.reading.doubt says why): no rate is computed. */
  'reading-in-doubt': [],
  'legacy-text': ['text'],
} as const satisfies Record<string, readonly string[]>;

/**
 * The rate problems that mean "the figures were probably misread": the verdict is then "读取可能有误，
 * 请核对", never "no problems found". Less repaid than received is one of them (computeApr's).
 */
export const DOUBT_CODES = [
  'rate-negative',
  'rate-absurd',
  'repaid-out-of-proportion',
  'repaid-below-received',
  'reading-in-doubt',
] as const satisfies readonly (keyof typeof APR_PROBLEM_DATA)[];

type Coded<T extends Record<string, readonly string[]>> = {
  [C in keyof T & string]: { code: C; data: { readonly [K in T[C][number]]: string } };
}[keyof T & string];

export type NoteCode = keyof typeof NOTE_DATA;
export type ReportNote = Coded<typeof NOTE_DATA>;
export type AprProblemCode = keyof typeof APR_PROBLEM_DATA;
export type AprProblem = Coded<typeof APR_PROBLEM_DATA>;

export const noteCodes = Object.keys(NOTE_DATA) as NoteCode[];
export const aprProblemCodes = Object.keys(APR_PROBLEM_DATA) as AprProblemCode[];
