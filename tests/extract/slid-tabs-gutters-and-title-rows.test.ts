/**
 * Rounds seventy-two to seventy-five's markup, read by the real scanner in Chromium: an animated tab
 * strip (iView's `ivu-tabs-content-animated`) slides its row of panes with `translateX(-300%)`, so
 * the strip's own box lies wholly left of the page while the fourth pane it holds is drawn in view
 * (page 2691) — the pane is read, and a box left of the page holding nothing that spills out is
 * still left out; an Element el-table whose header row ends in an empty gutter cell over a body
 * table one column narrower (2808); a row of titles over a row of short figures, each set from the
 * left edge of an equal-width column (2815).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { RawExtraction } from '@/lib/model/extraction';
import { launchChromium } from '../../cli/chromium';
import { scanPage } from '../support/scan-page';

describe('a tab strip slid off the page to show its last pane', () => {
  let browser: Browser;
  let page: Page;

  async function scan(body: string): Promise<RawExtraction> {
    await page.setContent(
      `<!doctype html><html lang="zh-CN"><head></head><body>${body}</body></html>`,
      { waitUntil: 'load' },
    );
    return scanPage(page, { maxRounds: 1 });
  }

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  });
  afterAll(async () => {
    await browser.close();
  });

  const pane = (visible: boolean, text: string): string =>
    `<div style="flex-shrink:0;width:100%;visibility:${visible ? 'visible' : 'hidden'}"><p>${text}</p></div>`;

  it('reads the pane drawn in view, not the hidden ones beside it', async () => {
    const raw = await scan(`
      <div style="width:800px;overflow:hidden">
        <div style="display:flex;width:100%;transform:translateX(-300%)">
          ${pane(false, '订单列表 ￥1,299.00')}${pane(false, '退单列表 ￥1,268.00')}
          ${pane(false, '分销费用 ￥0.00')}${pane(true, '借款金额 ￥60,000.00')}
        </div>
      </div>`);
    const text = raw.blocks.map((b) => b.text).join(' ');
    expect(text).toContain('￥60,000.00');
    expect(text).not.toContain('￥1,268.00');
  });

  it('still leaves out a box parked left of the page whose text stays inside it', async () => {
    const raw = await scan(`
      <p>借款金额 ￥5,000.00</p>
      <div style="position:absolute;left:-9999px;width:600px"><p>借款金额 ￥50,000.00</p></div>`);
    const text = raw.blocks.map((b) => b.text).join(' ');
    expect(text).toContain('￥5,000.00');
    expect(text).not.toContain('￥50,000.00');
  });

  it('joins an el-table header row, gutter cell and all, to its body', async () => {
    const raw = await scan(`
      <div class="el-table"><div class="el-table__header-wrapper"><table><thead><tr>
        <th>客户编号</th><th>贷款金额</th><th>Term</th><th>APR</th><th class="gutter"></th>
      </tr></thead></table></div>
      <div class="el-table__body-wrapper"><table><tbody><tr>
        <td>C2026031500417</td><td>30,000.00</td><td>12期</td><td>18.00%</td>
      </tr></tbody></table></div></div>`);
    const t = raw.tables.find((x) => x.rows.length === 1);
    expect(t?.headers).toEqual(['客户编号', '贷款金额', 'Term', 'APR']);
  });

  it('pairs titles over figures that start at the same left edge', async () => {
    const col = 'width:180px;flex-shrink:0;margin:0';
    const raw = await scan(`
      <div style="display:flex">${['借款金额，元:', 'APR:', 'Term:', '实际到账，元:']
        .map((t) => `<p style="${col}">${t}</p>`)
        .join('')}</div>
      <div style="display:flex;margin-top:20px">${['5,000.00', '18.25%', '30天', '4,750.00']
        .map((t) => `<div style="${col}"><span>${t}</span></div>`)
        .join('')}</div>`);
    const pairs = raw.pairs.map((p) => [p.label, p.value]);
    expect(pairs).toContainEqual(['借款金额，元', '5,000.00']);
    expect(pairs).toContainEqual(['实际到账，元', '4,750.00']);
  });
});
