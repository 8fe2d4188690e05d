/**
 * The popup's wiring: which tab, which report, which language. It shows the stored report at once
 * (storage.session, without waking the service worker) and asks the background for a fresh scan;
 * storage.onChanged brings the new report and the scan's state in: the one return path. The calculator analyses edited terms right here
 * with the same pure pipeline the background runs.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';

import { PopupActions } from '@/components/PopupActions';
import { PopupView } from '@/components/PopupView';
import { analyseTerms } from '@/lib/analysis/analyse';
import { draftFromTerms, readDraft, type Draft, type DraftField } from '@/lib/calculator/draft';
import { translator } from '@/lib/i18n/messages';
import { negotiateTranslator } from '@/lib/i18n/negotiate-messages';
import { askEvidencePack, askHighlight, askScan, type Send } from '@/lib/messaging/client';
import { type ScanError, scanTimeLimitMs } from '@/lib/messaging/protocol';
import type { Doubt } from '@/lib/model/reading';
import type { Report } from '@/lib/model/report';
import { reportKey, scanStateKey } from '@/lib/storage/keys';
import type { ScanState } from '@/lib/storage/scan-state';
import { defaultSettings, type Settings } from '@/lib/storage/settings';
import { loadReport, loadScanState, loadSettings } from '@/lib/storage/store';

import { useComplaint } from '@/lib/pages/complaint-props';
import { downloadFile } from '@/lib/pages/files';
import { fromBase64 } from '@/lib/evidence/base64';

const send: Send = (request) => browser.runtime.sendMessage(request);

/** `?tabId=N` opens the popup as a viewer of a stored report (screenshots, tests): no scan. */
async function resolveTab(): Promise<{ tabId: number; viewer: boolean } | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return { tabId: Number(param), viewer: true };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { tabId: tab.id, viewer: false };
}

/** The calculator field a doubt points at. */
function doubtField(field: Doubt['field'], draft: Draft): DraftField {
  if (field === 'principal' || field === 'received') return field;
  return draft.mode === 'schedule' ? 'schedule' : field === 'term' ? 'periods' : 'payment';
}

export function App() {
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  const [stored, setStored] = useState<Report | null>(null);
  const [scan, setScan] = useState<ScanState | null>(null);
  const [tabId, setTabId] = useState<number | null>(null);
  // null: the borrower has not chosen; the calculator then opens by itself on a page without terms.
  const [calcOpen, setCalcOpen] = useState<boolean | null>(null);
  // null: untouched, so the stored analysis stands and a fresh scan may replace it.
  const [draft, setDraft] = useState<Draft | null>(null);
  const [openedAt] = useState(() => new Date().toISOString());

  useEffect(() => {
    let tab: number | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area !== 'session' || tab === null) return;
      if (reportKey(tab) in changes) void loadReport(tab).then(setStored);
      if (scanStateKey(tab) in changes) {
        const of = tab;
        void (async () => {
          const state = await loadScanState(of);
          // The report is written before "done": read it first, so a report that does not read
          // back is told apart from one still on its way.
          if (state?.state === 'done') setStored(await loadReport(of));
          setScan(state);
        })();
      }
    };
    browser.storage.onChanged.addListener(onChanged);
    void (async () => {
      const [loaded, resolved] = await Promise.all([loadSettings(), resolveTab()]);
      setSettings(loaded);
      if (resolved === null) return;
      tab = resolved.tabId;
      setTabId(resolved.tabId);
      setStored(await loadReport(resolved.tabId));
      if (resolved.viewer) return;
      setScan({ state: 'scanning', startedAt: new Date().toISOString() });
      // Never "正在读取…" forever: a scan that outlives the limit, or a background that stopped
      // answering mid-scan (its reply never comes), is said in words.
      const stillScanning =
        (error: ScanError) =>
        (s: ScanState | null): ScanState | null =>
          s === null || s.state === 'scanning' ? { state: 'error', error } : s;
      timer = setTimeout(() => {
        setScan(stillScanning('timed-out'));
      }, scanTimeLimitMs);
      const answer = await askScan(send, resolved.tabId);
      if (answer === null) setScan(stillScanning('worker-gone'));
      // Storage refused even the error: the reply is the only word left.
      else if (!answer.ok) setScan(stillScanning(answer.error));
    })();
    return () => {
      browser.storage.onChanged.removeListener(onChanged);
      clearTimeout(timer);
    };
  }, []);

  const t = useMemo(() => translator(settings.language), [settings.language]);
  const base = stored?.terms ?? null;
  const shownDraft = draft ?? draftFromTerms(base);
  const reading = useMemo(() => (draft === null ? null : readDraft(base, draft)), [base, draft]);
  const manual = useMemo(
    () =>
      reading?.ok === true
        ? analyseTerms(reading.terms, {
            input: stored?.input ?? '',
            url: stored?.url ?? '',
            title: stored?.title ?? '',
            settings: {
              lenderTypeOverride: reading.lenderTypeOverride ?? settings.lenderTypeOverride,
              userLpr: settings.userLpr,
            },
            now: stored?.scannedAt ?? openedAt,
          })
        : null,
    [reading, stored, settings, openedAt],
  );
  const report = manual ?? stored;

  const complaint = useComplaint(report, settings.borrower, manual === null ? 'page' : 'borrower');
  // The calculator opens by itself on a page without terms, and on one whose figures do not add up,
  // at the field in doubt.
  const doubt = stored?.reading?.doubt ?? null;
  const open = calcOpen ?? (stored?.terms === null || doubt !== null);
  const tn = useMemo(() => negotiateTranslator(settings.language), [settings.language]);
  const actions = (
    <PopupActions
      t={tn}
      onNegotiate={() => {
        const query = tabId === null ? '' : `?tabId=${String(tabId)}`;
        void browser.tabs.create({ url: browser.runtime.getURL(`/negotiate.html${query}`) });
      }}
      onEvidence={
        tabId === null || stored === null
          ? undefined
          : async () => {
              const response = await askEvidencePack(send, tabId);
              if (response === null) return { ok: false, problem: 'capture-failed' };
              if (!response.ok) return response;
              downloadFile(response.fileName, [fromBase64(response.base64)], 'application/zip');
              return { ok: true, fileName: response.fileName };
            }
      }
    />
  );
  return (
    <PopupView
      actions={actions}
      report={report}
      scan={scan}
      language={settings.language}
      t={t}
      complaint={complaint}
      onHighlight={
        tabId === null
          ? undefined
          : (locator) => askHighlight(send, tabId, locator).then((r) => r?.ok === true)
      }
      historyHref={browser.runtime.getURL('/past-checks.html')}
      filesHref={browser.runtime.getURL('/read-file.html')}
      calculator={{
        open,
        onToggle: () => {
          setCalcOpen(!open);
        },
        valid: reading === null ? base !== null : reading.ok,
        form: {
          draft: shownDraft,
          errors: reading === null || reading.ok ? {} : reading.errors,
          focus: draft === null && doubt !== null ? doubtField(doubt.field, shownDraft) : undefined,
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
  );
}
