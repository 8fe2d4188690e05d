import type { Language, MessageKey, Translate } from '@/lib/i18n/messages';
import type { Finding } from '@/lib/model/report';

import { FindingCard, type OnHighlight } from './FindingCard';

type Group = { key: MessageKey; findings: Finding[]; open: boolean };

// Summary first, details on demand: violations, then warnings, then notes; what could not be
// verified is its own group and never mixed into the violations (design.md §5).
export function FindingGroups({
  findings,
  language,
  t,
  onHighlight,
}: {
  findings: Finding[];
  language: Language;
  t: Translate;
  onHighlight?: OnHighlight | undefined;
}) {
  const failed = (severity: Finding['severity']) =>
    findings.filter((f) => f.outcome === 'fail' && f.severity === severity);
  const groups: Group[] = [
    { key: 'groupViolation', findings: failed('violation'), open: true },
    { key: 'groupWarning', findings: failed('warning'), open: true },
    { key: 'groupInfo', findings: failed('info'), open: true },
    {
      key: 'groupIncomplete',
      findings: findings.filter((f) => f.outcome === 'incomplete'),
      open: false,
    },
    { key: 'groupPassed', findings: findings.filter((f) => f.outcome === 'pass'), open: false },
  ];
  return (
    <section aria-labelledby="findings-title" data-testid="findings">
      <h2 id="findings-title">{t('findingsTitle')}</h2>
      {groups
        .filter((g) => g.findings.length > 0)
        .map((g) => (
          <details class={`group group-${g.key}`} open={g.open} key={g.key}>
            <summary>
              {t(g.key)}（{g.findings.length}）
            </summary>
            {g.findings.map((f) => (
              <FindingCard
                finding={f}
                language={language}
                t={t}
                onHighlight={onHighlight}
                key={f.id}
              />
            ))}
          </details>
        ))}
    </section>
  );
}
