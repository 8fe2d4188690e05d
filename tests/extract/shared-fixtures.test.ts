import { join } from 'node:path';
/**
 * The shared corpus, end to end in real Chromium: scanner (bundled as it ships) → readTerms →
 * compared with truth.json. Pages are loaded and scanned at DOMContentLoaded, so the SPA case
 * (12) is only read if the scanner waits for its render.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawExtraction } from '@/lib/model/extraction';
import { readTerms } from '@/lib/reader';
import { launchChromium } from '../../cli/chromium';
import { scanUrl } from '../../cli/scanner-bundle';
import { serveFiles, type FileServer } from '../../cli/serve';
import { differences, expectedFromTruth } from '../support/fixture-compare';
import {
  sharedCases,
  sharedFixturesAvailable,
  sharedFixturesDir,
  sharedFixturesSkipReason,
} from '../support/shared-fixtures';

describe.skipIf(!sharedFixturesAvailable)(
  `shared fixture corpus${sharedFixturesAvailable ? '' : ` (skipped: ${sharedFixturesSkipReason})`}`,
  () => {
    let browser: Browser;
    let page: Page;
    let server: FileServer;
    const cases = sharedCases();
    // Each page is served from its own folder, so its same-origin frames and assets load.
    const pageFiles = cases.map((c) => join(sharedFixturesDir, 'cases', c.name, 'page.html'));
    const raws = new Map<string, RawExtraction>();

    beforeAll(async () => {
      server = await serveFiles(pageFiles);
      browser = await launchChromium();
      page = await browser.newPage();
    }, 60000);
    afterAll(async () => {
      await browser.close();
      await server.close();
    });

    for (const [index, c] of cases.entries()) {
      it(`${c.name}: terms match truth.json`, async () => {
        const raw = await scanUrl(page, server.urlFor(index, pageFiles[index] ?? ''));
        raws.set(c.name, raw);
        const terms = readTerms(raw);
        expect(differences(terms, expectedFromTruth(c.truth))).toEqual([]);
      }, 30000);
    }

    it('14: the hidden legacy block never reaches the scan', () => {
      const raw = raws.get('14-hidden-decoy');
      expect(raw).toBeDefined();
      const text = raw?.blocks.map((b) => b.text).join('\n') ?? '';
      expect(text).not.toContain('20,000.00');
      expect(text).not.toContain('619.37');
      expect(text).not.toContain('7.20%');
    });

    it('12: the SPA is read after it renders (more than one read)', async () => {
      // Scanned the moment its DOM is parsed, before its script draws the figures (a borrower who
      // clicks at once): the scanner itself waits for them.
      const index = cases.findIndex((c) => c.name === '12-spa-delayed-render');
      const fresh = await browser.newPage();
      try {
        const raw = await scanUrl(fresh, server.urlFor(index, pageFiles[index] ?? ''), undefined, {
          settle: false,
        });
        expect(raw.stats.rounds).toBeGreaterThan(1);
        expect(raw.blocks.some((b) => b.text.includes('23.28%'))).toBe(true);
      } finally {
        await fresh.close();
      }
    }, 30000);

    it('13: the shadow root is read, with its slotted title', () => {
      const raw = raws.get('13-shadow-root-bullet');
      expect(raw?.blocks.some((b) => b.text === '您的借款方案')).toBe(true);
      expect(raw?.blocks.find((b) => b.text.includes('2,940.00'))?.locator).toContain('>>>');
    });

    it('11: the closed <details> is read as fine print only', () => {
      const raw = raws.get('11-agreement-prepayment-details');
      const fee = raw?.blocks.find((b) => b.text.includes('账户管理费，费率'));
      expect(fee?.finePrint).toBe(true);
      expect(raw?.blocks.find((b) => b.text.includes('第六条'))?.finePrint).toBe(false);
      expect(raw?.tables.filter((t) => t.finePrint)).toHaveLength(1);
    });
  },
);
