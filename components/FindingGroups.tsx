import type { Language, Translate } from '@/lib/i18n/messages';
import type { Finding } from '@/lib/model/report';
import { findingGroups } from '@/lib/view/key-figures';

import { FindingCard, type OnHighlight } from './FindingCard';

// The groups and their order are the view model's (lib/view/key-figures.ts), shared with the
// terminal.
export function FindingGroups({
  findings,
  language,
  t,
  onHighlight,
  demands = {},
}: {
  findings: Finding[];
  language: Language;
  t: Translate;
  onHighlight?: OnHighlight | undefined;
  /** Each finding's demands in the view's language, from its claims (lib/letters/card-demands.ts). */
  demands?: Readonly<Record<string, readonly string[]>>;
}) {
  return (
    <section aria-labelledby="findings-title" data-testid="findings">
      <h2 id="findings-title">{t('findingsTitle')}</h2>
      {findingGroups(findings).map((g) => (
        <details class={`group group-${g.key}`} open={g.open} key={g.key}>
          <summary>
            {t(g.key)}
            {language === 'en'
              ? ` (${String(g.findings.length)})`
              : `（${String(g.findings.length)}）`}
          </summary>
          {g.findings.map((f) => (
            <FindingCard
              finding={f}
              language={language}
              t={t}
              onHighlight={onHighlight}
              demands={demands[f.id]}
              key={f.id}
            />
          ))}
        </details>
      ))}
    </section>
  );
}
