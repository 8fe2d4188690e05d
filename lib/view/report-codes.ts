/**
 * The report's notes and its rate problem (codes with data, lib/model/report-codes.ts) in the
 * borrower's language: the one place the popup, the past-checks page and the CLI turn them into
 * words. Each code has its key here (the Record says every code has one) and the key has its zh and
 * en text in lib/i18n (the table type says both exist); the strict filler throws on a missing value.
 */
import type { MessageKey, Translate } from '@/lib/i18n/messages';
import type { AprProblem, AprProblemCode, NoteCode, ReportNote } from '@/lib/model/report-codes';

export const NOTE_KEYS: Readonly<Record<NoteCode, MessageKey>> = {
  'partial-read': 'notePartialRead',
  'unreadable-value': 'noteUnreadableValue',
  'fee-not-placed': 'noteFeeNotPlaced',
  'received-assumed': 'noteReceivedAssumed',
  'rate-kind-unknown': 'noteRateKindUnknown',
  'legacy-text': 'noteLegacyText',
  'ocr-read': 'noteOcrRead',
  'figures-to-check': 'noteFiguresToCheck',
  'cut-text': 'noteCutText',
  'cut-locator': 'noteCutLocator',
  'cut-title': 'noteCutTitle',
  'cut-url': 'noteCutUrl',
  'cut-blocks': 'noteCutBlocks',
  'cut-pairs': 'noteCutPairs',
  'cut-tables': 'noteCutTables',
  'cut-columns': 'noteCutColumns',
  'cut-rows': 'noteCutRows',
  'cut-controls': 'noteCutControls',
  'cut-links': 'noteCutLinks',
};

export const APR_PROBLEM_KEYS: Readonly<Record<AprProblemCode, MessageKey>> = {
  'no-amount': 'aprNoAmount',
  'received-not-number': 'aprReceivedNotNumber',
  'received-not-positive': 'aprReceivedNotPositive',
  'received-too-large': 'aprReceivedTooLarge',
  'no-payments': 'aprNoPayments',
  'too-many-periods': 'aprTooManyPeriods',
  'payment-not-number': 'aprPaymentNotNumber',
  'payment-negative': 'aprPaymentNegative',
  'payment-too-large': 'aprPaymentTooLarge',
  'payments-all-zero': 'aprPaymentsAllZero',
  'several-roots': 'aprSeveralRoots',
  'repaid-below-received': 'aprRepaidBelowReceived',
  'no-root': 'aprNoRoot',
  'rate-negative': 'aprRateNegative',
  'rate-absurd': 'aprRateAbsurd',
  'repaid-out-of-proportion': 'aprRepaidOutOfProportion',
  'reading-in-doubt': 'aprReadingInDoubt',
  'legacy-text': 'aprLegacyText',
};

export function noteText(note: ReportNote, t: Translate): string {
  return t(NOTE_KEYS[note.code], note.data);
}

export function aprProblemText(problem: AprProblem, t: Translate): string {
  return t(APR_PROBLEM_KEYS[problem.code], problem.data);
}
