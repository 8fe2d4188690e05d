import { useState } from 'preact/hooks';

import type { Language, Translate } from '@/lib/i18n/messages';
import type { Evidence, Finding } from '@/lib/model/report';

/** Asks the page to highlight an evidence item; resolves false when it could not. */
export type OnHighlight = (locator: string) => Promise<boolean>;

function EvidenceItem({
  evidence,
  onHighlight,
  t,
}: {
  evidence: Evidence;
  onHighlight: OnHighlight | undefined;
  t: Translate;
}) {
  const [failed, setFailed] = useState(false);
  const locator = evidence.locator;
  return (
    <li>
      <span class="evidence-label">{evidence.label}：</span>
      <q>{evidence.text}</q>
      {onHighlight !== undefined && locator !== undefined && locator !== '' && (
        <button
          type="button"
          class="link-button"
          data-testid="show-on-page"
          aria-label={t('showOnPageLabel', { label: evidence.label })}
          onClick={() => {
            void onHighlight(locator).then((ok) => {
              setFailed(!ok);
            });
          }}
        >
          {t('showOnPage')}
        </button>
      )}
      {failed && (
        <span class="note" role="status">
          {t('highlightFailed')}
        </span>
      )}
    </li>
  );
}

export function FindingCard({
  finding,
  language,
  t,
  onHighlight,
}: {
  finding: Finding;
  language: Language;
  t: Translate;
  onHighlight?: OnHighlight | undefined;
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
          <h3 class="sub">{t('pageWords')}</h3>
          <ul>
            {finding.evidence.map((e, i) => (
              <EvidenceItem
                key={`${String(i)}${e.label}`}
                evidence={e}
                onHighlight={onHighlight}
                t={t}
              />
            ))}
          </ul>
        </div>
      )}
      {finding.basis.length > 0 && (
        <div class="finding-basis">
          <h3 class="sub">{t('legalBasis')}</h3>
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
      {finding.outcome === 'fail' &&
        finding.demands !== undefined &&
        finding.demands.length > 0 && (
          <div class="finding-demands">
            <h3 class="sub">{t('demandsTitle')}</h3>
            <ul>
              {finding.demands.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          </div>
        )}
    </details>
  );
}
