/**
 * Reads the page in a tab and stores its report. The scanner is injected only now, after the
 * borrower's toolbar click granted activeTab (design.md §7: no content script on every site),
 * and what it returns is untrusted page data: validated before anything reads it.
 */
import { browser } from 'wxt/browser';

import { analyseExtraction } from '@/lib/analysis/analyse';
import type { ScanResponse } from '@/lib/messaging/protocol';
import { rawExtractionSchema } from '@/lib/messaging/raw-extraction-schema';
import { loadSettings, recordInHistory, saveReport, saveScanState } from '@/lib/storage/store';

const scannerFile = '/content-scripts/scanner.js';

export async function scanTab(tabId: number): Promise<ScanResponse> {
  await saveScanState(tabId, { state: 'scanning', startedAt: new Date().toISOString() });
  const fail = async (message: string): Promise<ScanResponse> => {
    await saveScanState(tabId, { state: 'error', message });
    return { ok: false, message };
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
    return fail(
      '无法读取此页面：浏览器不允许扩展读取这类页面（如浏览器设置页、扩展商店），或需要在该页面上点击工具栏按钮。',
    );
  }

  const raw = rawExtractionSchema.safeParse(result);
  if (!raw.success) return fail('页面内容无法读取（读取结果不完整或格式异常）。');

  const settings = await loadSettings();
  let report;
  try {
    report = analyseExtraction(raw.data, {
      input: raw.data.url,
      settings,
      now: new Date().toISOString(),
    });
  } catch {
    // A bug of ours must not leave the popup "scanning" forever, nor show it a stack trace.
    return fail(
      '分析本页时出错。请把页面另存为 HTML 文件，用 audit 命令检查，或向我们报告这个页面。',
    );
  }
  await saveReport(tabId, report);
  if (report.terms !== null) await recordInHistory(report);
  await saveScanState(tabId, { state: 'done', finishedAt: report.scannedAt });
  return { ok: true };
}
