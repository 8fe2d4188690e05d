/**
 * Round fifty-seven's markup, read by the real scanner in Chromium: an amount whose decimal point
 * is an element of its own, a term chip marked only by a class no sibling has and a colour no
 * sibling shares, a plan card marked by its pressed button's words, and a dialog whose plan
 * scrolls inside a fixed layer over a long page (and, from round eighty-eight, a SKU sheet whose
 * figures sit below the fold of its own scroll box; from round one hundred and three, a pager under
 * a plan and a loan list's row whose id cell alone is coloured, neither of them options).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { RawExtraction } from '@/lib/model/extraction';
import { launchChromium } from '../../cli/chromium';
import { scanPage } from '../support/scan-page';

describe('split points, odd chips and lists in dialogs', () => {
  let browser: Browser;
  let page: Page;

  async function scan(body: string, head = ''): Promise<RawExtraction> {
    await page.setContent(
      `<!doctype html><html lang="zh-CN"><head>${head}</head><body>${body}</body></html>`,
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

  it('joins an amount whose decimal point is an element of its own', async () => {
    // NutUI's price: <span>50,000</span><span>.</span><span>00</span>.
    const raw = await scan(`
      <div>安薪贷</div>
      <div style="font-size:40px">￥<span>50,000</span><span class="point">.</span><span>00</span></div>`);
    expect(raw.blocks.map((b) => b.text)).toContain('￥50,000.00');
  });

  it('takes the one chip with a class and a colour of its own as the chosen one', async () => {
    const raw = await scan(
      `<ul class="perid"><li>7天</li><li>14天</li><li>21天</li><li class="enabled">28天</li></ul>`,
      `<style>.perid li{display:inline-block;color:#666} .perid li.enabled{color:#ff7a45}</style>`,
    );
    const chosen = raw.controls.filter((c) => c.checked).map((c) => c.label);
    expect(chosen).toEqual(['28天']);
  });

  it('leaves chips alone when the odd one is marked out of reach', async () => {
    const raw = await scan(
      `<ul class="perid"><li>7天</li><li>14天</li><li>21天</li><li class="disabled">28天</li></ul>`,
      `<style>.perid li{display:inline-block;color:#666} .perid li.disabled{color:#ccc}</style>`,
    );
    expect(raw.controls.filter((c) => c.checked)).toEqual([]);
  });

  it('takes no table cell for a chip, though the row’s first cell is styled apart', async () => {
    // A back office's plan: the 序号 cell is a link to the row's fee details, blue and classed.
    const raw = await scan(
      `<table><tr><td class="link">1</td><td>60,000.00</td><td>1/24</td><td>2,922.12</td></tr></table>`,
      `<style>td{color:#333} td.link{color:#1e6bd6}</style>`,
    );
    expect(raw.controls).toEqual([]);
  });

  it('takes no cell of a loan list’s row for a chip, though its id cell is coloured by its own style', async () => {
    // Round 103 (page 4320): the row's 36000.00 and 24个月 were set aside as unchosen options.
    const raw = await scan(`
      <table><thead><tr><th>借贷项目编号</th><th>借款总额</th><th>期限</th></tr></thead>
      <tbody><tr><td style="color:#47a7e1">2026031807</td><td>36000.00</td><td>24个月</td></tr></tbody></table>`);
    expect(raw.controls).toEqual([]);
  });

  it('still takes the one chip coloured by its own style as the chosen one', async () => {
    const raw = await scan(
      `<div><span class="amt" style="color:#1abc9c">1000</span><span class="amt">2000</span><span class="amt">3000</span></div>`,
    );
    expect(raw.controls.filter((c) => c.checked).map((c) => c.label)).toEqual(['1000']);
  });

  it('takes no page of a pager for an option', async () => {
    // Round 103: "<ul class="pager"><li class="active">1</li>…下一页" under a plan's first page.
    const raw = await scan(`
      <table><tr><td>还款期数</td><td>本期应还总额</td></tr><tr><td>1</td><td>¥1674.54</td></tr></table>
      <ul class="pager"><li class="active"><a href="#">1</a></li><li><a href="#">2</a></li>
      <li><a href="#">3</a></li><li><a href="#">下一页</a></li></ul>
      <ul class="el-pager"><li class="number is-active">1</li><li class="number">2</li></ul>`);
    expect(raw.controls).toEqual([]);
  });

  it('takes a plan card whose button reads 已选择该分期方式 as the chosen one', async () => {
    const raw = await scan(`
      <div class="plans">
        <div class="item"><h3>598.00元 × 6期</h3><a class="btn">选择该分期方式</a></div>
        <div class="item"><h3>299.00元 × 12期</h3><a class="btn">已选择该分期方式</a></div>
      </div>`);
    const chosen = raw.controls.filter((c) => c.checked).map((c) => c.label);
    expect(chosen.some((l) => l.includes('× 12期'))).toBe(true);
    expect(chosen.some((l) => l.includes('× 6期'))).toBe(false);
  });

  it('reads every row of a plan that scrolls inside a fixed dialog over a long page', async () => {
    // The rows past the dialog's own scroll box are one scroll of that box away; scrolling the
    // window (the page below is long) does not move them.
    const rows = Array.from(
      { length: 12 },
      (_, i) =>
        `<div class="row"><div>第${String(i + 1)}期：${String(900 - i)}.00元</div><div>含利息${String(80 - i)}.00元</div></div>`,
    ).join('');
    const raw = await scan(
      `<div style="height:3000px">借款详情</div>
       <div class="mask"><div class="box"><div class="list">${rows}</div></div></div>`,
      `<style>
        .mask{position:fixed;inset:0;background:rgba(0,0,0,.45);display:flex;align-items:center;justify-content:center}
        .box{background:#fff;width:300px}
        .list{max-height:40vh;overflow-y:auto}
        .row{padding:12px}
      </style>`,
    );
    const texts = raw.blocks.map((b) => b.text);
    for (let i = 1; i <= 12; i++)
      expect(texts).toContain(`第${String(i)}期：${String(901 - i)}.00元`);
  });

  it('keeps the figures below the fold of a fixed sheet’s own scroll box, whatever the window did', async () => {
    // A shop's SKU sheet (position: fixed, overflow: auto) over a long product page: the figures
    // on the page below the fold are looked at first, from the middle of the screen; the sheet
    // stays where it is, so its own figures below its fold are one scroll of the sheet away.
    const raw = await scan(
      `<div style="height:760px">商品详情</div><div>¥5999.00</div><div style="height:1200px"></div>
       <div class="mask"><div class="sheet"><div style="height:700px">首付 · 分期</div>
         <p>分期金额：¥4799.20 · 12期 · 等额本息</p><p>分期服务费：¥35.00/期</p>
         <div style="height:200px"></div></div>
         <footer>月供：¥454.70 确定</footer></div>`,
      `<style>
        .mask{position:fixed;inset:0;background:rgba(0,0,0,.3)}
        .sheet{position:absolute;left:0;right:0;top:100px;height:calc(100% - 100px);background:#fff;overflow:auto}
        footer{position:fixed;left:0;right:0;bottom:0;height:56px;background:#fff;z-index:1000}
      </style>`,
    );
    const texts = raw.blocks.map((b) => b.text);
    expect(texts).toContain('分期金额：¥4799.20 · 12期 · 等额本息');
    expect(texts).toContain('分期服务费：¥35.00/期');
  });
});
