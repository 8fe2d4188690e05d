/**
 * Round seventy-two's markup, read by the real scanner in Chromium: an animated tab strip (iView's
 * `ivu-tabs-content-animated`) slides its row of panes with `translateX(-300%)`, so the strip's own
 * box lies wholly left of the page while the fourth pane it holds is drawn in view (page 2691). The
 * pane is read; a box left of the page holding nothing that spills out is still left out.
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
});
