/**
 * The popup's wiring: which tab, which report, which language. It shows the stored report at once
 * (storage.session, without waking the service worker) and asks the background for a fresh scan;
 * storage.onChanged brings the new report in.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';

import { PopupView } from '@/components/PopupView';
import { channelOrder, channels, type ChannelId } from '@/lib/complaint/channels';
import { composeComplaint } from '@/lib/complaint/compose';
import { translator } from '@/lib/i18n/messages';
import type { Request, ScanResponse } from '@/lib/messaging/protocol';
import type { Report } from '@/lib/model/report';
import { reportKey, scanStateKey } from '@/lib/storage/keys';
import type { ScanState } from '@/lib/storage/scan-state';
import { defaultSettings, type Settings } from '@/lib/storage/settings';
import { loadReport, loadScanState, loadSettings } from '@/lib/storage/store';

/** `?tabId=N` opens the popup as a viewer of a stored report (history, screenshots): no scan. */
async function resolveTab(): Promise<{ tabId: number; viewer: boolean } | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return { tabId: Number(param), viewer: true };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { tabId: tab.id, viewer: false };
}

/** Saves a text as a UTF-8 .txt file through an object URL: no download permission needed. */
function downloadText(text: string, channel: ChannelId): void {
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `借贷明镜-${channels[channel].title.zh}-${new Date().toISOString().slice(0, 10)}.txt`;
  link.click();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function App() {
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  const [report, setReport] = useState<Report | null>(null);
  const [scan, setScan] = useState<ScanState | null>(null);
  const [channel, setChannel] = useState<ChannelId>('lender');

  useEffect(() => {
    let tabId: number | null = null;
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area !== 'session' || tabId === null) return;
      if (reportKey(tabId) in changes) void loadReport(tabId).then(setReport);
      if (scanStateKey(tabId) in changes) void loadScanState(tabId).then(setScan);
    };
    browser.storage.onChanged.addListener(onChanged);
    void (async () => {
      setSettings(await loadSettings());
      const tab = await resolveTab();
      if (tab === null) return;
      tabId = tab.tabId;
      setReport(await loadReport(tab.tabId));
      if (tab.viewer) return;
      setScan({ state: 'scanning', startedAt: new Date().toISOString() });
      const request: Request = { type: 'scanTab', tabId: tab.tabId };
      const response = await browser.runtime.sendMessage<Request, ScanResponse | undefined>(
        request,
      );
      if (response?.ok === false) setScan({ state: 'error', message: response.message });
    })();
    return () => {
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);

  const t = useMemo(() => translator(settings.language), [settings.language]);
  const text = useMemo(
    () =>
      report === null
        ? ''
        : composeComplaint(report, channel, {
            borrower: settings.borrower,
            today: new Date().toISOString().slice(0, 10),
          }),
    [report, channel, settings.borrower],
  );
  const complaint = {
    channels: channelOrder.map((id) => channels[id]),
    selected: channel,
    onSelect: setChannel,
    text,
    onCopy: copyText,
    onDownload: downloadText,
  };
  return (
    <PopupView
      report={report}
      scan={scan}
      language={settings.language}
      t={t}
      complaint={complaint}
    />
  );
}
