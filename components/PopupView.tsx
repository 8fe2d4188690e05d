import type { Language, Translate } from '@/lib/i18n/messages';
import type { Report } from '@/lib/model/report';
import { verdictOf } from '@/lib/report/verdict';
import type { ScanState } from '@/lib/storage/scan-state';

import { ComplaintPanel, type ComplaintPanelProps } from './ComplaintPanel';
import { FindingGroups } from './FindingGroups';
import { KeyFigures } from './KeyFigures';
import { VerdictBanner } from './VerdictBanner';

export interface PopupViewProps {
  report: Report | null;
  scan: ScanState | null;
  language: Language;
  t: Translate;
  complaint: Omit<ComplaintPanelProps, 'language' | 't'>;
}

export function PopupView({ report, scan, language, t, complaint }: PopupViewProps) {
  return (
    <main class="popup" lang={language}>
      <header class="popup-header">
        <h1>{t('appName')}</h1>
        {scan?.state === 'scanning' && (
          <span class="scanning" role="status">
            {t('scanning')}
          </span>
        )}
      </header>
      {scan?.state === 'error' && (
        <p class="error" role="alert">
          {t('scanFailed')}：{scan.message}
        </p>
      )}
      {report !== null && (
        <>
          <VerdictBanner verdict={verdictOf(report)} t={t} />
          {report.terms === null ? (
            <p class="note">{t('noTermsHint')}</p>
          ) : (
            <>
              <KeyFigures report={report} t={t} />
              <FindingGroups findings={report.findings} language={language} t={t} />
              {complaint.text !== '' && <ComplaintPanel {...complaint} language={language} t={t} />}
            </>
          )}
          {report.notes.length > 0 && (
            <ul class="notes" aria-label={t('notes')}>
              {report.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
          <p class="disclaimer">{t('notLegalAdvice')}</p>
        </>
      )}
    </main>
  );
}
