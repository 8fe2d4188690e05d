/**
 * Round seventy-seven's markup, read by the real scanner in Chromium: Framework7's root box cuts
 * off what overflows it and has no height, its views placed absolutely inside it (page 2858); an
 * accordion folded to no height in the flow (2858, 2859); an app page that scrolls in a box of its
 * own under a fixed toolbar (2857); a skeleton still on screen (2906); a title cell of two lines, a
 * note over or under the title, beside the value cell (2858, and Vant's van-cell__label in 2716); a
 * label with the days a charge ran for in brackets (2859).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { RawExtraction } from '@/lib/model/extraction';
import { launchChromium } from '../../cli/chromium';
import { scanPage } from '../support/scan-page';

describe('boxes of no height', () => {
  let browser: Browser;
  let page: Page;

  async function scan(body: string): Promise<RawExtraction> {
    await page.setContent(
      `<!doctype html><html lang="zh-CN"><head></head><body style="margin:0">${body}</body></html>`,
      { waitUntil: 'load' },
    );
    return scanPage(page, { maxRounds: 1 });
  }
  const textOf = (raw: RawExtraction): string => raw.blocks.map((b) => b.text).join(' ');

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 420, height: 720 } });
  });
  afterAll(async () => {
    await browser.close();
  });

  it('reads views placed absolutely inside a root that cuts off its own content', async () => {
    const raw = await scan(`
      <div style="overflow:hidden">
        <div style="position:absolute;top:0;left:0;width:100%"><p>借款金额 ￥100,000.00</p></div>
      </div>`);
    expect(textOf(raw)).toContain('￥100,000.00');
  });

  it('reads a folded panel as fine print, and leaves a screen-reader box out', async () => {
    const raw = await scan(`
      <p>借款金额 ￥8,000.00</p>
      <div style="position:relative;height:0;overflow:hidden">
        <p>提前结清须按剩余本金的2%支付提前还款违约金</p>
      </div>
      <span style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)">借款金额 ￥9,999.00</span>`);
    const folded = raw.blocks.find((b) => b.text.includes('提前还款违约金'));
    expect(folded?.finePrint).toBe(true);
    expect(textOf(raw)).not.toContain('￥9,999.00');
  });

  it('reads a figure its own scrolling box brings out from under a fixed toolbar', async () => {
    const raw = await scan(`
      <div style="position:absolute;top:0;bottom:0;left:0;right:0;overflow:auto">
        <div style="height:660px">借款详情</div>
        <p style="margin:0;font-size:16px">年化利率（单利） 12.00%</p>
        <div style="height:900px"></div>
      </div>
      <div style="position:fixed;left:0;right:0;bottom:0;height:80px;background:#fff">
        <button>立即还款</button>
      </div>`);
    expect(textOf(raw)).toContain('12.00%');
  });
});

describe('a skeleton still on screen', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 420, height: 720 } });
  });
  afterAll(async () => {
    await browser.close();
  });

  it('waits for the figures that replace it (Nuxt’s <ClientOnly> fallback, page 2906)', async () => {
    await page.setContent(
      `<!doctype html><html lang="zh-CN"><head></head><body>
        <div><span>借款金额</span><span>3,000.00</span></div>
        <div id="fees"><div class="skeleton" style="height:40px;background:#eee"></div></div>
        <script>
          setTimeout(() => {
            document.getElementById('fees').innerHTML =
              '<div><span>审核服务费（放款时扣除）</span><span>150.00 元</span></div>';
          }, 700);
        </script></body></html>`,
      { waitUntil: 'load' },
    );
    const raw = await scanPage(page);
    expect(raw.blocks.map((b) => b.text).join(' ')).toContain('150.00');
  });
});

describe('labels with a note', () => {
  let browser: Browser;
  let page: Page;

  async function pairsOf(body: string): Promise<[string, string][]> {
    await page.setContent(
      `<!doctype html><html lang="zh-CN"><head></head><body>${body}</body></html>`,
      { waitUntil: 'load' },
    );
    const raw = await scanPage(page, { maxRounds: 1 });
    return raw.pairs.map((p) => [p.label, p.value]);
  }

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 420, height: 720 } });
  });
  afterAll(async () => {
    await browser.close();
  });

  const row = (title: string): string => `
    <div style="display:flex;align-items:center;justify-content:space-between;padding:8px 16px">
      <div>${title}</div><div>ITEM</div>
    </div>`;

  it('pairs the title of a two-line cell with the value beside it', async () => {
    const pairs = await pairsOf(
      row(
        '<div style="font-size:12px;color:#888">按月付息，按借款本金计算</div>年化利率（单利）',
      ).replace('ITEM', '12.00%') +
        row(
          '担保费<div style="font-size:12px;color:#888">担保费率0.50%/月，按月收取</div>',
        ).replace('ITEM', '500.00元/月'),
    );
    // The note stays with the figure, in brackets: it says how the figure is charged.
    expect(pairs).toContainEqual(['年化利率（单利）', '12.00%（按月付息，按借款本金计算）']);
    expect(pairs).toContainEqual(['担保费', '500.00元/月（担保费率0.50%/月，按月收取）']);
  });

  it('pairs a label that says in brackets how many days its charge ran', async () => {
    const pairs = await pairsOf(
      `<div style="display:flex;justify-content:space-between"><span>罚息（7天）</span><span>35.00</span></div>`,
    );
    expect(pairs).toContainEqual(['罚息（7天）', '35.00']);
  });
});
