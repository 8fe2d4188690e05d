/**
 * Audits web pages through the real extension. Local files are served on 127.0.0.1; each page is
 * opened in its own tab and the toolbar button is clicked, exactly as a borrower would.
 */
import type { Report } from '../lib/model/report';

import { ensureBuild } from './ensure-build';
import { auditUrl, launchWithExtension, type ExtensionSession } from './extension-session';
import { openFilesPage, readFilesInPage } from './file-reader-driver';
import { classifyInputs } from './inputs';
import { serveFiles } from './serve';

export type AuditEntry =
  { input: string; report: Report; tabId?: number } | { input: string; error: string };

/** Runs while the browser is still open, after each page's report (the demo's screenshots). */
export type AfterReport = (
  session: ExtensionSession,
  tabId: number,
  report: Report,
) => Promise<void>;

export async function auditPages(
  args: readonly string[],
  log: (line: string) => void,
  afterReport?: AfterReport,
  options: { together?: boolean } = {},
): Promise<AuditEntry[]> {
  const inputs = classifyInputs(args);
  const files = inputs.flatMap((i) => (i.kind === 'file' ? [i.path] : []));
  const documents = inputs.flatMap((i) => (i.kind === 'document' ? [i] : []));
  const usable = inputs.some((i) => i.kind !== 'unusable');
  if (!usable)
    return inputs.map((i) => ({ input: i.input, error: i.kind === 'unusable' ? i.message : '' }));

  ensureBuild(log);
  const server = await serveFiles(files);
  const session = await launchWithExtension();
  try {
    const entries: AuditEntry[] = [];
    let fileIndex = 0;
    const together = options.together === true && documents.length > 0;
    for (const input of inputs) {
      if (input.kind === 'unusable') {
        entries.push({ input: input.input, error: input.message });
        continue;
      }
      if (input.kind === 'document') {
        // With --together, every screenshot and PDF is one loan, reported where the first stood.
        if (together && input !== documents[0]) continue;
        entries.push(await auditDocuments(session, together ? documents : [input], log));
        continue;
      }
      const url = input.kind === 'url' ? input.url : server.urlFor(fileIndex, input.path);
      if (input.kind === 'file') fileIndex += 1;
      try {
        const audited = await auditUrl(session, url);
        if (audited.clicks > 1)
          log(
            `注意：${input.input} 点击了 ${audited.clicks} 次工具栏按钮才得到报告（机器负载过高？）`,
          );
        const report = { ...audited.report, input: input.input };
        // Before the tab closes: closing it makes the background forget its report.
        await afterReport?.(session, audited.tabId, report);
        await audited.page.close();
        entries.push({ input: input.input, tabId: audited.tabId, report });
      } catch (e) {
        entries.push({
          input: input.input,
          error: `无法审计 ${input.input}：${e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e)}`,
        });
      }
    }
    return entries;
  } finally {
    await session.close();
    await server.close();
  }
}

/** Screenshots and PDFs through the extension's file page, as a borrower gives them. */
async function auditDocuments(
  session: ExtensionSession,
  docs: { input: string; path: string }[],
  log: (line: string) => void,
): Promise<AuditEntry> {
  const input = docs.map((d) => d.input).join(' + ');
  const page = await openFilesPage(session);
  try {
    const out = await readFilesInPage(
      page,
      docs.map((d) => d.path),
    );
    if (out.error !== undefined || out.report === null)
      return { input, error: `无法审计 ${input}：${out.error ?? '没有得到报告'}` };
    if (out.pending)
      log(
        `注意：${input} 中有识别得不够清楚的数字，基于数字的结论暂未作出（见报告的 recognition）。`,
      );
    const report = { ...out.report, input };
    return {
      input,
      report: Object.assign(report, {
        recognition: { doubts: out.doubts, figuresUnconfirmed: out.pending },
      }),
    };
  } catch (e) {
    return {
      input,
      error: `无法审计 ${input}：${e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e)}`,
    };
  } finally {
    await page.close();
  }
}
