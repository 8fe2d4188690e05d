/**
 * Reading the given files and analysing them, with every failure turned into a sentence for the
 * borrower (no stack trace reaches the page) and the files left as they were.
 */
import {
  analyseDocument,
  DocumentTooLarge,
  type DocumentAnalysis,
} from '@/lib/documents/analyse-document';
import { readFiles, UnreadableFile, type ReadResult } from '@/lib/documents/read-files';
import type { Translate } from '@/lib/i18n/messages';
import type { Settings } from '@/lib/storage/settings';

export type FilesRead = Pick<ReadResult, 'previews' | 'timings'>;

export async function readDroppedFiles(
  files: File[],
  settings: Settings,
  t: Translate,
): Promise<
  { ok: true; read: FilesRead; analysis: DocumentAnalysis } | { ok: false; message: string }
> {
  try {
    const read = await readFiles(
      files,
      async () => (await import('@/lib/documents/ocr/browser')).ocrImage,
    );
    const analysis = analyseDocument(read.doc, {
      title: read.title,
      settings,
      now: new Date().toISOString(),
    });
    return { ok: true, read, analysis };
  } catch (e) {
    if (e instanceof DocumentTooLarge) return { ok: false, message: t('filesTooLarge') };
    if (e instanceof UnreadableFile)
      return { ok: false, message: t('filesUnreadable', { name: e.message }) };
    console.error(e);
    return { ok: false, message: t('filesFailed') };
  }
}
