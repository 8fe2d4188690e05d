/**
 * Reads the page in a tab and stores its report. The scanner is injected only now, after the
 * borrower's toolbar click granted activeTab (design.md §7: no content script on every site),
 * and what it returns is untrusted page data: validated before anything reads it.
 */
import { browser } from 'wxt/browser';

import { analyseExtraction } from '@/lib/analysis/analyse';
import type { ScanError, ScanResponse } from '@/lib/messaging/protocol';
import { parseExtraction } from '@/lib/messaging/raw-extraction-schema';
import type { ScanState } from '@/lib/storage/scan-state';
import { loadSettings, saveScanState } from '@/lib/storage/store';

import { storeScan } from './store-scan';

const scannerFile = '/scanner.js';

export async function scanTab(tabId: number): Promise<ScanResponse> {
  // A full storage must not stop the scan or its answer: the reply carries the error then.
  const note = (state: ScanState): Promise<void> =>
    saveScanState(tabId, state).catch(() => undefined);
  await note({ state: 'scanning', startedAt: new Date().toISOString() });
  // Codes, not sentences: the popup says them in the borrower's language.
  const fail = async (error: ScanError): Promise<ScanResponse> => {
    await note({ state: 'error', error });
    return { ok: false, error };
  };

  let result: unknown;
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      files: [scannerFile],
    });
    result = injection?.result;
  } catch {
    // Chrome refuses chrome://, the Web Store and pages without the activeTab grant; the reason
    // it gives is technical, so the borrower gets the useful version of it.
    return fail('page-not-readable');
  }

  const raw = parseExtraction(result);
  if (raw === null) return fail('reading-malformed');

  const settings = await loadSettings();
  let report;
  try {
    report = analyseExtraction(raw, {
      input: raw.url,
      settings,
      now: new Date().toISOString(),
    });
  } catch {
    // A bug of ours must not leave the popup "scanning" forever, nor show it a stack trace.
    return fail('analysis-failed');
  }
  const stored = await storeScan(tabId, report);
  if (!stored.ok) return fail(stored.problem);
  return { ok: true };
}
