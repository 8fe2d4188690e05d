/**
 * Layouts of admin systems and component kits, read by the real scanner in Chromium: a grid whose
 * header row and body are two <table>s (Element UI, layui), a descriptions table whose cells
 * alternate label and value with a text value among them, several "label：value" fields in one
 * run with a bracketed breakdown in one of them, and term chips each wrapped alone in an element.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { RawExtraction } from '@/lib/model/extraction';
import { launchChromium } from '../../cli/chromium';
import { scanPage } from '../support/scan-page';

describe('admin and component-kit layouts', () => {
  let browser: Browser;
  let page: Page;

  async function scan(body: string): Promise<RawExtraction> {
    await page.setContent(`<!doctype html><html lang="zh-CN"><body>${body}</body></html>`, {
      waitUntil: 'load',
    });
    return scanPage(page, { maxRounds: 1 });
  }

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('joins a header row in plain cells, a table of its own, to the body table under it', async () => {
    // A JSP back office: the header row is a <tr> of <td>s in one table, the rows in the next.
    const raw = await scan(`
      <table><tr><td>序号</td><td>期数</td><td>期初本金</td><td>剩余本金</td></tr></table>
      <table>
        <tr><td>1</td><td>1/12</td><td>50,000.00</td><td>45,833.33</td></tr>
        <tr><td>2</td><td>2/12</td><td>45,833.33</td><td>41,666.66</td></tr>
      </table>`);
    const plan = raw.tables.find((t) => t.headers.includes('期初本金'));
    expect(plan?.rows).toEqual([
      ['1', '1/12', '50,000.00', '45,833.33'],
      ['2', '2/12', '45,833.33', '41,666.66'],
    ]);
  });

  it('joins a header-only table to the headless body table under it', async () => {
    const raw = await scan(`
      <div class="el-table__header-wrapper"><table><thead><tr>
        <th>期数</th><th>应还本金</th><th>应还利息</th><th>还款日期</th></tr></thead></table></div>
      <div class="el-table__body-wrapper"><table><tbody>
        <tr><td>1</td><td>833.33</td><td>50.00</td><td>2026-01-15</td></tr>
        <tr><td>2</td><td>833.33</td><td>50.00</td><td>2026-02-15</td></tr>
      </tbody></table></div>`);
    const plan = raw.tables.find((t) => t.headers.includes('应还本金'));
    expect(plan?.rows).toEqual([
      ['1', '833.33', '50.00', '2026-01-15'],
      ['2', '833.33', '50.00', '2026-02-15'],
    ]);
  });

  it('pairs each value with its own label in a row of alternating cells', async () => {
    const raw = await scan(`
      <table><tbody><tr>
        <td>分期类型</td><td>等额本息</td><td>分期期数</td><td>12</td><td>每期时长</td><td>1月</td>
      </tr></tbody></table>`);
    const value = (label: string) => raw.pairs.find((p) => p.label === label)?.value;
    expect(value('分期期数')).toBe('12');
    expect(value('分期类型')).not.toBe('12');
  });

  it('splits fields at the spaces before their labels, but not inside brackets', async () => {
    const raw = await scan(
      `<p>首付金额：￥1000 分期次数：9 期 月供：￥560.00（本金：￥500.00 + 服务费：￥60.00）</p>`,
    );
    const value = (label: string) => raw.pairs.find((p) => p.label === label)?.value;
    expect(value('首付金额')).toBe('￥1000');
    expect(value('分期次数')).toBe('9 期');
    expect(value('月供')).toMatch(/^￥560\.00（本金：￥500\.00 \+ 服务费：￥60\.00）$/);
  });

  it('reads a chip wrapped alone in an element as one of its wrappers’ options', async () => {
    const raw = await scan(`
      <style>.active { color: #f60 }</style>
      <div class="term-date">
        <div><button type="button">6月</button></div>
        <div><button type="button" class="active">12月</button></div>
        <div><button type="button">24月</button></div>
      </div>`);
    const chips = raw.controls.filter((c) => c.kind === 'radio');
    expect(chips.map((c) => [c.label, c.checked])).toEqual([
      ['6月', false],
      ['12月', true],
      ['24月', false],
    ]);
  });

  it('reads a chip wrapped in two elements of its own, as uni-app lays out a grid of chips', async () => {
    // <uni-col><apply-select-items><view class="active">12个月</view></…></…>, one per chip.
    const chip = (term: string, cls = ''): string =>
      `<div class="col"><div class="items"><div class="${cls}">${term}</div></div></div>`;
    const raw = await scan(`
      <style>.active { color: #fff; background: #2979ff }</style>
      <div class="row">${chip('3个月')}${chip('6个月')}${chip('12个月', 'active')}${chip('24个月')}</div>`);
    const chips = raw.controls.filter((c) => c.kind === 'radio');
    expect(chips.map((c) => [c.label, c.checked])).toEqual([
      ['3个月', false],
      ['6个月', false],
      ['12个月', true],
      ['24个月', false],
    ]);
  });

  it('reads a card marked "curron", a template’s word for the current one, as chosen', async () => {
    const card = (term: string, cls = ''): string =>
      `<div class="stageMsgBox ${cls}"><div class="stageMsg-date">${term}</div>每期¥692.95</div>`;
    const raw = await scan(`
      <style>.curron { border: 1px solid #eb2613 }</style>
      <div class="MsgBox">${card('12期', 'curron')}${card('24期')}${card('6期')}</div>`);
    const chips = raw.controls.filter((c) => c.kind === 'radio');
    expect(chips.map((c) => [/^\d+期/.exec(c.label)?.[0], c.checked])).toEqual([
      ['12期', true],
      ['24期', false],
      ['6期', false],
    ]);
  });

  it('reads an input’s unit suffix as part of its value', async () => {
    // antd's affix wrapper: "融资金额 [300 万元]" is 3,000,000 yuan, not ¥300.
    const raw = await scan(`
      <div><label>融资金额</label></div>
      <div><span style="display:inline-flex;width:200px"
        ><span style="flex:1">300</span><span style="margin-left:4px">万元</span></span></div>`);
    expect(raw.pairs.find((p) => p.label === '融资金额')?.value).toBe('300万元');
  });

  it('pairs a bracketed note’s fields, and a value that opens with the colon', async () => {
    const raw = await scan(`
      <p>还款 ¥5105</p><p>（含利息：¥105 实际放款：¥4250元）</p>
      <p><span>需还款</span>：¥5014 周期：2周</p>`);
    const value = (label: string) => raw.pairs.find((p) => p.label === label)?.value;
    expect(value('实际放款')).toBe('¥4250元');
    expect(value('需还款')).toBe('¥5014');
    expect(value('周期')).toBe('2周');
  });

  it('still reads the page under an open dialog', async () => {
    // An iView modal over a fees table: the figures beneath are the page's, shown again when the
    // dialog closes. (A box laid over the figures themselves still hides them: hidden-text.test.)
    const raw = await scan(`
      <table><thead><tr><th>项目名称</th><th>金额</th></tr></thead>
        <tbody><tr><td>手续费</td><td style="padding-left:300px">4000.00</td></tr></tbody></table>
      <div style="position:fixed;inset:0;background:rgba(0,0,0,.4)"></div>
      <div style="position:fixed;inset:0">
        <div style="margin:0 auto;width:60%;background:#fff;height:400px">订单详情</div>
      </div>`);
    const fees = raw.tables.find((t) => t.headers.includes('项目名称'));
    expect(fees?.rows).toEqual([['手续费', '4000.00']]);
  });

  it('still reads the page under a popup layer with its own dimmed mask', async () => {
    // An app column's popup: position:absolute over the column, a rgba mask, the box on top.
    const raw = await scan(`
      <div style="position:relative;width:375px;height:600px">
        <p>月利率 <span style="margin-left:180px">1.2%</span></p>
        <div style="position:absolute;left:0;top:0;width:100%;height:100%">
          <div style="position:absolute;width:100%;height:100%;background:rgba(0,0,0,.5)"></div>
          <div style="position:absolute;left:40px;top:0;width:300px;height:300px;background:#fff">还款计划</div>
        </div>
      </div>`);
    expect(raw.blocks.some((b) => b.text.includes('1.2%'))).toBe(true);
  });

  it('still reads a dialog under a second dialog opened over it', async () => {
    // Bootstrap: a customer's details in one role="dialog", the repayment plan opened over it in
    // another (position:absolute, the dimmed backdrop a sibling at the body's level).
    const raw = await scan(`
      <div style="position:fixed;inset:0;background:#000;opacity:.5"></div>
      <div role="dialog" style="position:absolute;top:30px;left:0;right:0">
        <div style="width:600px;margin:0 auto;background:#fff;height:300px">
          <p>合同年利率 <span style="margin-left:120px">7.80%</span></p></div></div>
      <div role="dialog" style="position:absolute;top:20px;left:0;right:0">
        <div style="width:700px;margin:0 auto;background:#fff;height:400px">还款计划表</div></div>`);
    expect(raw.blocks.some((b) => b.text.includes('7.80%'))).toBe(true);
  });

  it('pairs a caption with the figure an add-on follows', async () => {
    // "13.20% | + 0.80% | 年利率": a P2P 加息 paid to the lenders is no rate of the loan.
    const raw = await scan(`
      <div style="font-size:34px">13.20%<span style="font-size:16px"> + 0.80%</span
        ><div style="font-size:12px">年利率 <span>（加息由平台补贴出借人）</span
          ><div>100%</div></div></div>
      <div><div style="font-size:18px">6个月</div><div>项目期限</div></div>
      <div><div style="font-size:18px">0.48万</div><div>借款总额</div></div>`);
    expect(raw.pairs.find((p) => p.label === '年利率')?.value).toBe('13.20%');
  });

  it('still reads the page under a bottom sheet beside its own mask', async () => {
    // A mask over the whole window and an opaque sheet fixed at the bottom over the values.
    const raw = await scan(`
      <div style="height:300px"></div>
      <p>借款天数 <span style="margin-left:160px">89天</span></p>
      <div style="position:fixed;inset:0;background:rgba(0,0,0,.4)"></div>
      <div style="position:fixed;left:0;right:0;bottom:0;height:70%;max-width:480px;background:#fff">
        账单明细</div>`);
    expect(raw.blocks.some((b) => b.text.includes('89天'))).toBe(true);
  });

  it('reads a bottom sheet’s figure after a covered figure was looked at', async () => {
    // 8.00元 sits in a sheet fixed at the bottom of the window. A figure before it is covered by
    // an opaque box, so the scanner scrolls to look at that one from the middle of the screen; the
    // sheet's figure must still be tested where it is shown, not where the scroll moved it.
    const raw = await scan(`
      <div style="height:600px"></div>
      <div style="position:relative"><p>剩余额度 <span>36,800.00元</span></p>
        <div style="position:absolute;inset:0;background:#fff"></div></div>
      <div style="height:900px"></div>
      <div style="position:fixed;inset:0;background:rgba(0,0,0,.4);z-index:9"></div>
      <div style="position:fixed;left:0;right:0;bottom:0;height:240px;background:#fff;z-index:10">
        <div>支付</div>
        <div style="display:flex;justify-content:space-between;margin-top:40px">
          <span>极速借条手续费</span><span>8.00元</span></div></div>`);
    expect(raw.blocks.some((b) => b.text === '8.00元')).toBe(true);
  });

  it('pairs a hero figure with its caption, not with a status tag above it', async () => {
    // A bill's hero: the tag "还款中", then 借款金额 over ¥1,000.00 over the order number.
    const raw = await scan(`
      <section style="width:400px;text-align:center">
        <span style="display:block">还款中</span>
        <p>借款金额</p>
        <strong style="display:block;font-size:32px">¥1,000.00</strong><span>订单编号 2026090107</span>
      </section>`);
    expect(raw.pairs.find((p) => p.label === '借款金额')?.value).toBe('¥1,000.00');
  });

  it('pairs a label that carries a note in words in brackets, figures and all', async () => {
    const raw = await scan(`
      <div style="display:flex;justify-content:space-between;width:400px">
        <span>分期服务费（今日已从尾号6618银行卡扣除）</span><span>¥299.00</span></div>
      <div style="display:flex;justify-content:space-between;width:400px">
        <span>银行信息(2341)</span><span>¥24000</span></div>`);
    expect(raw.pairs.find((p) => p.label.startsWith('分期服务费'))?.value).toBe('¥299.00');
    // A card's tail number in brackets is no note: that run is no label.
    expect(raw.pairs.some((p) => p.label.startsWith('银行信息'))).toBe(false);
  });

  it('pairs a card’s bold title with the figure under it, not with the note below the figure', async () => {
    // A Tailwind stat card: title row, big figure, small note.
    const raw = await scan(`
      <div style="width:300px;padding:24px">
        <div style="display:flex;justify-content:space-between"><h4 style="font-weight:600;font-size:16px;margin:0">借款金额</h4></div>
        <p style="font-size:30px;font-weight:700;margin:16px 0 0">¥36,000.00</p>
        <p style="font-size:14px;margin:4px 0 0">牙齿矫正疗程</p>
      </div>`);
    expect(raw.pairs.find((p) => p.label === '借款金额')?.value).toBe('¥36,000.00');
  });

  it('pairs the label at the end of a run after a comma with the figure after the run', async () => {
    const raw = await scan(`
      <div style="display:flex;justify-content:space-between;width:360px">
        <span>共3期，每期应还：</span><span>¥1,195.00</span></div>`);
    expect(raw.pairs.find((p) => p.label === '每期应还：' || p.label === '每期应还')?.value).toBe(
      '¥1,195.00',
    );
  });
  it('joins a grid header with blank cells over its row-number column to the body under it', async () => {
    // EasyUI with every column frozen: the header's first cell, over the row numbers, is blank.
    const raw = await scan(`
      <table><tr><td></td><td>当前期数</td><td>还款日</td><td>应还本金</td><td>应还利息</td></tr></table>
      <table>
        <tr><td>1</td><td>1</td><td>2026-04-18</td><td>1559.51</td><td>240.00</td></tr>
        <tr><td>2</td><td>2</td><td>2026-05-18</td><td>1578.22</td><td>221.29</td></tr>
      </table>`);
    const plan = raw.tables.find((t) => t.headers.includes('应还本金'));
    expect(plan?.rows[1]).toEqual(['2', '2', '2026-05-18', '1578.22', '221.29']);
  });

  it('names each column of a two-row header by its own cell under its group', async () => {
    // 序号 and 还款日 span both rows; 应收 and 实收 each span the three cells under them.
    const raw = await scan(`
      <table>
        <tr><th rowspan="2">序号</th><th rowspan="2">还款日</th><th colspan="3">应收</th>
          <th colspan="3">实收</th><th rowspan="2">还款状态</th></tr>
        <tr><th>服务费</th><th>本金</th><th>利息</th><th>当月实收服务费</th><th>本金</th><th>利息</th></tr>
        <tr><td>1</td><td>2026-01-20</td><td>500.00</td><td>1,898.03</td><td>400.00</td>
          <td>500.00</td><td>1,898.03</td><td>400.00</td><td>已还款</td></tr>
      </table>`);
    const plan = raw.tables.find((t) => t.headers.includes('序号'));
    expect(plan?.headers).toEqual([
      '序号',
      '还款日',
      '应收服务费',
      '应收本金',
      '应收利息',
      '当月实收服务费',
      '实收本金',
      '实收利息',
      '还款状态',
    ]);
    expect(plan?.rows).toEqual([
      ['1', '2026-01-20', '500.00', '1,898.03', '400.00', '500.00', '1,898.03', '400.00', '已还款'],
    ]);
  });

  it('reads a caption across every column above the heads as no column’s group', async () => {
    // A printed statement repeats its customer line in the <thead> of each printed page.
    const raw = await scan(`
      <table>
        <thead>
          <tr><th colspan="3">客户姓名：骆一鸣 分期合同号：CL-FQ-0815 分期本金：30,000.00元</th></tr>
          <tr><th>期次</th><th>应还本金(元)</th><th>分期手续费(元)</th></tr>
        </thead>
        <tr><td>1</td><td>1,250.00</td><td>204.00</td></tr>
        <tr><td>2</td><td>1,250.00</td><td>204.00</td></tr>
      </table>`);
    const plan = raw.tables.find((t) => t.rows.length === 2);
    expect(plan?.headers).toEqual(['期次', '应还本金(元)', '分期手续费(元)']);
  });

  it('joins a grid’s locked columns and the rest, header and body, into one table', async () => {
    // Kendo: k-grid-header-locked beside k-grid-header-wrap, then the two contents.
    const raw = await scan(`
      <div class="k-grid">
        <div class="k-grid-header">
          <div class="k-grid-header-locked"><table><thead><tr><th>期次</th><th>计划日期</th></tr></thead></table></div>
          <div class="k-grid-header-wrap"><table><thead><tr><th>租金(元)</th><th>本金(元)</th></tr></thead></table></div>
        </div>
        <div class="k-grid-content-locked"><table>
          <tr><td>1</td><td>2026-05-15</td></tr><tr><td>2</td><td>2026-06-15</td></tr></table></div>
        <div class="k-grid-content"><table>
          <tr><td>16,150.79</td><td>13,990.79</td></tr><tr><td>16,150.79</td><td>14,074.73</td></tr></table></div>
      </div>`);
    const plan = raw.tables.find((t) => t.headers.includes('期次'));
    expect(plan?.headers).toEqual(['期次', '计划日期', '租金(元)', '本金(元)']);
    expect(plan?.rows[1]).toEqual(['2', '2026-06-15', '16,150.79', '14,074.73']);
  });

  it('carries a plan on into the headless table that numbers on from its last row', async () => {
    // A letter breaks its plan at a page: periods 1–2 under the header, 3–4 in a table of their own.
    const raw = await scan(`
      <table><tr><th>期数</th><th>还款日期</th><th>应还款额</th></tr>
        <tr><td>1</td><td>2026-06-08</td><td>3,182.22</td></tr>
        <tr><td>2</td><td>2026-07-08</td><td>3,182.22</td></tr></table>
      <p>第 1 页</p>
      <table><tr><td>3</td><td>2026-08-08</td><td>3,182.22</td></tr>
        <tr><td>4</td><td>2026-09-08</td><td>3,182.30</td></tr></table>`);
    const plan = raw.tables.find((t) => t.headers.includes('应还款额'));
    expect(plan?.rows.map((r) => r[0])).toEqual(['1', '2', '3', '4']);
  });
  it('joins the parts of a row a grid draws in its pinned and centre containers', async () => {
    // AG Grid: 期数 pinned left, 状态 right, the amounts in the centre, each container in its own
    // row order; aria-rowindex joins a row's parts and aria-colindex orders its cells.
    const raw = await scan(`
      <div role="grid" aria-rowcount="3" aria-colcount="4">
        <div role="rowgroup">
          <div role="row" aria-rowindex="1">
            <div role="columnheader" aria-colindex="1">期数</div>
            <div role="columnheader" aria-colindex="2">应还时间</div>
            <div role="columnheader" aria-colindex="3">应还总金额</div>
            <div role="columnheader" aria-colindex="4">状态</div></div></div>
        <div role="rowgroup" class="ag-pinned-left-cols-container">
          <div role="row" aria-rowindex="2"><div role="gridcell" aria-colindex="1">1</div>
            <div role="gridcell" aria-colindex="2">2026-06-12</div></div>
          <div role="row" aria-rowindex="3"><div role="gridcell" aria-colindex="1">2</div>
            <div role="gridcell" aria-colindex="2">2026-07-12</div></div></div>
        <div role="rowgroup" class="ag-center-cols-container">
          <div role="row" aria-rowindex="3"><div role="gridcell" aria-colindex="3">1,053.15</div></div>
          <div role="row" aria-rowindex="2"><div role="gridcell" aria-colindex="3">1,053.15</div></div></div>
        <div role="rowgroup" class="ag-pinned-right-cols-container">
          <div role="row" aria-rowindex="3"><div role="gridcell" aria-colindex="4">待还</div></div>
          <div role="row" aria-rowindex="2"><div role="gridcell" aria-colindex="4">已还</div></div></div>
      </div>`);
    const plan = raw.tables.find((t) => t.headers.includes('应还总金额'));
    expect(plan?.rows).toEqual([
      ['1', '2026-06-12', '1,053.15', '已还'],
      ['2', '2026-07-12', '1,053.15', '待还'],
    ]);
  });

  it('keeps a cell’s date on its own line apart from the period above it, not a split figure', async () => {
    // A script-drawn plan: "第1期<br><span>2026/06/20</span>" under 期数/还款日, and an amount
    // split for styling ("<i>¥</i>956<small>.76</small>") that stays one figure.
    const raw = await scan(`
      <table>
        <thead><tr><th>期数/还款日</th><th>本金</th><th>应还</th></tr></thead>
        <tbody>
          <tr><td>第1期<br><span style="color:#a1a1aa">2026/06/20</span></td>
            <td><i>¥</i>956<small>.76</small></td><td>1124.76</td></tr>
          <tr><td>第2期<br><span style="color:#a1a1aa">2026/07/20</span></td>
            <td><i>¥</i>964<small>.41</small></td><td>1124.76</td></tr>
        </tbody>
      </table>`);
    const plan = raw.tables.find((t) => t.headers.includes('本金'));
    expect(plan?.rows).toEqual([
      ['第1期 2026/06/20', '¥956.76', '1124.76'],
      ['第2期 2026/07/20', '¥964.41', '1124.76'],
    ]);
  });

  it('reads a read-only text box’s note as text on screen, and not one that is hidden', async () => {
    // A back office's 备注 in a <textarea readonly>: the loan's rate is written only there.
    const raw = await scan(`
      <label>备注：</label>
      <textarea readonly>执行利率日0.02%（年化7.30%），按日计息、到期一次还本付息。</textarea>
      <div style="display:none"><textarea>隐藏的草稿：年化36%</textarea></div>`);
    const text = raw.blocks.map((b) => b.text).join(' ');
    expect(text).toContain('执行利率日0.02%（年化7.30%）');
    expect(text).not.toContain('隐藏的草稿');
  });

  it('joins an amount drawn one digit to a box, and its unit, into one figure', async () => {
    const raw = await scan(`
      <div style="font-size:38px">
        <span style="display:inline-block">2</span><span style="display:inline-block">0</span
        ><span style="display:inline-block">0</span><span style="display:inline-block">0</span
        ><span style="display:inline-block">0</span><span style="display:inline-block;font-size:16px">元</span>
      </div>
      <p>第 <span style="display:inline-block">3</span> 期</p>`);
    const texts = raw.blocks.map((b) => b.text);
    expect(texts).toContain('20000元');
  });
  it('sets a title row of one cell across the columns apart from the header under it', async () => {
    // An old P2P borrower centre: "<td colspan=4>还款中的借款</td>" over the column names.
    const raw = await scan(`
      <table>
        <tr><td colspan="4">还款中的借款</td></tr>
        <tr><td>标题</td><td>借款金额</td><td>年利率</td><td>还款期限</td></tr>
        <tr><td>经营周转借款</td><td>￥100000.00</td><td>10.8 %</td><td>6 个月</td></tr>
      </table>`);
    const list = raw.tables.find((t) => t.caption === '还款中的借款');
    expect(list?.headers).toEqual(['标题', '借款金额', '年利率', '还款期限']);
    expect(list?.rows).toEqual([['经营周转借款', '￥100000.00', '10.8 %', '6 个月']]);
  });

  it('reads the unit beside an input box as part of its figure', async () => {
    // layui's "layui-form-mid layui-word-aux" after the input: "金额 [150] 万元", "期限 [18] 天".
    const raw = await scan(`
      <style>.i{display:inline-block;width:120px}.m{display:inline-block}</style>
      <form>
        <div><label class="i">金额</label><div class="i"><div>150</div></div><div class="m">万元</div></div>
        <div><label class="i">期限</label><div class="i"><div>18</div></div><div class="i"><div>天</div></div></div>
      </form>`);
    const value = (label: string) => raw.pairs.find((p) => p.label === label)?.value;
    expect(value('金额')).toBe('150万元');
    expect(value('期限')).toBe('18天');
  });
  it('reads a pdf2htmlEX line whose glyphs overflow its scaled box', async () => {
    // pdf2htmlEX: "font-size:1px" boxes scaled by matrix(0.25…) from their bottom-left corner, the
    // glyphs drawn outside the tiny box; the hit test finds no box at the text's own centre.
    const raw = await scan(`
      <style>
        .pc{position:relative;width:900px;height:400px;overflow:hidden}
        .t{position:absolute;white-space:pre;font-size:1px;transform-origin:0 100%;
           transform:matrix(0.25,0,0,0.25,0,0);line-height:1;height:17px;left:100px}
        .fs{font-size:63px}
      </style>
      <div class="pc">
        <div class="t fs" style="bottom:300px">第三条 借款利率与计息</div>
        <div class="t fs" style="bottom:270px">本合同项下借款执行固定利率，年利率13.2%（月利率1.1%），在借款期限内不作调整。</div>
      </div>`);
    expect(raw.blocks.map((b) => b.text)).toContain(
      '本合同项下借款执行固定利率，年利率13.2%（月利率1.1%），在借款期限内不作调整。',
    );
  });
  it('keeps two lines of one cell together in a grid of cell elements', async () => {
    // A uni-app bill list: "view.tr > view.td", the month and its period in one cell.
    const raw = await scan(`
      <style>.tr{display:flex}.td{width:120px}</style>
      <div class="list">
        <div class="tr"><div class="td">账单月</div><div class="td">还款日</div><div class="td">本金</div><div class="td">应还</div></div>
        <div class="tr"><div class="td">2026年3月<br>1/9期</div><div class="td">2026-03-08</div><div class="td">1,000.00</div><div class="td">1,067.50</div></div>
        <div class="tr"><div class="td">2026年4月<br>2/9期</div><div class="td">2026-04-08</div><div class="td">1,000.00</div><div class="td">1,067.50</div></div>
        <div class="tr"><div class="td">2026年5月<br>3/9期</div><div class="td">2026-05-08</div><div class="td">1,000.00</div><div class="td">1,067.50</div></div>
      </div>`);
    const bills = raw.tables.find((t) => t.headers.includes('还款日'));
    expect(bills?.rows.map((r) => r.length)).toEqual([4, 4, 4]);
    expect(bills?.rows[0]?.[1]).toBe('2026-03-08');
  });
});
