/**
 * The negotiation assistant's page: opened from the popup (`?tabId=N`, pre-filled from that tab's
 * report and, on an overdue notice, from its labelled figures), from a history entry
 * (`?scannedAt=…&url=…`) or on its own. The computation is lib/negotiate, run as the borrower
 * types; the contact log lives in storage.local.
 */
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';

import '@/components/styles.css';

import { ContactLogPanel } from '@/components/ContactLogPanel';
import { NegotiationForm } from '@/components/NegotiationForm';
import { NegotiationResult } from '@/components/NegotiationResult';
import { copyText, downloadFile } from '@/lib/pages/files';
import { issueKey, negotiateTranslator } from '@/lib/i18n/negotiate-messages';
import { askPageText, type Send } from '@/lib/messaging/client';
import type { Report } from '@/lib/model/report';
import { negotiate } from '@/lib/negotiate';
import { readCase } from '@/lib/negotiate/case';
import { draftJson, emptyDraft, ISSUE_FIELDS, type NegotiationDraft } from '@/lib/negotiate/draft';
import type { PlanKind } from '@/lib/negotiate/plans';
import { draftFromReport, noticeFigures, type NoticeFigures } from '@/lib/negotiate/prefill';
import {
  addContact,
  emptyContactLog,
  removeContact,
  type ContactLog,
} from '@/lib/storage/contact-log';
import { loadContactLog, saveContactLog } from '@/lib/storage/contact-log-store';
import { contactLogKey } from '@/lib/storage/keys';
import { loadNegotiationDraft, saveNegotiationDraft } from '@/lib/storage/negotiation-draft';
import { defaultSettings, type Settings } from '@/lib/storage/settings';
import { loadHistory, loadReport, loadSettings } from '@/lib/storage/store';

const send: Send = (request) => browser.runtime.sendMessage(request);

const today = (): string => {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
};

type Source = { kind: 'page'; site: string } | { kind: 'history'; date: string } | { kind: 'none' };

async function loadSource(asOf: string): Promise<{
  report: Report | null;
  notice: NoticeFigures | null;
  source: Source;
}> {
  const params = new URLSearchParams(location.search);
  const tab = params.get('tabId');
  if (tab !== null && /^\d+$/.test(tab)) {
    const report = await loadReport(Number(tab));
    const answer = await askPageText(send, Number(tab));
    const page = answer ?? { ok: false as const };
    const url = page.ok ? page.url : (report?.url ?? '');
    let site = url;
    try {
      site = new URL(url).hostname;
    } catch {
      // A page without a parseable address is named by what we have.
    }
    return {
      report,
      notice: page.ok ? noticeFigures(page.text, asOf) : null,
      source: { kind: 'page', site },
    };
  }
  const scannedAt = params.get('scannedAt');
  if (scannedAt !== null) {
    const url = params.get('url');
    const entry = (await loadHistory()).entries.find(
      (r) => r.scannedAt === scannedAt && (url === null || r.url === url),
    );
    if (entry !== undefined)
      return {
        report: entry,
        notice: null,
        source: { kind: 'history', date: entry.scannedAt.slice(0, 10) },
      };
  }
  return { report: null, notice: null, source: { kind: 'none' } };
}

function NegotiatePage() {
  const [asOf] = useState(today);
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  const [draft, setDraft] = useState<NegotiationDraft>(() => emptyDraft(asOf));
  const [source, setSource] = useState<Source>({ kind: 'none' });
  const [notice, setNotice] = useState<NoticeFigures | null>(null);
  const [log, setLog] = useState<ContactLog>(emptyContactLog);
  const [chosen, setChosen] = useState<PlanKind | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && contactLogKey in changes) void loadContactLog().then(setLog);
    };
    browser.storage.onChanged.addListener(onChanged);
    void (async () => {
      const [loaded, contacts, from, saved] = await Promise.all([
        loadSettings(),
        loadContactLog(),
        loadSource(asOf),
        loadNegotiationDraft(),
      ]);
      setSettings(loaded);
      setLog(contacts);
      const prefill = {
        ...(from.report === null ? {} : draftFromReport(from.report)),
        ...(from.notice?.draft ?? {}),
      };
      // Say where figures came from only when some did.
      setSource(Object.keys(prefill).length > 0 ? from.source : { kind: 'none' });
      setNotice(from.notice);
      // With nothing read from a page, the assistant brings back what was typed last time.
      setDraft(
        Object.keys(prefill).length === 0 && saved !== null
          ? saved
          : { ...emptyDraft(asOf), ...prefill },
      );
      setReady(true);
    })();
    return () => {
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [asOf]);

  useEffect(() => {
    if (!ready) return;
    const timer = setTimeout(() => {
      void saveNegotiationDraft(draft);
    }, 300);
    return () => {
      clearTimeout(timer);
    };
  }, [draft, ready]);

  const t = useMemo(() => negotiateTranslator(settings.language), [settings.language]);
  const reading = useMemo(() => readCase(draftJson(draft), asOf), [draft, asOf]);
  const errors = useMemo(() => {
    const out: Partial<Record<keyof NegotiationDraft, string>> = {};
    if (!reading.ok)
      for (const issue of reading.issues) {
        const field = ISSUE_FIELDS[issue.field] ?? (issue.field as keyof NegotiationDraft);
        out[field] ??= t(issueKey(issue.code));
      }
    return out;
  }, [reading, t]);
  const result = useMemo(
    () =>
      reading.ok
        ? negotiate(reading.case, {
            borrower: settings.borrower,
            userLpr: settings.userLpr,
            contacts: log.entries,
            today: asOf,
            chosen,
          })
        : null,
    [reading, settings, log, asOf, chosen],
  );
  const saveLog = (next: ContactLog) => {
    setLog(next);
    void saveContactLog(next);
  };

  return (
    <main class="negotiate-page" lang={settings.language} data-ready={ready}>
      <h1>{t('title')}</h1>
      <p class="note">{t('intro')}</p>
      {source.kind === 'page' && (
        <p class="note" data-testid="neg-source">
          {t('prefilledFromPage', { site: source.site })}
        </p>
      )}
      {source.kind === 'history' && (
        <p class="note" data-testid="neg-source">
          {t('prefilledFromHistory', { date: source.date })}
        </p>
      )}
      {notice !== null && notice.read.length > 0 && (
        <p class="note" data-testid="neg-notice-read">
          {t('noticeFiguresRead', { figures: notice.read.join('；') })}
        </p>
      )}
      {notice?.mismatch != null && (
        <p class="error" role="alert" data-testid="neg-notice-mismatch">
          {t('noticeMismatch', {
            parts: notice.mismatch.parts,
            total: notice.mismatch.total,
          })}
        </p>
      )}
      <div class="negotiate-columns">
        <NegotiationForm draft={draft} errors={errors} onChange={setDraft} t={t} />
        <div>
          {result === null ? (
            <p class="note" role="status" data-testid="neg-fix-first">
              {t('fixFirst')}
            </p>
          ) : (
            <NegotiationResult
              result={result}
              language={settings.language}
              t={t}
              capacity={reading.ok ? reading.case.monthlyCapacity : '0'}
              onChoose={setChosen}
              onCopy={copyText}
              onDownload={(text) => {
                downloadFile(
                  `借贷明镜-协商还款信-${asOf}.txt`,
                  ['\uFEFF', text],
                  'text/plain;charset=utf-8',
                );
              }}
            />
          )}
        </div>
      </div>
      <ContactLogPanel
        entries={log.entries}
        language={settings.language}
        t={t}
        lender={draft.lender}
        newId={() => crypto.randomUUID()}
        onAdd={(entry) => {
          saveLog(addContact(log, entry));
        }}
        onDelete={(id) => {
          saveLog(removeContact(log, id));
        }}
      />
    </main>
  );
}

const root = document.getElementById('app');
if (root !== null) render(<NegotiatePage />, root);
