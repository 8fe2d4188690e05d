/**
 * Rounds sixty-nine to seventy-one's markup, read by the real scanner in Chromium: radios whose
 * options are the words after each input in one parent, white text over a card Flutter web paints
 * in a canvas, an Angular Material grid whose rows carry no aria-rowindex, and a chat's history
 * scrolled past above its newest message.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { RawExtraction } from '@/lib/model/extraction';
import { launchChromium } from '../../cli/chromium';
import { scanPage } from '../support/scan-page';

describe('radios written as text after each input, and text over a painted canvas', () => {
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
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('labels each radio with the words after it, not every option in the parent', async () => {
    const raw = await scan(`
      <table><tr><td>还款方式：</td><td>
        <input type="radio" name="m" value="equal" />等额本息<input
          type="radio" name="m" value="interest" checked />先息后本
      </td></tr></table>`);
    const radios = raw.controls.filter((c) => c.kind === 'radio');
    expect(radios.map((c) => [c.label, c.checked])).toEqual([
      ['等额本息', false],
      ['先息后本', true],
    ]);
  });

  it('reads white text drawn over a canvas that paints the card behind it', async () => {
    // Flutter web's HTML renderer: <flt-canvas> holds the <canvas> with the card's orange fill and
    // the paragraphs positioned over it; no element has a background colour of its own.
    const raw = await scan(`
      <div style="position:relative;width:375px;height:120px">
        <canvas id="c" width="375" height="120" style="position:absolute;left:0;top:0"></canvas>
        <p style="position:absolute;left:20px;top:10px;margin:0;color:#fff;font-size:14px">年利率（单利）</p>
        <p style="position:absolute;left:20px;top:40px;margin:0;color:#fff;font-size:14px">18%</p>
      </div>
      <script>
        const g = document.getElementById('c').getContext('2d');
        g.fillStyle = '#ff9817';
        g.fillRect(0, 0, 375, 120);
      </script>`);
    const texts = raw.blocks.map((b) => b.text);
    expect(texts).toContain('年利率（单利）');
    expect(texts).toContain('18%');
  });

  it('reads an ARIA grid whose rows carry no aria-rowindex row by row (Angular Material)', async () => {
    const raw = await scan(`
      <mat-table role="grid" style="display:block">
        <mat-header-row role="row" style="display:flex">
          <mat-header-cell role="columnheader" style="flex:1">期次</mat-header-cell>
          <mat-header-cell role="columnheader" style="flex:1">应还金额</mat-header-cell>
        </mat-header-row>
        <mat-row role="row" style="display:flex">
          <mat-cell role="gridcell" style="flex:1">1</mat-cell>
          <mat-cell role="gridcell" style="flex:1">2,781.90</mat-cell>
        </mat-row>
        <mat-row role="row" style="display:flex">
          <mat-cell role="gridcell" style="flex:1">2</mat-cell>
          <mat-cell role="gridcell" style="flex:1">2,781.90</mat-cell>
        </mat-row>
      </mat-table>`);
    expect(raw.tables.map((t) => [t.headers, t.rows])).toEqual([
      [
        ['期次', '应还金额'],
        [
          ['1', '2,781.90'],
          ['2', '2,781.90'],
        ],
      ],
    ]);
  });

  it('reads a chat’s history that its box has scrolled past, above the newest message', async () => {
    await page.setContent(
      `<!doctype html><html lang="zh-CN"><body style="margin:0">
        <div id="chat" style="height:200px;overflow:auto">
          <p style="height:180px;margin:0">客服：借款金额8,000.00元，年化利率9.60%（月利率0.80%）。</p>
          <p style="height:180px;margin:0">客服：每期另收会员服务费88.00元。</p>
          <p style="height:180px;margin:0">客服：确认后在“借款”页提交即可。</p>
        </div>
        <p style="position:absolute;left:-9999px;top:-9999px">年化利率3.60%</p>
        <script>document.getElementById('chat').scrollTop = 9999;</script>
      </body></html>`,
      { waitUntil: 'load' },
    );
    const texts = (await scanPage(page, { maxRounds: 1 })).blocks.map((b) => b.text).join(' | ');
    expect(texts).toContain('年化利率9.60%');
    // (An off-screen decoy above and left of the page stays out.)
    expect(texts).not.toContain('3.60%');
  });

  it('still hides white text on a white box with no canvas under it', async () => {
    const raw = await scan(`
      <div style="background:#fff"><p style="color:#fff;font-size:14px">年利率 3.6%</p></div>
      <p>借款金额 10,000.00元</p>`);
    expect(raw.blocks.map((b) => b.text)).not.toContain('年利率 3.6%');
  });
});
