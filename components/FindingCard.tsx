import type { Language, Translate } from '@/lib/i18n/messages';
import type { Finding } from '@/lib/model/report';

export function FindingCard({
  finding,
  language,
  t,
}: {
  finding: Finding;
  language: Language;
  t: Translate;
}) {
  const title = language === 'en' ? finding.titleEn : finding.title;
  const explanation = language === 'en' ? finding.explanation.en : finding.explanation.zh;
  return (
    <details
      class={`finding finding-${finding.outcome === 'fail' ? finding.severity : finding.outcome}`}
      data-rule={finding.id}
    >
      <summary>
        <span class="finding-title">{title}</span>
        <code class="finding-id">{finding.id}</code>
      </summary>
      <p class="finding-explanation">{explanation}</p>
      {finding.missing !== undefined && finding.missing.length > 0 && (
        <p class="finding-missing">
          {t('missingFacts')}
          {finding.missing.join('、')}
        </p>
      )}
      {finding.evidence.length > 0 && (
        <div class="finding-evidence">
          <h4>{t('pageWords')}</h4>
          <ul>
            {finding.evidence.map((e) => (
              <li key={e.label + e.text}>
                <span class="evidence-label">{e.label}：</span>
                <q>{e.text}</q>
              </li>
            ))}
          </ul>
        </div>
      )}
      {finding.basis.length > 0 && (
        <div class="finding-basis">
          <h4>{t('legalBasis')}</h4>
          <ul>
            {finding.basis.map((b) => (
              <li key={b.instrument + b.article}>
                {b.instrument}
                {b.article}
                {b.quote !== undefined && <blockquote>{b.quote}</blockquote>}
                {!b.confirmed && <span class="unconfirmed">{t('basisUnconfirmed')}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </details>
  );
}
