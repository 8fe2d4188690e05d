import type { ComponentChildren } from 'preact';

import { atStake } from '@/lib/claims/at-stake';
import { claimsOf } from '@/lib/claims/claims-of';
import type { Language, Translate } from '@/lib/i18n/messages';
import { cardDemands } from '@/lib/letters/card-demands';
import type { Report } from '@/lib/model/report';
import { formatRate } from '@/lib/text/format';
import { noteText } from '@/lib/view/report-codes';
import { scanErrorText } from '@/lib/view/scan-error';
import { verdictOf, verdictText } from '@/lib/view/verdict';
import type { ScanState } from '@/lib/storage/scan-state';

import { CalculatorForm, type CalculatorFormProps } from './CalculatorForm';
import { ComplaintPanel, type ComplaintPanelProps } from './ComplaintPanel';
import type { OnHighlight } from './FindingCard';
import { FindingGroups } from './FindingGroups';
import { HowComputed } from './HowComputed';
import { KeyFigures } from './KeyFigures';
import { MoneyAtStake } from './MoneyAtStake';
import { MoneyBar } from './MoneyBar';
import { RateChart } from './RateChart';
import { DoubtNotice, ReadingPanel } from './ReadingPanel';
import { VerdictBanner } from './VerdictBanner';

export interface CalculatorSlot {
  open: boolean;
  onToggle: () => void;
  form: Omit<CalculatorFormProps, 't'>;
  /** The form reads as loan terms: `report` is the analysis of what the borrower typed. */
  valid: boolean;
}

export interface PopupViewProps {
  report: Report | null;
  scan: ScanState | null;
  language: Language;
  t: Translate;
  complaint: Omit<ComplaintPanelProps, 'language' | 't'>;
  /** Present when a live tab can highlight evidence (not in the history's read-only view). */
  onHighlight?: OnHighlight | undefined;
  /** Link to the history page; absent where the view is shown inside it. */
  historyHref?: string | undefined;
  /** Link to the page that reads screenshots and PDF contracts; absent on that page itself. */
  filesHref?: string | undefined;
  /** Shown instead of the verdict while recognised figures wait for the borrower's check. */
  pendingVerdict?: string | undefined;
  calculator?: CalculatorSlot | undefined;
  /** Shown under the verdict: the negotiation assistant and the evidence pack (PopupActions). */
  actions?: ComponentChildren;
}

function ReportBody({
  report,
  language,
  t,
  complaint,
  onHighlight,
  actions,
}: Pick<PopupViewProps, 'language' | 't' | 'complaint' | 'onHighlight' | 'actions'> & {
  report: Report;
}) {
  // Nothing alarming when nothing is wrong: a fair loan is not greeted with a complaint letter.
  const anyFailed = report.findings.some((f) => f.outcome === 'fail');
  const claims = claimsOf(report);
  const panel =
    complaint.text === '' ? null : <ComplaintPanel {...complaint} language={language} t={t} />;
  const first = complaint.choices[0];
  const action =
    anyFailed && first !== undefined
      ? {
          label: t(
            report.terms?.lenderType === 'private' ? 'primaryLetterPrivate' : 'primaryLetter',
          ),
          onClick: () => {
            complaint.onSelect(first.id);
            const box = document.querySelector<HTMLTextAreaElement>(
              '[data-testid="complaint-text"]',
            );
            box?.scrollIntoView({ block: 'center' });
            box?.focus();
          },
        }
      : undefined;
  return (
    <>
      {report.terms !== null && (
        <>
          <MoneyAtStake stake={atStake(report, claims)} t={t} action={action} />
          {actions}
          <KeyFigures report={report} t={t} />
          <ReadingPanel report={report} t={t} />
          <RateChart report={report} t={t} />
          <MoneyBar report={report} t={t} english={language === 'en'} />
          <FindingGroups
            findings={report.findings}
            language={language}
            t={t}
            onHighlight={onHighlight}
            demands={cardDemands(report, claims, language)}
          />
          <HowComputed report={report} t={t} />
          {panel !== null &&
            (anyFailed ? (
              panel
            ) : (
              <details class="complaint-optional" data-testid="complaint-optional">
                <summary>{t('complaintOptional')}</summary>
                {panel}
              </details>
            ))}
        </>
      )}
      {report.notes.length > 0 && (
        <ul class="notes" aria-label={t('notes')}>
          {report.notes.map((n, i) => (
            <li key={i}>{noteText(n, t)}</li>
          ))}
        </ul>
      )}
      <p class="disclaimer">{t('notLegalAdvice')}</p>
    </>
  );
}

export function PopupView({
  report,
  scan,
  language,
  t,
  complaint,
  onHighlight,
  historyHref,
  filesHref,
  pendingVerdict,
  calculator,
  actions,
}: PopupViewProps) {
  return (
    <main class="popup" lang={language}>
      <header class="popup-header">
        <h1>{t('appName')}</h1>
        <nav class="popup-nav" aria-label={t('appName')}>
          {calculator !== undefined && (
            <button
              type="button"
              class="secondary small"
              aria-expanded={calculator.open}
              aria-controls="calculator-region"
              data-testid="calc-toggle"
              onClick={calculator.onToggle}
            >
              {t('calcToggle')}
            </button>
          )}
          {filesHref !== undefined && (
            <a href={filesHref} target="_blank" rel="noopener" data-testid="files-link">
              {t('filesLink')}
            </a>
          )}
          {historyHref !== undefined && (
            <a href={historyHref} target="_blank" rel="noopener" data-testid="history-link">
              {t('historyLink')}
            </a>
          )}
        </nav>
      </header>
      {scan?.state === 'scanning' && (
        <p class="scanning" role="status">
          {t('scanning')}
        </p>
      )}
      {scan?.state === 'error' && (
        <p class="error" role="alert">
          {t('scanFailed')}：{scanErrorText(scan.error, t)}
        </p>
      )}
      {scan?.state === 'done' && scan.historyNotSaved !== undefined && (
        <p class="error" role="status" data-testid="history-not-saved">
          {t(scan.historyNotSaved === 'full' ? 'historyNotSavedFull' : 'historyNotSavedFailed')}
        </p>
      )}
      {scan?.state === 'done' && report === null && (
        <p class="error" role="alert">
          {t('reportUnreadable')}
        </p>
      )}
      {report !== null && pendingVerdict !== undefined && (
        <div class="verdict verdict-warn" role="status" data-testid="verdict-pending">
          <span class="verdict-symbol" aria-hidden="true">
            ?
          </span>
          <span>{pendingVerdict}</span>
        </div>
      )}
      {report !== null && pendingVerdict === undefined && (
        <VerdictBanner verdict={verdictOf(report)} t={t} />
      )}
      {report !== null && pendingVerdict === undefined && <DoubtNotice report={report} t={t} />}
      {report?.terms === null && <p class="note">{t('noTermsHint')}</p>}
      {calculator?.open === true && (
        <div id="calculator-region">
          <CalculatorForm {...calculator.form} t={t} />
          <p class="note calc-status" role="status" data-testid="calc-status">
            {calculator.valid && report !== null
              ? `${t('calcResultNote')} ${verdictText(verdictOf(report), t)}${
                  report.apr === null ? '' : `；${t('trueRate')} ${formatRate(report.apr.nominal)}`
                }`
              : t('calcIncomplete')}
          </p>
        </div>
      )}
      {/* Under the money at stake when there are terms (ReportBody), else under the verdict. */}
      {(report === null || report.terms === null) && actions}
      {report !== null && (
        <ReportBody
          actions={actions}
          report={report}
          language={language}
          t={t}
          complaint={complaint}
          onHighlight={onHighlight}
        />
      )}
    </main>
  );
}
