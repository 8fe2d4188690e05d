import { useState } from 'preact/hooks';

import type { Language, Translate } from '@/lib/i18n/messages';
import { missingInEnglish, labelInEnglish } from '@/lib/i18n/finding-words';
import type { Evidence, Finding } from '@/lib/model/report';

/** Asks the page to highlight an evidence item; resolves false when it could not. */
export type OnHighlight = (locator: string) => Promise<boolean>;

function EvidenceItem({
  evidence,
  onHighlight,
  language,
  t,
}: {
  evidence: Evidence;
  onHighlight: OnHighlight | undefined;
  language: Language;
  t: Translate;
}) {
  const [failed, setFailed] = useState(false);
  const locator = evidence.locator;
  const english = language === 'en' ? labelInEnglish(evidence.label) : null;
  return (
    <li>
      <span class="evidence-label">
        {language !== 'en' ? (
          `${evidence.label}：`
        ) : english !== null ? (
          `${english}: `
        ) : (
          <>
            <q>{evidence.label}</q>:{' '}
          </>
        )}
      </span>
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
  demands,
}: {
  finding: Finding;
  language: Language;
  t: Translate;
  onHighlight?: OnHighlight | undefined;
  /** The finding's demands from its claims, in the view's language; absent: the rule's own (Chinese). */
  demands?: readonly string[] | undefined;
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
      </summary>
      <p class="finding-explanation">{explanation}</p>
      {finding.missing !== undefined && finding.missing.length > 0 && (
        <p class="finding-missing">
          {t('missingFacts')}
          {language === 'en'
            ? finding.missing.map(missingInEnglish).join('; ')
            : finding.missing.join('、')}
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
                language={language}
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
                <cite>
                  {b.instrument}
                  {b.article}
                </cite>
                {b.quote !== undefined && <blockquote>{b.quote}</blockquote>}
                {!b.confirmed && <span class="unconfirmed">{t('basisUnconfirmed')}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {finding.outcome === 'fail' && (
        <Demands demands={demands ?? (language === 'en' ? [] : (finding.demands ?? []))} t={t} />
      )}
    </details>
  );
}

function Demands({ demands, t }: { demands: readonly string[]; t: Translate }) {
  if (demands.length === 0) return null;
  return (
    <div class="finding-demands">
      <h3 class="sub">{t('demandsTitle')}</h3>
      <ul>
        {demands.map((d) => (
          <li key={d}>{d}</li>
        ))}
      </ul>
    </div>
  );
}
