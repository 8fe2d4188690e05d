/**
 * The history page: past audits from storage.local, each openable read-only in the popup's own
 * view; export all as JSON, import a file (validated, merged, capped), delete one or all.
 */
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';

import '@/components/styles.css';

import { HistoryList, siteOf, whenOf } from '@/components/HistoryList';
import { evictionQuestion, importedText } from '@/lib/view/import-plan';
import { saveFailureText } from '@/lib/view/save-failure';
import { PopupView } from '@/components/PopupView';
import type { ChannelId } from '@/lib/letters';
import { translator } from '@/lib/i18n/messages';
import { negotiateTranslator } from '@/lib/i18n/negotiate-messages';
import { historyKey } from '@/lib/storage/keys';
import { emptyHistory, type History } from '@/lib/storage/history';
import { defaultSettings, type Settings } from '@/lib/storage/settings';
import { loadHistory, loadSettings, saveHistory } from '@/lib/storage/store';
import { exportHistory, importHistory } from '@/lib/storage/transfer';
import { importProblemText } from '@/lib/view/import-problem';
import { complaintProps } from '@/lib/pages/complaint-props';
import { downloadFile } from '@/lib/pages/files';
import { mergeContactLogs } from '@/lib/storage/contact-log';
import { loadContactLog, saveContactLog } from '@/lib/storage/contact-log-store';

function HistoryPage() {
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  const [history, setHistory] = useState<History>(emptyHistory);
  const [opened, setOpened] = useState<number | null>(null);
  const [channel, setChannel] = useState<ChannelId>('lender');
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);

  useEffect(() => {
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && historyKey in changes) void loadHistory().then(setHistory);
    };
    browser.storage.onChanged.addListener(onChanged);
    void loadSettings().then(setSettings);
    void loadHistory().then(setHistory);
    return () => {
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);

  const t = useMemo(() => translator(settings.language), [settings.language]);
  /** Saves and says so when it did not work (storage full): the list then shows what is stored. */
  const save = async (next: History): Promise<boolean> => {
    try {
      await saveHistory(next);
      setHistory(next);
      return true;
    } catch (e) {
      setStatus({ text: saveFailureText(e, t), error: true });
      setHistory(await loadHistory());
      return false;
    }
  };
  const report = opened === null ? undefined : history.entries[opened];

  if (report !== undefined) {
    return (
      <div class="history-page history-viewer" lang={settings.language}>
        <nav class="history-viewer-bar" aria-label={t('historyTitle')}>
          <button
            type="button"
            class="secondary"
            data-testid="history-back"
            onClick={() => {
              setOpened(null);
            }}
          >
            ← {t('historyBack')}
          </button>
          <span>
            {t('historyReadOnly', { date: whenOf(report) })} · {siteOf(report)}
          </span>
          <a
            href={browser.runtime.getURL(
              `/negotiate.html?${new URLSearchParams({ scannedAt: report.scannedAt, url: report.url }).toString()}`,
            )}
            target="_blank"
            rel="noopener"
            data-testid="history-negotiate"
          >
            {negotiateTranslator(settings.language)('historyNegotiate')}
          </a>
        </nav>
        <PopupView
          report={report}
          scan={null}
          language={settings.language}
          t={t}
          complaint={complaintProps(report, channel, setChannel, settings.borrower)}
        />
      </div>
    );
  }

  return (
    <main class="history-page" lang={settings.language}>
      <h1>{t('historyTitle')}</h1>
      <p>
        <a href={browser.runtime.getURL('/negotiate.html')} target="_blank" rel="noopener">
          {negotiateTranslator(settings.language)('openFromPopup')}
        </a>
      </p>
      <div class="history-actions">
        <button
          type="button"
          data-testid="history-export"
          disabled={history.entries.length === 0}
          onClick={() => {
            void loadContactLog().then((log) => {
              downloadFile(
                `借贷明镜-历史记录-${new Date().toISOString().slice(0, 10)}.json`,
                [exportHistory(history, log)],
                'application/json',
              );
            });
          }}
        >
          {t('historyExport')}
        </button>
        <label class="file-button">
          {t('historyImport')}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="history-import"
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              if (file === undefined) return;
              void (async () => {
                const json = await file.text();
                input.value = '';
                // Merged with what is stored now, not with what this page last showed.
                const result = importHistory(await loadHistory(), json);
                if (!result.ok) {
                  setStatus({ text: importProblemText(result.problem, t), error: true });
                  return;
                }
                // Records the borrower has are never pushed out by the cap without a yes.
                if (result.evicted > 0 && !confirm(evictionQuestion(result, t))) {
                  setStatus({ text: t('importCancelled'), error: false });
                  return;
                }
                if (await save(result.history)) {
                  if (result.contacts.length > 0)
                    await saveContactLog(mergeContactLogs(await loadContactLog(), result.contacts));
                  setStatus({ text: importedText(result, t), error: false });
                }
              })();
            }}
          />
        </label>
        <button
          type="button"
          class="danger"
          data-testid="history-delete-all"
          disabled={history.entries.length === 0}
          onClick={() => {
            if (confirm(t('historyConfirmDeleteAll', { count: history.entries.length })))
              void save(emptyHistory);
          }}
        >
          {t('historyDeleteAll')}
        </button>
      </div>
      <p
        role="status"
        class={status?.error === true ? 'error' : 'import-status'}
        data-testid="history-status"
      >
        {status?.text ?? ''}
      </p>
      <HistoryList
        entries={history.entries}
        t={t}
        onOpen={setOpened}
        onDelete={(index) => {
          void save({
            schemaVersion: 1,
            entries: history.entries.filter((_, i) => i !== index),
          });
        }}
      />
    </main>
  );
}

const root = document.getElementById('app');
if (root !== null) render(<HistoryPage />, root);
