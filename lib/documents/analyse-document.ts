/**
 * A read document → the report, exactly as a web page's extraction becomes one: the same reader,
 * the same pipeline. What recognition was unsure of travels beside the report (`doubts`), and
 * `shown` is the report to display before the borrower has checked those figures.
 */
import { analyseExtraction } from '@/lib/analysis/analyse';
import { rawExtractionSchema } from '@/lib/messaging/raw-extraction-schema';
import type { RawExtraction } from '@/lib/model/extraction';
import type { Report } from '@/lib/model/report';
import type { ReportNote } from '@/lib/model/report-codes';
import type { Settings } from '@/lib/storage/settings';

import { type Doubt, doubtsOf, withheldUntilConfirmed } from './doubts';
import type { PositionedDocument } from './model';
import { readPositioned } from './to-extraction';

export class DocumentTooLarge extends Error {}

export interface DocumentAnalysis {
  raw: RawExtraction;
  /** The analysis as if every figure were right. */
  report: Report;
  /** The analysis to show until the borrower confirms the doubtful figures. */
  shown: Report;
  doubts: Doubt[];
}

export function analyseDocument(
  doc: PositionedDocument,
  options: {
    title: string;
    settings: Pick<Settings, 'lenderTypeOverride' | 'userLpr'>;
    now: string;
  },
): DocumentAnalysis {
  const { raw, confidence } = readPositioned(doc, options.title);
  // A file is as untrusted as a page: the same bounds as the scanner's output (a PDF of
  // megabytes of text must not be parsed whole).
  const valid = rawExtractionSchema.safeParse(raw);
  if (!valid.success) throw new DocumentTooLarge();
  const ocrPages = doc.pages.filter((p) => p.via === 'ocr').length;
  const notes: ReportNote[] =
    ocrPages > 0 ? [{ code: 'ocr-read', data: { pages: String(ocrPages) } }] : [];
  const report = analyseExtraction(raw, {
    input: doc.files.join(' + '),
    settings: options.settings,
    now: options.now,
    notes,
  });
  const doubts = doubtsOf(raw, confidence);
  return { raw, report, shown: withheldUntilConfirmed(report, doubts), doubts };
}
