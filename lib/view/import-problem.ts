/** Why a history file was not imported, in the borrower's language. */
import type { Translate } from '@/lib/i18n/messages';
import type { ImportProblem } from '@/lib/storage/transfer';

export function importProblemText(problem: ImportProblem, t: Translate): string {
  switch (problem.code) {
    case 'too-large':
      return t('importTooLarge', { mb: problem.limitMb });
    case 'not-json':
      return t('importNotJson');
    case 'not-history':
      return t('importNotHistory');
    case 'bad-entry':
      return t('importBadEntry', { index: problem.entry });
  }
}
