import type { Translate } from '@/lib/i18n/messages';
import { verdictText, type Verdict } from '@/lib/view/verdict';

// The symbol and the words carry the meaning; colour only repeats it (WCAG 1.4.1).
const look = {
  'no-terms': { symbol: 'ⓘ', tone: 'neutral' },
  clean: { symbol: '✓', tone: 'ok' },
  unpriced: { symbol: '?', tone: 'warn' },
  'fees-unplaced': { symbol: '?', tone: 'warn' },
  doubt: { symbol: '?', tone: 'warn' },
  issues: { symbol: '!', tone: 'bad' },
} as const;

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
