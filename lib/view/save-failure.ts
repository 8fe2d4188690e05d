import type { Translate } from '@/lib/i18n/messages';

/**
 * Why a write to extension storage failed, in the borrower's words. Chromium rejects with
 * "QUOTA_BYTES quota exceeded", Firefox with a QuotaExceededError: both mean the storage is full.
 */
export function saveFailureText(error: unknown, t: Translate): string {
  const reason = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /quota/i.test(reason)
    ? t('storageFull')
    : t('storageSaveFailed', { reason: reason.slice(0, 200) });
}
