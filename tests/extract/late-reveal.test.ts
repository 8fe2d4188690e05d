/**
 * A page whose body of text starts invisible and is revealed by script a moment after load (a
 * WeChat article's #js_content: "visibility: hidden; opacity: 0"), while its header already pairs
 * figures (a date, a read count): the scan waits for the body rather than stopping at the header.
 * So it does for a contract whose template variables a script fills in after load, and for a
 * confirmation that says it is still working its figures out ("额度计算中…") under a banner, and a
 * web component that says it is fetching its plan ("正在获取借款方案", page 2680).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchChromium } from '../../cli/chromium';
import { scannerBundle } from '../../cli/scanner-bundle';
import { scanPage } from '../support/scan-page';

describe('a body of text revealed by script after load', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
    // Built before the page opens, so the scan starts well before the body is revealed.
    await scannerBundle();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('is read once it is shown, not left out with the header', async () => {
    const terms =
      '借款金额：20,000.00元，借款期限：12期，年利率（单利）：10.80%，还款方式：等额本息。';
    await page.setContent(
      `<!doctype html><html lang="zh-CN"><body>
        <h2>随心借｜一篇讲清楚借款利息怎么算</h2>
        <p><span>发布</span> <em>2026-06-12</em></p><p><span>阅读</span> <span>3,862</span></p>
        <div id="js_content" style="visibility: hidden; opacity: 0">
          <p>${terms}</p><p>${'不少朋友在后台留言问随心借的利息到底怎么算，今天用一个完整的例子算给大家看。'.repeat(6)}</p>
        </div>
        <script>setTimeout(() => {
          const c = document.getElementById('js_content');
          c.style.visibility = 'visible'; c.style.opacity = '1';
        }, 500);</script>
      </body></html>`,
      { waitUntil: 'domcontentloaded' },
    );
    const raw = await scanPage(page);
    expect(raw.blocks.some((b) => b.text.includes('20,000.00'))).toBe(true);
  });

  it('waits for a template’s variables to be filled in', async () => {
    // "$attr.loanAmount$" until the script puts the figures in, 600 ms after load.
    await page.setContent(
      `<!doctype html><html lang="zh-CN"><body>
        <h2>借款协议</h2>
        <table><tr><td>协议编号：</td><td><span id="no">$attr.agreementNo$</span></td></tr>
        <tr><td>借款本金</td><td><span id="amount">$attr.loanAmount$</span> 元</td></tr>
        <tr><td>借款年利率</td><td><span id="rate">$attr.loanYearYield$</span></td></tr></table>
        <script>setTimeout(() => {
          document.getElementById('no').textContent = 'HD-20260506-01';
          document.getElementById('amount').textContent = '20,000.00';
          document.getElementById('rate').textContent = '11.00%';
        }, 600);</script>
      </body></html>`,
      { waitUntil: 'domcontentloaded' },
    );
    const raw = await scanPage(page);
    expect(raw.blocks.some((b) => b.text.includes('20,000.00'))).toBe(true);
    expect(raw.blocks.some((b) => b.text.includes('$attr.'))).toBe(false);
  });

  it('waits while the page says its figures are being worked out', async () => {
    // The banner pairs a figure at once ("新人福利：日息低至0.02%"); the loan comes 500 ms later.
    await page.setContent(
      `<!doctype html><html lang="zh-CN"><body>
        <p><span>新人福利：</span><span>日息低至0.02%，最快5分钟到账</span></p>
        <div id="loan"><p>额度计算中…</p></div>
        <script>setTimeout(() => {
          document.getElementById('loan').innerHTML =
            '<p><span>借款金额</span> <b>2,000.00元</b></p><p><span>实际到账</span> <b>1,880.00元</b></p>';
        }, 500);</script>
      </body></html>`,
      { waitUntil: 'domcontentloaded' },
    );
    const raw = await scanPage(page);
    expect(raw.blocks.some((b) => b.text.includes('1,880.00'))).toBe(true);
  });

  it('waits while a web component says it is fetching its plan ("正在获取借款方案")', async () => {
    // A Lit-style component renders a loading line in its shadow root, then the offer 500 ms later.
    await page.setContent(
      `<!doctype html><html lang="zh-CN"><body>
        <p><span>商品价格</span> <b>¥6,999.00</b></p>
        <loan-plan></loan-plan>
        <script>customElements.define('loan-plan', class extends HTMLElement {
          connectedCallback() {
            const root = this.attachShadow({ mode: 'open' });
            root.innerHTML = '<p>正在获取借款方案</p>';
            setTimeout(() => {
              root.innerHTML = '<p><span>实际到账</span> <b>¥4,650.00</b></p>';
            }, 500);
          }
        });</script>
      </body></html>`,
      { waitUntil: 'domcontentloaded' },
    );
    const raw = await scanPage(page);
    expect(raw.blocks.some((b) => b.text.includes('4,650.00'))).toBe(true);
  });

  it('waits for a table whose cells are still empty to be filled', async () => {
    // The headers and an empty row are in the page; the figures come 500 ms after load.
    await page.setContent(
      `<!doctype html><html lang="zh-CN"><body>
        <table><thead><tr><th>账单</th><th>初始本金</th><th>利率</th></tr></thead>
        <tbody><tr><td id="a"></td><td id="b"></td><td id="c"></td></tr></tbody></table>
        <script>setTimeout(() => {
          document.getElementById('a').textContent = 'SJ202601150071';
          document.getElementById('b').textContent = '12000.00元';
          document.getElementById('c').textContent = '1.20%/月';
        }, 500);</script>
      </body></html>`,
      { waitUntil: 'domcontentloaded' },
    );
    const raw = await scanPage(page);
    expect(raw.blocks.some((b) => b.text.includes('12000.00'))).toBe(true);
  });
});
