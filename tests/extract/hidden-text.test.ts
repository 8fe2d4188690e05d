/**
 * Text a borrower cannot see is not a term (design.md §4; issue 12): each way a lender was seen to
 * hide a contradicting row (50,000 borrowed, 47,000 received, on a fair 20,000 loan) must leave
 * the report of the clean page unchanged, and real fine print (small, grey, faded, scaled) must
 * still count. Real Chromium: these are questions of layout and paint.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { analyseExtraction } from '@/lib/analysis/analyse';
import type { Report } from '@/lib/model/report';
import { defaultSettings } from '@/lib/storage/settings';
import { repoRoot } from '../../cli/paths';
import { launchChromium } from '../../cli/chromium';
import { scanPage } from '../support/scan-page';

const fair = readFileSync(join(repoRoot, 'cli/samples/fair-bank-loan.html'), 'utf8');
const firstRow = '<div class="row"><span>借款金额</span>';

/** The fair page with a contradicting pair of rows hidden by `row` / `span` styles, or `wrap`. */
function withHidden(rowStyle: string, spanStyle = '', wrap = (rows: string) => rows): string {
  const row = (label: string, value: string): string =>
    `<div class="row" style="${rowStyle}"><span style="${spanStyle}">${label}</span><span style="${spanStyle}">${value}</span></div>`;
  const rows = row('借款金额', '50,000.00元') + row('实际到账金额', '47,000.00元');
  return fair.replace(firstRow, wrap(rows) + firstRow);
}

/** The fair page with the contradicting terms as one line each, hidden by `style`. */
function withLines(style: string): string {
  const lines = ['借款金额：50,000.00元', '实际到账金额：47,000.00元']
    .map((l) => `<p style="${style}">${l}</p>`)
    .join('');
  return fair.replace(firstRow, lines + firstRow);
}

/** The fair page with its own term rows, labels included, restyled as fine print. */
function restyled(css: string): string {
  return fair
    .replace('.row span:first-child', '.row-label')
    .replace('</style>', `.row { ${css} }</style>`);
}

/** A PDF viewer's page: the canvas that draws the words, and over it the same words as a faded,
 *  transparent layer for selection (PDF.js's .textLayer); `canvasCss` sizes the canvas. */
const pdfPage =
  (canvasCss: string) =>
  (rows: string): string =>
    `<div style="position:relative"><canvas style="position:absolute;left:0;top:0;${canvasCss}"></canvas>` +
    `<div style="position:relative;opacity:0.2">${rows}</div></div>`;

/** pdfh5's page: the canvas turned into an <img>, and the transparent layer beside it, with or
 *  without PDF.js's class name for it. */
const pdfImagePage =
  (layerClass: string) =>
  (rows: string): string =>
    `<div style="position:relative"><img alt="" style="position:absolute;left:0;top:0;width:100%;height:100%" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">` +
    `<div class="${layerClass}" style="position:relative">${rows}</div></div>`;

/** A phone page's toolbar sized in vw, fixed at the bottom and taller than half a wide window,
 *  below a page long enough to scroll. */
const tallFixedToolbar = (html: string): string =>
  html
    .replace(/<body[^>]*>/, (body) => `${body}<div style="height:1600px"></div>`)
    .replace(
      '</body>',
      '<div style="height:1600px"></div><div style="position:fixed;left:0;right:0;bottom:0;height:55vh;background:#fff"></div></body>',
    );

const overlay = (rows: string): string =>
  `<div style="position:relative">${rows}<div style="position:absolute;inset:0;background:#fff"></div></div>`;

/** What the borrower is told: the figures, the rate and the verdicts. */
function gist(r: Report): unknown {
  return {
    principal: r.terms?.principal,
    received: r.terms?.received,
    termMonths: r.terms?.termMonths,
    rates: r.terms?.statedRates.map((s) => s.value),
    effective: r.apr?.effective,
    failed: r.findings.filter((f) => f.outcome === 'fail').map((f) => f.id),
  };
}

describe('hidden text is not a term; fine print is', () => {
  let browser: Browser;
  let page: Page;
  let clean: unknown;

  async function report(html: string): Promise<Report> {
    await page.setContent(html, { waitUntil: 'load' });
    const raw = await scanPage(page, { maxRounds: 1 });
    return analyseExtraction(raw, {
      input: 'test',
      settings: defaultSettings,
      now: '2026-11-20T00:00:00.000Z',
    });
  }

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    clean = gist(await report(fair));
  }, 60000);
  afterAll(async () => {
    await browser.close();
  });

  it('the clean page reads as a fair 20,000 loan', () => {
    expect(clean).toMatchObject({ principal: '20000.00', received: '20000.00', termMonths: 12 });
  });

  it('the contradicting rows, shown, do change the report (the attack is real)', async () => {
    expect(gist(await report(withHidden('')))).not.toEqual(clean);
  }, 30000);

  const hidden: [string, string][] = [
    ['color equal to the background', withHidden('', 'color:#fff')],
    ['color: transparent', withHidden('', 'color:transparent')],
    ['font-size: 1px', withHidden('', 'font-size:1px')],
    ['clip-path: inset(50%)', withHidden('clip-path:inset(50%)')],
    ['clip: rect(0 0 0 0)', withHidden('position:absolute;clip:rect(0 0 0 0)')],
    ['opacity: 0.01', withHidden('opacity:0.01')],
    ['filter: opacity(0)', withHidden('filter:opacity(0)')],
    ['position: fixed far below', withHidden('position:fixed;top:20000px;left:0')],
    ['position: fixed far right', withHidden('position:fixed;top:0;left:20000px')],
    ['text-indent: -9999px', withLines('text-indent:-9999px')],
    ['text-indent: -9999px on a row', withHidden('text-indent:-9999px')],
    ['an opaque overlay', withHidden('', '', overlay)],
    ['z-index: -1 behind the content', withHidden('position:relative;z-index:-1')],
    [
      'an overflow: hidden box too small to show them',
      withHidden('', '', (rows) => `<div style="height:0;overflow:hidden">${rows}</div>`),
    ],
    [
      'color: transparent beside a small canvas it does not lie on',
      withHidden('', 'color:transparent', pdfPage('width:10px;height:10px')),
    ],
    [
      'transform: scale(0.1)',
      withHidden('transform:scale(0.1);transform-origin:left top;height:4px'),
    ],
  ];
  for (const [name, html] of hidden) {
    it(`${name}: reads like the clean page`, async () => {
      expect(gist(await report(html))).toEqual(clean);
    }, 30000);
  }

  it('a PDF viewer’s transparent text layer over the canvas that draws it is read', async () => {
    const shown = gist(await report(withHidden('')));
    const layer = withHidden('', 'color:transparent', pdfPage('width:100%;height:100%'));
    expect(gist(await report(layer))).toEqual(shown);
  }, 30000);

  it('pdfh5’s transparent text layer over the image of its canvas is read', async () => {
    const shown = gist(await report(withHidden('')));
    const layer = withHidden('', 'color:transparent', pdfImagePage('textLayer'));
    expect(gist(await report(layer))).toEqual(shown);
  }, 30000);

  it('transparent text over a picture, in a layer not named a text layer, stays hidden', async () => {
    const layer = withHidden('', 'color:transparent', pdfImagePage(''));
    expect(gist(await report(layer))).toEqual(clean);
  }, 30000);

  it('a fixed toolbar over the middle of a wide window hides nothing one can scroll past', async () => {
    const shown = gist(await report(tallFixedToolbar(withHidden(''))));
    expect(shown).toEqual(gist(await report(withHidden(''))));
    // …while a box laid over the rows themselves still hides them, toolbar or not.
    expect(gist(await report(tallFixedToolbar(withHidden('', '', overlay))))).toEqual(clean);
  }, 30000);

  it('text in positioned boxes of no size (Flutter’s HTML renderer) is read', async () => {
    // Each paragraph sits in a 0×0 absolutely positioned flt-transform, translated into place.
    const para = (y: number, text: string): string =>
      `<flt-transform style="display:block;position:absolute;top:0;left:0;transform:translate(16px,${String(y)}px)">` +
      `<p style="position:absolute;margin:0;width:300px;font-size:16px;color:#333">${text}</p></flt-transform>`;
    const html =
      '<html lang="zh-CN"><body style="margin:0;height:100%;overflow:hidden">' +
      '<flt-glass-pane style="display:block;position:absolute;inset:0">' +
      ['借款金额 20,000.00元', '借款期限 12个月', '年化利率 7.20%', '还款方式 等额本息']
        .map((t, i) => para(40 + 30 * i, t))
        .join('') +
      '</flt-glass-pane></body></html>';
    const r = await report(html);
    expect(r.terms?.principal).toBe('20000.00');
    expect(r.terms?.termMonths).toBe(12);
  }, 30000);

  const finePrint: [string, string][] = [
    ['10px #999 on white', restyled('font-size:10px; color:#999')],
    ['12px #aaa at opacity 0.7', restyled('font-size:12px; color:#aaa; opacity:0.7')],
    [
      '12px scaled to 10px',
      restyled('font-size:12px; transform:scale(0.83); transform-origin:left'),
    ],
    ['#ccc on white', restyled('color:#ccc')],
  ];
  for (const [name, html] of finePrint) {
    it(`fine print ${name} is still read`, async () => {
      expect(gist(await report(html))).toEqual(clean);
    }, 30000);
  }
});
