/**
 * Popup budget (design.md §8: open → report rendered ≤ 150 ms): the popup page opened for a tab
 * whose report is stored, timed inside the page from navigation start (performance.now's origin)
 * to the verdict element's insertion, seen by a MutationObserver installed before any script of
 * the page runs. Median of N fresh loads, after one warm-up load.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { median } from './bench-stats';
import { ensureBuild } from './ensure-build';
import { auditUrl, launchWithExtension } from './extension-session';
import { repoRoot } from './paths';
import { serveFiles } from './serve';

const budgetMs = 150;

export async function benchPopup(runs = 15): Promise<string[]> {
  ensureBuild();
  const session = await launchWithExtension();
  const sample = join(repoRoot, 'cli/samples/hidden-fees-membership.html');
  const server = await serveFiles([sample]);
  try {
    const { tabId } = await auditUrl(session, server.urlFor(0, sample));
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
    await page.addInitScript(() => {
      const w = window as unknown as { verdictAt?: number };
      new MutationObserver((_, observer) => {
        if (document.querySelector('[data-testid="verdict"]') !== null) {
          w.verdictAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const url = `chrome-extension://${session.extensionId}/popup.html?tabId=${String(tabId)}`;
    const samples: number[] = [];
    for (let i = 0; i <= runs; i += 1) {
      await page.goto('about:blank');
      await page.goto(url);
      const at = await page.waitForFunction(
        () => (window as unknown as { verdictAt?: number }).verdictAt,
      );
      if (i > 0) samples.push((await at.jsonValue()) ?? Number.NaN);
    }
    const ms = median(samples);
    const sorted = [...samples].sort((a, b) => a - b);
    return [
      `popup open → verdict rendered, median of ${String(runs)}: ${ms.toFixed(1)} ms (budget ${String(budgetMs)} ms)${ms > budgetMs ? '  OVER BUDGET' : ''}`,
      `  fastest ${(sorted[0] ?? 0).toFixed(1)} ms, slowest ${(sorted.at(-1) ?? 0).toFixed(1)} ms`,
    ];
  } finally {
    await server.close();
    await session.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of await benchPopup()) console.log(line);
}
