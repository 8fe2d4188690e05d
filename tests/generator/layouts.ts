/**
 * One loan, many layouts. Each layout renders the same terms the way a real lending page does
 * (docs/reading.md lists the patterns and how often they occur); `decorate` adds decoys.
 */
import type { Loan, StatedRate } from './loan';
import type { Rng } from './random';
import { daxie, fullWidth, money, wan } from './words';

export const layouts = [
  'table',
  'dl',
  'div-grid',
  'h5-cells',
  'distant-labels',
  'chips',
  'radios',
  'blurb',
  'split-spans',
  'full-width',
  'daxie',
  'wan',
  'fine-print-details',
  'shadow-root',
  'iframe',
  'delayed',
] as const;
export type Layout = (typeof layouts)[number];

export type ScheduleMode = 'full' | 'first' | 'none';

export interface Rendered {
  body: string;
  script: string;
  /** Visible rates the decoys add (context figures in the truth). */
  extraRates: StatedRate[];
  /** The loan as this page states it, when that differs in form (a card's 手续费率 is a fee). */
  loan?: Loan;
  /** The page's <title> and <h1> when not 借款确认. */
  title?: string;
  heading?: string;
  /** False when the page names several lenders, so no single lender name is the truth. */
  lenderNamed?: boolean;
}

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const bullet = (l: Loan): boolean =>
  l.sched.type === 'bullet-days' || l.sched.type === 'bullet-months';
const termText = (l: Loan): string =>
  l.termDays !== null
    ? `${String(l.termDays)}天`
    : bullet(l)
      ? `${String(l.termMonths)}个月`
      : `${String(l.termMonths)}期`;

/** The label/value pairs of the summary, in page order. */
function pairs(l: Loan, mode: ScheduleMode, fmt: (m: string) => string): [string, string][] {
  const out: [string, string][] = [
    ['借款金额', fmt(l.principal)],
    ['借款期限', termText(l)],
    ['还款方式', l.method],
    [l.stated.label, l.stated.valueText],
  ];
  if (l.upfront) {
    out.push([l.upfront.name, `${fmt(l.upfront.amount)}（放款时从借款中扣除）`]);
    out.push(['到账金额', fmt(l.received)]);
  }
  if (l.periodic) out.push([l.periodic.name, `每期${fmt(l.periodic.amount)}`]);
  const first = l.rows[0]?.amount ?? '0';
  const last = l.rows[l.rows.length - 1]?.amount ?? '0';
  if (mode === 'first') {
    if (bullet(l)) out.push(['到期应还', fmt(first)]);
    else {
      out.push(['每期还款', fmt(first)]);
      if (last !== first) out.push(['末期还款', fmt(last)]);
    }
  }
  if (l.disbursementDate) out.push(['借款日期', l.disbursementDate]);
  out.push(['贷款机构', l.lenderName]);
  return out;
}

/** Real plans often show only the first rows until 查看全部 is clicked (docs/reading.md, pattern 7). */
function scheduleTable(l: Loan, fmt: (m: string) => string, folded = false): string {
  const dated = l.dueDates !== null;
  const head = `<tr><th>期数</th>${dated ? '<th>还款日</th>' : ''}<th>应还金额</th></tr>`;
  const body = l.rows
    .map(
      (x, k) =>
        `<tr><td>${String(k + 1)}</td>${dated ? `<td>${l.dueDates?.[k] ?? ''}</td>` : ''}<td>${fmt(x.amount)}</td></tr>`,
    )
    .join('');
  if (!folded || l.rows.length <= 4)
    return `<h3>还款计划</h3><table><thead>${head}</thead><tbody>${body}</tbody></table>`;
  const split = body.split('</tr>');
  const shown = split.slice(0, 3).join('</tr>') + '</tr>';
  const rest = split.slice(3).join('</tr>');
  return `<h3>还款计划</h3><table><thead>${head}</thead><tbody>${shown}</tbody><tbody class="more" style="display:none">${rest}</tbody></table><a href="#" onclick="this.previousElementSibling.querySelector('.more').style.display='';this.remove();return false">查看全部${String(l.rows.length)}期</a>`;
}

function scheduleGrid(l: Loan, fmt: (m: string) => string): string {
  const cells = l.rows
    .map(
      (x, k) =>
        `<div>${String(k + 1)}</div><div>${l.dueDates?.[k] ?? '—'}</div><div>${fmt(x.amount)}</div>`,
    )
    .join('');
  return `<h3>还款计划</h3><div class="gh"><span>期次</span><span>还款日</span><span>金额</span></div><div class="grid">${cells}</div>`;
}

/** Date · amount lines; a repayment record marks the first `paid` rows 已还 and the rest 待还. */
function scheduleList(l: Loan, fmt: (m: string) => string, paid = -1): string {
  const status = (k: number): string =>
    paid < 0 ? '' : k < paid ? ' <em>已还</em>' : ' <em>待还</em>';
  return `<h3>还款安排</h3>${l.rows
    .map(
      (x, k) =>
        `<p class="ln">${l.dueDates?.[k] ?? `第${String(k + 1)}期`} · ${fmt(x.amount)}${status(k)}</p>`,
    )
    .join('')}`;
}

const plain = (x: string): string => `${money(x)}元`;

export function render(l: Loan, layout: Layout, mode: ScheduleMode, r: Rng): Rendered {
  const ps = (fmt: (m: string) => string): [string, string][] => pairs(l, mode, fmt);
  let body = '';
  let script = '';
  const folded = r.chance(0.25);
  const paid = r.chance(0.3) ? r.int(0, Math.max(0, l.rows.length - 1)) : -1;
  const sched = (fmt: (m: string) => string, kind: 'table' | 'grid' | 'list' = 'table'): string =>
    mode !== 'full'
      ? ''
      : kind === 'table'
        ? scheduleTable(l, fmt, folded)
        : kind === 'grid'
          ? scheduleGrid(l, fmt)
          : scheduleList(l, fmt, paid);
  switch (layout) {
    case 'table':
      body = `<table class="sum">${ps(plain)
        .map(([a, b]) => `<tr><th>${a}</th><td>${b}</td></tr>`)
        .join('')}</table>${sched(plain)}`;
      break;
    case 'dl':
      body = `<dl>${ps(plain)
        .map(([a, b]) => `<dt>${a}</dt><dd>${b}</dd>`)
        .join('')}</dl>${sched(plain, 'list')}`;
      break;
    case 'div-grid':
      body = `<div class="kv">${ps(plain)
        .map(([a, b]) => `<div class="k">${a}</div><div class="v">${b}</div>`)
        .join('')}</div>${sched(plain, 'grid')}`;
      break;
    case 'h5-cells':
      body = `<ul class="cells">${ps(plain)
        .map(([a, b]) => `<li><span>${a}</span><i>${b}</i></li>`)
        .join('')}</ul>${sched(plain, 'list')}`;
      break;
    case 'distant-labels': {
      const p = ps(plain);
      body = `<div class="cols"><ul>${p.map(([a]) => `<li>${a}</li>`).join('')}</ul><div class="promo">新客专享 · 极速审批 · 随借随还</div><ul>${p.map(([, b]) => `<li>${b}</li>`).join('')}</ul></div>${sched(plain)}`;
      break;
    }
    case 'chips':
    case 'radios': {
      const unit = l.termDays !== null ? '天' : bullet(l) ? '个月' : '期';
      const chosen = l.termDays ?? l.termMonths ?? 0;
      const pool =
        l.termDays !== null
          ? [7, 14, 21, 30, 60, 90]
          : bullet(l)
            ? [3, 6, 12]
            : [3, 6, 9, 12, 18, 24, 36];
      const opts = [
        ...new Set([chosen, ...pool.filter((x) => x !== chosen).slice(0, r.int(2, 3))]),
      ].sort((a, b) => a - b);
      const mark = r.pick(['class', 'aria-pressed', 'aria-selected']);
      const chip = (x: number): string =>
        layout === 'radios'
          ? `<label class="opt"><input type="radio" name="t"${x === chosen ? ' checked' : ''}> ${String(x)}${unit}</label>`
          : mark === 'class'
            ? `<span class="chip${x === chosen ? ' active' : ''}">${String(x)}${unit}</span>`
            : `<button type="button" class="chip" ${mark}="${x === chosen ? 'true' : 'false'}">${String(x)}${unit}</button>`;
      const rest = ps(plain).filter(([a]) => a !== '借款期限');
      body = `<p>借款期限</p><div class="chips">${opts.map(chip).join('')}</div>${rest.map(([a, b]) => `<div class="row"><span>${a}</span><span>${b}</span></div>`).join('')}${sched(plain)}`;
      break;
    }
    case 'blurb': {
      const first = l.rows[0]?.amount ?? '0';
      const pay =
        mode === 'none'
          ? ''
          : bullet(l)
            ? `，到期一次还${money(first)}元`
            : `，每期还款${money(first)}元`;
      const fee = l.upfront
        ? `，${l.upfront.name}${money(l.upfront.amount)}元放款时扣除，实际到账${money(l.received)}元`
        : '';
      const pf = l.periodic ? `，另每期收取${l.periodic.name}${money(l.periodic.amount)}元` : '';
      const dated = l.disbursementDate ? `借款日期${l.disbursementDate}，` : '';
      body = `<p class="blurb">${dated}您本次借款${money(l.principal)}元，期限${termText(l)}，${l.method}，${l.stated.label}${l.stated.valueText}${fee}${pf}${pay}。贷款机构：${l.lenderName}。</p>${sched(plain, 'list')}`;
      break;
    }
    case 'split-spans': {
      const sp = (x: string): string => {
        const [i = '0', d = '00'] = money(x).split('.');
        return `<i>¥</i>${i}<small>.${d}</small><small>元</small>`;
      };
      body = `${ps(sp)
        .map(([a, b]) => `<p class="row"><span>${a}</span><span>：</span><b>${b}</b></p>`)
        .join('')}${sched(plain)}`;
      break;
    }
    case 'full-width': {
      const f = (x: string): string => fullWidth(money(x)) + '元';
      body = `${ps(f)
        .map(([a, b]) => `<div class="row"><span>${a}：</span><span>${fullWidth(b)}</span></div>`)
        .join('')}${sched(f)}`;
      break;
    }
    case 'daxie': {
      const f = (x: string): string => `人民币${money(x)}元（大写：${daxie(x)}）`;
      body = `<h2>借款合同（摘要）</h2>${ps(f)
        .map(([a, b]) => `<p>${a}：${b}</p>`)
        .join('')}${sched(plain)}`;
      break;
    }
    case 'wan':
      body = `${ps((x) => (x === l.principal ? wan(x) : plain(x)))
        .map(([a, b]) => `<div class="row"><span>${a}</span><span>${b}</span></div>`)
        .join('')}${sched(plain)}`;
      break;
    case 'fine-print-details': {
      const all = ps(plain);
      const isFee = (a: string): boolean =>
        a === l.upfront?.name || a === l.periodic?.name || a === '到账金额';
      body = `${all
        .filter(([a]) => !isFee(a))
        .map(([a, b]) => `<div class="row"><span>${a}</span><span>${b}</span></div>`)
        .join('')}${sched(plain)}
<details><summary>费用说明</summary>${all
        .filter(([a]) => isFee(a))
        .map(([a, b]) => `<p>${a}：${b}</p>`)
        .join('')}<p>借款人可提前还款，无需支付违约金。</p></details>`;
      break;
    }
    case 'shadow-root':
    case 'iframe':
    case 'delayed': {
      const inner = `${ps(plain)
        .map(([a, b]) => `<div class="row"><span>${a}</span><span>${b}</span></div>`)
        .join('')}${sched(plain)}`;
      if (layout === 'shadow-root') {
        body = '<ll-offer></ll-offer>';
        script = `customElements.define('ll-offer',class extends HTMLElement{constructor(){super();this.attachShadow({mode:'open'}).innerHTML=${JSON.stringify(inner)};}});`;
      } else if (layout === 'iframe') {
        const doc = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><body>${inner}</body></html>`;
        body = `<iframe style="width:100%;height:900px;border:0" srcdoc="${esc(doc)}"></iframe>`;
      } else {
        body = '<div id="app">加载中…</div>';
        script = `setTimeout(function(){document.getElementById('app').innerHTML=${JSON.stringify(inner)};},600);`;
      }
      break;
    }
  }
  return { body, script, extraRates: [] };
}

/** Decoys: an advert with another product's rate, another product's card, a hidden old block. */
export function decorate(x: Rendered, r: Rng): Rendered {
  const extraRates: StatedRate[] = [...x.extraRates];
  let before = '';
  let after = '';
  if (r.chance(0.5)) {
    const v = r.pick(['0.068', '0.072', '0.0888', '0.108']);
    const text = `${(Number(v) * 100).toFixed(2).replace(/\.?0+$/, '')}%`;
    after += `<aside class="ad"><b>为你推荐</b><p>安居装修贷：最高50万，年化利率${text}起</p></aside>`;
    extraRates.push({
      label: '年化利率',
      kind: 'annual-simple',
      value: v,
      valueText: text,
      context: 'another product in an advert',
    });
  }
  if (r.chance(0.3)) {
    after += `<div class="other"><b>其他产品</b><p>车主贷：借100,000.00元，分36期，每期还款3,212.50元</p></div>`;
  }
  if (r.chance(0.4)) {
    before += `<div style="display:none" class="legacy"><p>借款金额 88,000.00元</p><p>借款期限 48期</p><p>年化利率 5.5%</p><p>每期还款 2,046.66元</p></div>`;
  }
  return { ...x, body: `${before}${x.body}${after}`, extraRates };
}

export const pageCss = `body{font:14px/1.6 sans-serif;margin:16px;color:#222}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:3px 6px}
.kv{display:grid;grid-template-columns:8em 1fr}.gh,.grid{display:grid;grid-template-columns:3em 8em 8em;gap:2px 8px}.gh{font-weight:700}
.cells{list-style:none;padding:0}.cells li{display:flex;justify-content:space-between}.cells i{font-style:normal}.cols{display:flex;gap:20px}.cols ul{list-style:none;padding:0}
.promo{background:#ffe;padding:8px}.chip{border:1px solid #ccc;padding:2px 8px;margin:2px}.chip.active,.chip[aria-pressed=true],.chip[aria-selected=true]{border-color:#f60;color:#f60}
.row{display:flex;justify-content:space-between}.ad{background:#fffbe6;padding:8px;margin-top:12px}small{font-size:11px}details{font-size:11px;color:#999}`;
