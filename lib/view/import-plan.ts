/** What an import stored and what it did not, and the question asked before it evicts anything. */
import type { Translate } from '@/lib/i18n/messages';
import { historyCap } from '@/lib/storage/history';
import type { ImportPlan } from '@/lib/storage/transfer';

/** The question asked before an import pushes out records the borrower already had. */
export const evictionQuestion = (plan: ImportPlan, t: Translate): string =>
  t('importConfirmEvict', { cap: historyCap, added: plan.added, evicted: plan.evicted });

/** What was stored and what was not: every record of the file is accounted for. */
export function importedText(plan: ImportPlan, t: Translate): string {
  return [
    t('historyImported', { added: plan.added }),
    ...(plan.duplicates > 0 ? [t('importDuplicates', { count: plan.duplicates })] : []),
    ...(plan.overCap > 0 ? [t('importOverCap', { count: plan.overCap, cap: historyCap })] : []),
    ...(plan.evicted > 0 ? [t('importEvicted', { count: plan.evicted })] : []),
  ].join('；');
}
