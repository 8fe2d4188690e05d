import type { Translate } from '@/lib/i18n/messages';
import type { Verdict } from '@/lib/report/verdict';

// The symbol and the words carry the meaning; colour only repeats it (WCAG 1.4.1).
const look = {
  'no-terms': { symbol: 'ⓘ', tone: 'neutral' },
  clean: { symbol: '✓', tone: 'ok' },
  issues: { symbol: '!', tone: 'bad' },
} as const;

export function verdictText(verdict: Verdict, t: Translate): string {
  return verdict.kind === 'no-terms'
    ? t('verdictNoTerms')
    : verdict.kind === 'clean'
      ? t('verdictClean')
      : verdict.violations > 0
        ? t('verdictCounts', { violations: verdict.violations, warnings: verdict.warnings })
        : t('verdictWarningsOnly', { warnings: verdict.warnings });
}

export function VerdictBanner({ verdict, t }: { verdict: Verdict; t: Translate }) {
  const text = verdictText(verdict, t);
  const tone =
    verdict.kind === 'issues' && verdict.violations === 0 ? 'warn' : look[verdict.kind].tone;
  return (
    <div class={`verdict verdict-${tone}`} role="status" data-testid="verdict">
      <span class="verdict-symbol" aria-hidden="true">
        {look[verdict.kind].symbol}
      </span>
      <span>{text}</span>
    </div>
  );
}
