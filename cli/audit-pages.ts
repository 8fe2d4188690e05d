/**
 * Audits web pages through the real extension. Local files are served on 127.0.0.1; each page is
 * opened in its own tab and the toolbar button is clicked, exactly as a borrower would.
 */
import type { Report } from '../lib/model/report';

import { ensureBuild } from './ensure-build';
import { auditUrl, launchWithExtension, type ExtensionSession } from './extension-session';
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
): Promise<AuditEntry[]> {
  const inputs = classifyInputs(args);
  const files = inputs.flatMap((i) => (i.kind === 'file' ? [i.path] : []));
  const usable = inputs.some((i) => i.kind !== 'unusable');
  if (!usable)
    return inputs.map((i) => ({ input: i.input, error: i.kind === 'unusable' ? i.message : '' }));

  ensureBuild(log);
  const server = await serveFiles(files);
  const session = await launchWithExtension();
  try {
    const entries: AuditEntry[] = [];
    let fileIndex = 0;
    for (const input of inputs) {
      if (input.kind === 'unusable') {
        entries.push({ input: input.input, error: input.message });
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
