/**
 * The page that reads screenshots and PDF contracts (design.md §2): files are given by choosing,
 * dropping or pasting; they are read here, in this page, and never leave it. The report is the
 * popup's own view; a quote's "show" outlines its region on the picture instead of in a tab.
 * OCR (ONNX Runtime and the models) is imported only once a file is given.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';

import { DocumentPreview, type PreviewRegion } from '@/components/DocumentPreview';
import { FigureCheck } from '@/components/FigureCheck';
import { PopupView } from '@/components/PopupView';
import { analyseTerms } from '@/lib/analysis/analyse';
import { draftFromTerms, readDraft, type Draft } from '@/lib/calculator/draft';
import type { DocumentAnalysis } from '@/lib/documents/analyse-document';
import { parseRegion } from '@/lib/documents/region';
import { translator } from '@/lib/i18n/messages';
import { defaultSettings, type Settings } from '@/lib/storage/settings';
import { loadSettings } from '@/lib/storage/store';

import { useComplaint } from '@/lib/pages/complaint-props';

import { FileInput } from './FileInput';
import { readDroppedFiles, type FilesRead } from './read';

type Status =
  | { state: 'idle' }
  | { state: 'reading'; count: number }
  | { state: 'error'; message: string }
  | { state: 'done'; read: FilesRead; analysis: DocumentAnalysis };

export function App() {
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const [confirmed, setConfirmed] = useState(false);
  const [highlight, setHighlight] = useState<PreviewRegion | null>(null);
  const [calcOpen, setCalcOpen] = useState(false);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [openedAt] = useState(() => new Date().toISOString());
  const t = useMemo(() => translator(settings.language), [settings.language]);

  useEffect(() => {
    void loadSettings().then(setSettings);
  }, []);

  const onFiles = (files: File[]): void => {
    if (files.length === 0 || status.state === 'reading') return;
    setStatus({ state: 'reading', count: files.length });
    setConfirmed(false);
    setDraft(null);
    setHighlight(null);
    void readDroppedFiles(files, settings, t).then((outcome) => {
      setStatus(
        outcome.ok
          ? { state: 'done', read: outcome.read, analysis: outcome.analysis }
          : { state: 'error', message: outcome.message },
      );
    });
  };

  // Paste a screenshot anywhere on the page.
  useEffect(() => {
    const onPaste = (e: ClipboardEvent): void => {
      const files = [...(e.clipboardData?.files ?? [])];
      if (files.length > 0) onFiles(files);
    };
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('paste', onPaste);
    };
  });

  const analysis = status.state === 'done' ? status.analysis : null;
  const base = analysis?.report.terms ?? null;
  const reading = useMemo(() => (draft === null ? null : readDraft(base, draft)), [base, draft]);
  const manual = useMemo(
    () =>
      reading?.ok === true && analysis !== null
        ? analyseTerms(reading.terms, {
            input: analysis.report.input,
            url: '',
            title: analysis.report.title,
            settings: {
              lenderTypeOverride: reading.lenderTypeOverride ?? settings.lenderTypeOverride,
              userLpr: settings.userLpr,
            },
            now: openedAt,
          })
        : null,
    [reading, analysis, settings, openedAt],
  );
  // Edited figures are the borrower's own: nothing is left to confirm.
  const pending =
    analysis !== null && !confirmed && manual === null && analysis.shown !== analysis.report;
  const report = manual ?? (analysis === null ? null : pending ? analysis.shown : analysis.report);
  const complaint = useComplaint(report, settings.borrower, manual === null ? 'page' : 'borrower');
  const show = (locator: string): Promise<boolean> => {
    const r = parseRegion(locator);
    setHighlight(r);
    return Promise.resolve(r !== null);
  };
  // For the audit command and the tests: the report as the page shows it.
  useEffect(() => {
    (globalThis as { __loanlensFiles?: unknown }).__loanlensFiles =
      status.state === 'done'
        ? {
            state: 'done',
            report,
            blocks: status.analysis.raw.blocks.map((b) => b.text),
            doubts: status.analysis.doubts,
            timings: status.read.timings,
            pending,
          }
        : status;
  }, [status, report, pending]);

  return (
    <div class="files-page" lang={settings.language}>
      <div class="files-input">
        <h1>{t('filesTitle')}</h1>
        <p class="note">{t('filesIntro')}</p>
        <FileInput onFiles={onFiles} disabled={status.state === 'reading'} t={t} />
        {status.state === 'reading' && (
          <p class="scanning" role="status" data-testid="files-reading">
            {t('filesReading', { count: status.count })}
          </p>
        )}
        {status.state === 'error' && (
          <p class="error" role="alert" data-testid="files-error">
            {status.message}
          </p>
        )}
        {status.state === 'done' && (
          <p class="note" data-testid="files-done">
            {t('filesDone', {
              names: status.analysis.report.input,
              pdfMs: Math.round(status.read.timings.pdfText),
              ocrPages: status.read.timings.ocrPages,
              ocrMs: Math.round(status.read.timings.ocr),
            })}
          </p>
        )}
      </div>
      {status.state === 'done' && (
        <>
          <div>
            {analysis !== null && analysis.doubts.some((d) => d.inFigure) && manual === null && (
              <FigureCheck
                doubts={analysis.doubts}
                confirmed={confirmed}
                onConfirm={() => {
                  setConfirmed(true);
                }}
                onShow={(l) => void show(l)}
                t={t}
              />
            )}
            <PopupView
              report={report}
              scan={null}
              language={settings.language}
              t={t}
              complaint={complaint}
              onHighlight={show}
              pendingVerdict={pending ? t('filesVerdictPending') : undefined}
              calculator={{
                open: calcOpen || report?.terms === null,
                onToggle: () => {
                  setCalcOpen(!calcOpen);
                },
                valid: reading === null ? base !== null : reading.ok,
                form: {
                  draft: draft ?? draftFromTerms(base),
                  errors: reading === null || reading.ok ? {} : reading.errors,
                  onChange: setDraft,
                  onReset:
                    base === null
                      ? undefined
                      : () => {
                          setDraft(null);
                        },
                },
              }}
            />
          </div>
          <DocumentPreview pages={status.read.previews} highlight={highlight} t={t} />
        </>
      )}
    </div>
  );
}
