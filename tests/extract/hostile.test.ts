/**
 * Hostile pages: the scanner must stay bounded, say it was partial, and never hang the tab.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawExtraction } from '@/lib/model/extraction';
import { readTerms } from '@/lib/reader';
import { launchChromium } from '../../cli/chromium';
import { scannerBundle } from '../../cli/scanner-bundle';

async function scanHtml(
  page: Page,
  html: string,
  bounds?: object,
): Promise<{ raw: RawExtraction; wallMs: number }> {
  await page.setContent(html, { waitUntil: 'domcontentloaded' });
  await page.addScriptTag({ content: await scannerBundle() });
  const t0 = Date.now();
  const raw = await page.evaluate(
    (b) =>
      (
        globalThis as unknown as { __loanlensScan: (o?: unknown) => Promise<RawExtraction> }
      ).__loanlensScan(b),
    bounds,
  );
  return { raw, wallMs: Date.now() - t0 };
}

describe('hostile pages', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
  }, 60000);
  afterAll(async () => {
    await browser.close();
  });

  it('100,000 nodes: stops at the node bound and says so', async () => {
    const html = `<html lang="zh-CN"><body><div>借款金额：1,000.00元</div><script>
      const f = document.createDocumentFragment();
      for (let i = 0; i < 50000; i++) { const s = document.createElement('span'); s.textContent = 'x' + i; f.appendChild(s); }
      document.body.appendChild(f);</script></body></html>`;
    const { raw, wallMs } = await scanHtml(page, html);
    expect(raw.stats.truncated).toBe(true);
    expect(raw.stats.nodesVisited).toBeLessThanOrEqual(60001);
    expect(raw.pairs.some((p) => p.label === '借款金额')).toBe(true);
    // A hang guard, not a speed check (speed is `npm run bench`): the node bound ends the read in
    // under 2 s on an idle two-core machine; an unbounded walk would not end at all.
    expect(wallMs).toBeLessThan(20_000);
  }, 60000);

  it('shadow roots nested 200 deep: bounded depth, truncated, no hang', async () => {
    const html = `<html lang="zh-CN"><body><div id="h"></div><script>
      let host = document.getElementById('h');
      for (let i = 0; i < 200; i++) { const r = host.attachShadow({ mode: 'open' }); const d = document.createElement('div');
        d.textContent = '层' + i; r.appendChild(d); const next = document.createElement('div'); r.appendChild(next); host = next; }
      </script></body></html>`;
    const { raw, wallMs } = await scanHtml(page, html);
    expect(raw.stats.truncated).toBe(true);
    expect(raw.blocks.some((b) => b.text === '层0')).toBe(true);
    expect(wallMs).toBeLessThan(20_000);
  }, 60000);

  it('a page that mutates forever: stops at the time bound, marks the read partial', async () => {
    const html = `<html lang="zh-CN"><body><div id="t">加载中</div><script>
      let n = 0; setInterval(() => { document.getElementById('t').textContent = '计数 ' + (n++); }, 20);</script></body></html>`;
    const { raw, wallMs } = await scanHtml(page, html, { maxTotalMs: 1000 });
    expect(raw.stats.truncated).toBe(true);
    expect(wallMs).toBeLessThan(3000);
  }, 60000);

  it('garbage numbers are reported unreadable, never read', async () => {
    const html = `<html lang="zh-CN"><body><div>借款金额：１２,３４,５.６.７元</div><div>借款期限：十二期</div>
      <div>年化利率：9.9.9%</div></body></html>`;
    const { raw } = await scanHtml(page, html);
    const terms = readTerms(raw);
    expect(terms?.principal).toBeNull();
    expect(terms?.unreadable.map((u) => u.label)).toContain('借款金额');
    expect(terms?.statedRates.map((r) => r.valueText)).not.toContain('9.9.9%');
  }, 60000);

  it('a hidden contradicting block (display:none, visibility:hidden, off-screen, opacity 0) is ignored', async () => {
    const html = `<html lang="zh-CN"><body>
      <div>借款金额：5,000.00元</div><div>借款期限：6期</div>
      <div style="display:none">借款金额：50,000.00元</div>
      <div style="visibility:hidden">借款期限：36期</div>
      <div style="position:absolute;left:-9999px">年化利率：1.00%</div>
      <div style="opacity:0">每期应还：1.00元</div></body></html>`;
    const { raw } = await scanHtml(page, html);
    const t = readTerms(raw);
    expect(t?.principal).toBe('5000.00');
    expect(t?.termMonths).toBe(6);
    expect(t?.statedRates).toEqual([]);
    expect(t?.payments).toEqual([]);
  }, 60000);
});
