/**
 * The real scanner run on a page as it stands in Chromium: the built bundle injected, then its
 * entry point called with the given bounds (`maxRounds`, `maxReadMs`, …).
 */
import type { Page } from 'playwright-core';

import type { RawExtraction } from '@/lib/model/extraction';
import { scannerBundle } from '../../cli/scanner-bundle';

export async function scanPage(page: Page, options?: object): Promise<RawExtraction> {
  await page.addScriptTag({ content: await scannerBundle() });
  return page.evaluate(
    (o) =>
      (
        globalThis as unknown as { __loanlensScan: (o?: unknown) => Promise<RawExtraction> }
      ).__loanlensScan(o),
    options,
  );
}
