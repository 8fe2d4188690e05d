/**
 * Why a scan failed (a code from the background or the popup, lib/messaging/protocol.ts) in the
 * borrower's language: the one table the popup and `audit` both say it from.
 */
import type { MessageKey, Translate } from '@/lib/i18n/messages';
import { type ScanError, scanTimeLimitMs } from '@/lib/messaging/protocol';

export const SCAN_ERROR_KEYS: Readonly<Record<ScanError, MessageKey>> = {
  'page-not-readable': 'scanErrorPageNotReadable',
  'reading-malformed': 'scanErrorReadingMalformed',
  'analysis-failed': 'scanErrorAnalysisFailed',
  'report-unreadable': 'scanErrorReportUnreadable',
  'storage-full': 'scanErrorStorageFull',
  'storage-failed': 'scanErrorStorageFailed',
  'worker-gone': 'scanErrorWorkerGone',
  'timed-out': 'scanErrorTimedOut',
};

export function scanErrorText(error: ScanError, t: Translate): string {
  return t(SCAN_ERROR_KEYS[error], { seconds: scanTimeLimitMs / 1000 });
}
