/**
 * One loan, many layouts. Each layout renders the same terms the way a real lending page does
 * (docs/reading.md lists the patterns and how often they occur); `decorate` adds decoys.
 */
import type { Loan, StatedRate } from './loan';
import type { Rng } from './random';
import { TruthDecimal as D, s2, schedule } from './truth';
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
  'caption-below',
  'form-table',
  'contract-prose',
  'aria-radio-chips',
  'date-amount-list',
  'label-value-run',
  'multi-lender-total',
  'card-issuer',
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

/** The term options a chooser offers: the loan's term and two or three others, in order. */
function termOptions(l: Loan, r: Rng): { unit: string; chosen: number; opts: number[] } {
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
  return { unit, chosen, opts };
}

/**
 * The instalment figures a page shows beside or instead of its plan: the single repayment, or the
 * first instalment (每期 when all but the last are equal, 首期 otherwise) and the last when it differs.
 */
function instalments(l: Loan, every = '每期', first = '首期'): [string, string][] {
  const a = l.rows[0]?.amount ?? '0';
  const z = l.rows[l.rows.length - 1]?.amount ?? '0';
  if (bullet(l)) return [['到期应还', a]];
  const same = l.rows.slice(0, -1).every((x) => x.amount === a);
  const out: [string, string][] = [[`${same ? every : first}应还`, a]];
  if (z !== a) out.push(['末期应还', z]);
  return out;
}

/** 2026-02-08 → 2026/02/08 (the slash dates of repayment lists). */
const slashDate = (iso: string): string => iso.replace(/-/g, '/');
/** 2026-02-08 → [2026, 2, 8] (the blanks a contract fills in). */
const ymd = (iso: string): [string, string, string] => {
  const [y = '', m = '', d = ''] = iso.split('-');
  return [y, String(Number(m)), String(Number(d))];
};

/** Months as a contract or 借据 writes them (12个月), days as 天. */
const termWords = (l: Loan): string =>
  l.termDays !== null ? `${String(l.termDays)}天` : `${String(l.termMonths)}个月`;

/** Other institutions of each type, for a page on which several lend together. */
const coLenders: Record<Loan['lenderType'], string[]> = {
  bank: ['青川银行', '溪岸农村商业银行', '南屿村镇银行'],
  'consumer-finance': ['远山消费金融有限公司', '星河消费金融有限公司', '明湖消费金融有限公司'],
  'small-loan': ['松果小额贷款有限公司', '云帆网络小额贷款有限公司', '石桥小额贷款有限公司'],
};

/** The principal split among `k` lenders in whole hundreds of yuan. */
function split(principal: string, k: number, r: Rng): string[] {
  const units = Math.round(Number(principal) / 100);
  const cuts = new Set<number>();
  while (cuts.size < k - 1) cuts.add(r.int(1, units - 1));
  const edges = [0, ...[...cuts].sort((a, b) => a - b), units];
  return edges.slice(1).map((e, i) => s2(new D(e - (edges[i] ?? 0)).mul(100)));
}

/** Layouts a page falls back to when its own layout does not fit the loan (seeded choice). */
const fallbacks: readonly Layout[] = ['table', 'dl', 'div-grid', 'h5-cells', 'split-spans', 'wan'];

/**
 * A card instalment of a 等本等息 loan states its cost as 每期手续费率 on the instalment amount:
 * the same payments, the cost a periodic 分期手续费 rather than interest (the shared corpus's
 * convention for card instalments, patterns 20 and 69).
 */
function asCardFee(l: Loan): Loan {
  const fee = { name: '分期手续费', amount: s2(new D(l.principal).mul(l.sched.rate)) };
  const sched = { ...l.sched, rate: '0' };
  return {
    ...l,
    sched,
    periodic: fee,
    rows: schedule(l.principal, sched, [fee]),
    stated: {
      label: '每期手续费率',
      kind: 'fee-rate-monthly',
      value: l.sched.rate,
      valueText: l.stated.valueText,
    },
  };
}

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
      const { unit, chosen, opts } = termOptions(l, r);
      const mark = r.pick(['class', 'aria-pressed', 'aria-selected']);
      // The class that marks the chosen chip, as templates name it (no draw: the seeds stay).
      const on = ['active', 'item-selected', 'active-class', 'cur'][chosen % 4] ?? 'active';
      const chip = (x: number): string =>
        layout === 'radios'
          ? `<label class="opt"><input type="radio" name="t"${x === chosen ? ' checked' : ''}> ${String(x)}${unit}</label>`
          : mark === 'class'
            ? `<span class="chip${x === chosen ? ` ${on}` : ''}">${String(x)}${unit}</span>`
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
    case 'caption-below': {
      // Figure above its caption: <div class=stat><span class=num>3万元</span><span class=lab>借款金额</span></div>
      const stat = (num: string, lab: string): string =>
        `<div class="stat"><span class="num">${num}</span><span class="lab">${lab}</span></div>`;
      const cells: [string, string][] = [
        [wan(l.principal), '借款金额'],
        [termText(l), '借款期限'],
        [l.stated.valueText, l.stated.label],
        [l.method, '还款方式'],
      ];
      if (l.upfront) {
        cells.push([plain(l.upfront.amount), `${l.upfront.name}（放款时扣除）`]);
        cells.push([plain(l.received), '到账金额']);
      }
      if (l.periodic) cells.push([plain(l.periodic.amount), `${l.periodic.name}（每期）`]);
      const due =
        mode === 'none'
          ? ''
          : `<div class="due">${instalments(l, '每月', '首月')
              .map(([a, b]) => `<div class="big"><b>${plain(b)}</b><p>${a}</p></div>`)
              .join('')}</div>`;
      const dated = l.disbursementDate ? `<p class="note">借款日期：${l.disbursementDate}</p>` : '';
      body = `<div class="stats">${cells.map(([a, b]) => stat(a, b)).join('')}</div>${due}${dated}<p class="note">贷款机构：${l.lenderName}</p>${sched(plain)}`;
      break;
    }
    case 'form-table': {
      // A Word-exported 借款借据: label | value | label | value, the amount in 大写 and 小写 apart.
      const yen = (x: string): string => `¥${money(x)}`;
      const cells: [string, string][] = [
        ['借款金额（大写）', `人民币${daxie(l.principal)}`],
        ['（小写）', yen(l.principal)],
        ['借款期限', termWords(l)],
        ['还款方式', l.method],
        [l.stated.label, l.stated.valueText],
        ['贷款人', l.lenderName],
      ];
      if (l.upfront) {
        cells.push([l.upfront.name, `${yen(l.upfront.amount)}（放款时一次性扣除）`]);
        cells.push(['实际到账金额', yen(l.received)]);
      }
      if (l.periodic) cells.push([l.periodic.name, `每期${yen(l.periodic.amount)}`]);
      if (mode === 'first') for (const [a, b] of instalments(l)) cells.push([`${a}金额`, yen(b)]);
      if (l.disbursementDate) {
        const [y, m, d] = ymd(l.disbursementDate);
        cells.push(['借款日期', `${y}年${m}月${d}日`]);
      }
      if (cells.length % 2) cells.push(['借款人（签章）', '']);
      const td = (x: string, w: number): string =>
        `<td width="${String(w)}" valign="top"><p class="MsoNormal"><span style="font-family:宋体">${x}</span></p></td>`;
      const rows: string[] = [];
      for (let k = 0; k < cells.length; k += 2) {
        const [a = '', b = ''] = cells[k] ?? [];
        const [c = '', d = ''] = cells[k + 1] ?? [];
        rows.push(`<tr>${td(a, 120)}${td(b, 190)}${td(c, 120)}${td(d, 190)}</tr>`);
      }
      body = `<p class="MsoNormal" align="center"><b><span style="font-size:16pt">借 款 借 据</span></b></p><p class="MsoNormal"><span>借据编号：JJ${String(r.int(100000, 999999))}</span></p><table class="MsoTableGrid form" border="1" cellspacing="0" cellpadding="0">${rows.join('')}</table>${sched(plain)}`;
      break;
    }
    case 'contract-prose': {
      // The filled-in blanks of a contract are <u> elements inside its sentences.
      const u = (x: string): string => `<u>${x}</u>`;
      const n = l.termDays ?? l.termMonths ?? 0;
      const unit = l.termDays !== null ? '天' : '个月';
      let from = '自贷款实际发放之日起计算';
      const end = l.dueDates?.[l.dueDates.length - 1];
      if (l.disbursementDate && end) {
        const [y, m, d] = ymd(l.disbursementDate);
        const [y2, m2, d2] = ymd(end);
        from = `自${u(y)}年${u(m)}月${u(d)}日起至${u(y2)}年${u(m2)}月${u(d2)}日止`;
      }
      const accrue = l.stated.kind === 'daily' ? '按日计息' : '按月计息';
      const pay =
        mode === 'first'
          ? instalments(l)
              .map(([a, b]) => `${a}人民币${u(money(b))}元`)
              .join('，') + '。'
          : '';
      const fees = [
        l.upfront
          ? `<p>5.1 借款人应向贷款人支付${l.upfront.name}人民币${u(money(l.upfront.amount))}元，该费用于放款时从借款本金中一次性扣除，借款人实际到账金额为人民币${u(money(l.received))}元。</p>`
          : '',
        l.periodic
          ? `<p>5.${l.upfront ? '2' : '1'} 借款人应于每期还款日随当期还款一并支付${l.periodic.name}人民币${u(money(l.periodic.amount))}元。</p>`
          : '',
      ].join('');
      body = `<h2>个人借款合同</h2><p>贷款人（甲方）：${u(l.lenderName)}</p><p>借款人（乙方）：${u('吴**')}</p>
<h3>第一条 借款金额</h3><p>1.1 金额：人民币（大写）${u(daxie(l.principal))}（¥${u(money(l.principal))}）。</p>
<h3>第二条 借款期限</h3><p>2.1 借款期限为${u(String(n))}${unit}，${from}。</p>
<h3>第三条 借款利率</h3><p>3.1 ${l.stated.label}${u(l.stated.valueText)}，${accrue}。</p>
<h3>第四条 还款方式</h3><p>4.1 还款方式为${u(l.method)}${bullet(l) ? '' : `，共分${u(String(n))}期偿还`}。${pay}</p>
${fees ? `<h3>第五条 费用</h3>${fees}` : ''}${mode === 'full' ? `<h3>附件：还款计划表</h3>${sched(plain).replace('<h3>还款计划</h3>', '')}` : ''}`;
      break;
    }
    case 'aria-radio-chips': {
      // role=radio chips; only the chosen one carries its figures beside it.
      const { unit, chosen, opts } = termOptions(l, r);
      const figs: [string, string][] =
        mode === 'none'
          ? [[l.stated.label, l.stated.valueText]]
          : instalments(l).map(([a, b]) => [a, plain(b)]);
      const moved = new Set([
        ...figs.map(([a]) => a),
        '借款期限',
        '每期还款',
        '末期还款',
        '到期应还',
      ]);
      const chip = (x: number): string =>
        `<div class="ropt"><button type="button" role="radio" class="chip" aria-checked="${x === chosen ? 'true' : 'false'}">${String(x)}${unit}</button>${
          x === chosen
            ? figs.map(([a, b]) => `<span class="fig"><em>${a}</em><b>${b}</b></span>`).join('')
            : ''
        }</div>`;
      const rest = ps(plain).filter(([a]) => !moved.has(a));
      body = `<p id="tl">借款期限</p><div role="radiogroup" aria-labelledby="tl" class="chips">${opts.map(chip).join('')}</div>${rest.map(([a, b]) => `<div class="row"><span>${a}</span><span>${b}</span></div>`).join('')}${sched(plain)}`;
      break;
    }
    case 'date-amount-list': {
      // <li><span>2026/11/20</span><span>¥3,113.34</span><em>待还</em></li>; a plan listed in full
      // is the only statement of an instalment loan's term (a single repayment still says it).
      const full = mode === 'full';
      const rest = ps(plain).filter(([a]) => !(full && !bullet(l) && a === '借款期限'));
      const status = (k: number): string => (paid >= 0 && k < paid ? '已还' : '待还');
      const list = full
        ? `<h3>还款计划</h3><ul class="plan">${l.rows
            .map(
              (x, k) =>
                `<li><span>${l.dueDates?.[k] ? slashDate(l.dueDates[k]) : `第${String(k + 1)}期`}</span><span>¥${money(x.amount)}</span><em>${status(k)}</em></li>`,
            )
            .join('')}</ul>`
        : '';
      body = `${rest.map(([a, b]) => `<div class="row"><span>${a}</span><span>${b}</span></div>`).join('')}${list}`;
      break;
    }
    case 'label-value-run': {
      // One element per line, label and value parted by a space: "借款金额 9,000.00".
      const lines = ps(money).map(([a, b]): [string, string] =>
        a === '借款期限' && l.termDays !== null
          ? ['借款天数', b]
          : a === l.upfront?.name
            ? [a, `${money(l.upfront.amount)}（放款时扣除）`]
            : [a, b],
      );
      body = `${lines.map(([a, b]) => `<p class="lv">${a} ${b}</p>`).join('')}${sched(money)}`;
      break;
    }
    case 'multi-lender-total': {
      // Several lenders each lend part of the principal; a 合计 row gives the total.
      if (l.upfront) return render(l, r.pick(fallbacks), mode, r);
      const others = coLenders[l.lenderType].filter((x) => x !== l.lenderName);
      const k = r.int(2, 3);
      const names = [l.lenderName, ...others].slice(0, k);
      const parts = split(l.principal, names.length, r);
      const end = l.dueDates?.[l.dueDates.length - 1];
      const dated = l.disbursementDate !== null && end !== undefined;
      const head = `<tr><th>出借人</th><th>借款金额（元）</th><th>借款期限</th><th>${l.stated.label}</th>${dated ? '<th>借款开始日</th><th>借款到期日</th>' : ''}</tr>`;
      const rows = names
        .map(
          (x, i) =>
            `<tr><td>${x}</td><td>${money(parts[i] ?? '0')}</td><td>${termWords(l)}</td><td>${l.stated.valueText}</td>${dated ? `<td>${l.disbursementDate ?? ''}</td><td>${end}</td>` : ''}</tr>`,
        )
        .join('');
      const total = `<tr><td>合计</td><td>${money(l.principal)}</td><td colspan="${dated ? '4' : '2'}"></td></tr>`;
      const pay =
        mode === 'first'
          ? instalments(l)
              .map(([a, b]) => `${a}${money(b)}元`)
              .join('，') + '。'
          : '';
      const fee = l.periodic
        ? `<div><b>第三条 费用</b></div><div>借款人每期还款时另须支付${l.periodic.name}${money(l.periodic.amount)}元。</div>`
        : '';
      body = `<h2>借款协议</h2><div class="meta"><span>借款人：吴**</span> <span>出借人：详见本协议第一条</span>${dated ? ` <span>签订日期：${l.disbursementDate ?? ''}</span>` : ''}</div>
<div><b>第一条 借款详情如下表所示：</b></div><table>${head}${rows}${total}</table>
<div><b>第二条 还款方式</b></div><div>还款方式：${l.method}。${pay}</div>${fee}${mode === 'full' ? sched(plain) : ''}`;
      return { body, script, extraRates: [], lenderNamed: false };
    }
    case 'card-issuer': {
      // A bank card's 分期 page: the bank is named in the header, not in a row.
      if (l.lenderType !== 'bank' || bullet(l)) return render(l, r.pick(fallbacks), mode, r);
      const card = l.method === '等本等息' && !l.periodic ? asCardFee(l) : l;
      const rows: [string, string][] = [
        ['分期金额', money(card.principal)],
        ['分期期数', `${String(card.termMonths)}期`],
        [card.stated.label, card.stated.valueText],
      ];
      if (card !== l && card.periodic) rows.push(['每期手续费', money(card.periodic.amount)]);
      rows.push(['还款方式', card.method]);
      if (card.upfront) {
        rows.push([card.upfront.name, `${money(card.upfront.amount)}（放款时从分期金额中扣除）`]);
        rows.push(['到账金额', money(card.received)]);
      }
      if (card === l && card.periodic)
        rows.push([card.periodic.name, `每期${money(card.periodic.amount)}`]);
      for (const [a, b] of instalments(card)) rows.push([`${a}金额`, money(b)]);
      if (card.disbursementDate) rows.push(['借款日期', card.disbursementDate]);
      rows.push(['到账储蓄卡', `临江银行储蓄卡（尾号${String(r.int(1000, 9999))}）`]);
      const note =
        card !== l
          ? '温馨提示：手续费分期收取，每期手续费随当期分期本金一并计入账单。'
          : '温馨提示：分期利息按月计收，随当期分期本金一并计入账单。';
      body = `<table class="bill">${rows.map(([a, b]) => `<tr><td>${a}：</td><td>${b}</td></tr>`).join('')}</table><p class="fine">${note}</p>${mode === 'full' ? scheduleTable(card, money, folded) : ''}`;
      return {
        body,
        script,
        extraRates: [],
        loan: card,
        title: `${l.lenderName}信用卡`,
        heading: `${l.lenderName}信用卡 · 分期`,
      };
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
.row{display:flex;justify-content:space-between}.ad{background:#fffbe6;padding:8px;margin-top:12px}small{font-size:11px}details{font-size:11px;color:#999}
.stats{display:flex;flex-wrap:wrap;gap:12px}.stat{display:flex;flex-direction:column;align-items:center;min-width:6em}.stat .num{font-size:18px;font-weight:700}.stat .lab,.big p,.note{font-size:12px;color:#888;margin:0}
.big{text-align:center;margin:10px 0}.big b{font-size:24px;color:#f60}.form td{border:1px solid #000;padding:2px 4px}.form p{margin:0}
.ropt{display:inline-flex;align-items:center;gap:4px}.chip[aria-checked=true]{border-color:#f60;color:#f60}.fig em{font-style:normal;color:#888;margin-right:4px}.plan{list-style:none;padding:0}.plan li{display:flex;gap:16px}.plan em{font-style:normal;color:#999}
.bill td:first-child{color:#555}.fine{font-size:11px;color:#999}`;
