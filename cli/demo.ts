/**
 * `npm run demo [-- --out DIR]`: builds the extension, audits the sample lending pages that ship in
 * cli/samples through real Chromium, prints each report and writes a popup screenshot per page.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { auditPages } from './audit-pages';
import { UsageError } from './chromium';
import { openPopupViewer } from './extension-session';
import { repoRoot } from './paths';
import { printReport } from './print';

const samplesDir = join(repoRoot, 'cli/samples');

async function runDemo(argv: readonly string[]): Promise<number> {
  const outIndex = argv.indexOf('--out');
  const outDir = resolve(
    outIndex >= 0 ? (argv[outIndex + 1] ?? 'demo-output') : join(repoRoot, 'demo-output'),
  );
  mkdirSync(outDir, { recursive: true });
  const samples = readdirSync(samplesDir)
    .filter((n) => n.endsWith('.html'))
    .sort()
    .map((n) => relative(process.cwd(), join(samplesDir, n)));

  const shots: string[] = [];
  const entries = await auditPages(
    samples,
    (l) => process.stderr.write(l + '\n'),
    async (session, tabId, report) => {
      const popup = await openPopupViewer(session, tabId);
      const file = join(
        outDir,
        `popup-${basename(report.input.length > 0 ? report.input : report.url, '.html')}.png`,
      );
      await popup.screenshot({ path: file });
      await popup.close();
      shots.push(file);
    },
  );
  for (const e of entries)
    process.stdout.write(
      ('error' in e ? `== ${e.input} ==\n  ${e.error}` : printReport(e.report)) + '\n\n',
    );
  process.stdout.write(
    `弹窗截图 / popup screenshots (${shots.length}) → ${outDir}\n${shots.map((s) => `  ${s}`).join('\n')}\n`,
  );
  return entries.some((e) => 'error' in e) ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runDemo(process.argv.slice(2))
    .then((code) => {
      process.exitCode = code;
    })
    .catch((e: unknown) => {
      process.stderr.write(
        `${e instanceof UsageError ? e.message : `演示失败：${e instanceof Error ? e.message : String(e)}`}\n`,
      );
      process.exitCode = 1;
    });
}
