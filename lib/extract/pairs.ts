/**
 * Label–value pairing by layout alone. Rules, each from a page pattern:
 * - colon: "分期金额：¥6,588.00" in one run, or a run ending in "：" followed by its value;
 * - row: a label run followed by a value run in the same row (`.row > .k + .v`, `<dt>`+`<dd>`,
 *   a caption above a big number); a two-run row pairs whatever the value looks like
 *   ("还款方式 | 等额本息"); a caption under its number pairs backwards ("5万元 | 借款金额");
 * - grid: k labels followed by k values in one container (a 4-column CSS grid whose first row
 *   holds the labels and second the values, fixture 04);
 * - distant: a list of labels beside a list of values, aligned line by line, with other content
 *   between them (fixture 07).
 */
import type { PairVia, RawPair } from '@/lib/model/extraction';
import { ENGLISH_WORDS } from '@/lib/parse/normalize';
import type { Group, Grouping } from './groups';
import { endsWithColon, hasDigit, isLabelLike } from './text-kind';
import type { Run } from './walk';

const COLON = /^([^:：]{1,24}?)\s*[:：]\s*(\S.*)$/;
/** Words that say where a row stands, not what a figure is. */
const STATUS = /已还|待还|未还|结清|逾期|还款中|出账|已支付|待支付|^当前$|^本期$/;
/** …said alone ("待还" beside a figure; "待还金额(元)" under one is a caption). */
const STATUS_WORD =
  /^(?:已还|待还|未还|已?结清|已?逾期|还款中|已?出账|已支付|待支付|当前|本期)款?$/;

/**
 * The "label：value" parts of one run: "分期金额：2,400.00元，分期期数：3期", "申请金额:30000.00元,
 * 申请期限:12个月" (an ASCII comma, not a thousands one), "首付金额：￥1000 分期次数：9 期 每期还款金额：
 * ￥560.00" (a space before the next label) — but never inside brackets: "月供：￥551.0(本金：￥500.0
 * + 服务费：￥36.0)" is one value with its parts.
 */
function pairTexts(whole: string): string[] {
  // A run that is one bracketed note ("（含利息：¥105 实际放款：¥4250元）") holds its own pairs; one
  // that adds up the figure before it ("(本金：￥533.20 + 服务费：￥63.98)") is that figure's parts.
  const text = /^[(（][^()（）+＋=]*[)）]$/.test(whole) ? whole.slice(1, -1) : whole;
  const pieces = text.split(
    /(?:[，；;]|,(?!\d{3}))\s*(?=[^，,；;：:]{1,24}[:：])|\s+(?=[\u4e00-\u9fa5]{2,8}[:：])/,
  );
  const out: string[] = [];
  const open = (t: string): number =>
    (t.match(/[(（]/g)?.length ?? 0) - (t.match(/[)）]/g)?.length ?? 0);
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (last !== undefined && open(last) > 0) out[out.length - 1] = `${last} ${p}`;
    else out.push(p);
  }
  return out;
}

export function pairRuns(runs: Run[], grouping: Grouping): RawPair[] {
  const { groups, groupOf, counts } = grouping;
  const pairs: RawPair[] = [];
  const used = new Set<number>();
  const add = (l: number, v: number, via: PairVia, label?: string, value?: string): void => {
    const lr = runs[l];
    const vr = runs[v];
    if (!lr || !vr) return;
    const unit = value === undefined ? unitAfter(runs, l, v) : null;
    pairs.push({
      label: (label ?? lr.text).trim().replace(/[:：]\s*$/, ''),
      value: (value ?? vr.text).trim() + (unit?.text.trim() ?? ''),
      via,
      labelBlock: l,
      valueBlock: v,
    });
    used.add(l);
    used.add(v);
    if (unit) used.add(v + 1);
  };

  runs.forEach((r, i) => {
    // Most runs hold no colon at all (every schedule cell): no need to split them.
    if (!/[:：]/.test(r.text)) return;
    // "分期金额：2,400.00元，分期期数：3期" holds two pairs.
    // …and so does "申请金额:30000.00元,申请期限:12个月" (an ASCII comma, not a thousands one).
    for (const part of pairTexts(r.text.trim())) {
      // "<span>需还款</span>：¥5014 周期：2周": the run opens with the value of the label before it.
      const prev = runs[i - 1];
      if (/^[:：]\s*\S/.test(part) && prev && !used.has(i - 1) && isLabelLike(prev.text.trim())) {
        add(i - 1, i, 'colon', prev.text, part.replace(/^[:：]\s*/, ''));
        continue;
      }
      const m = COLON.exec(part);
      if (m && isLabelLike(m[1] ?? '') && !/^https?$/i.test(m[1] ?? ''))
        add(i, i, 'colon', m[1], m[2]);
    }
  });

  for (const g of groups) {
    // A status tag over a card's hero ("还款中" above "借款金额 | ¥1,000.00") labels nothing.
    const seq = g.members.filter(
      (i) => !used.has(i) && !STATUS_WORD.test(runs[i]?.text.trim() ?? ''),
    );
    const texts = seq.map((i) => runs[i]?.text.trim() ?? '');
    const k = leadingLabels(texts);
    if (
      k >= 2 &&
      seq.length === 2 * k &&
      texts.slice(k).some(hasDigit) &&
      seq.slice(0, k).every((l, j) => facing(runs, seq, l, seq[k + j] ?? -1))
    ) {
      for (let j = 0; j < k; j++) add(seq[j] ?? -1, seq[k + j] ?? -1, 'grid');
    }
  }

  pairDistantLists(runs, groups, used, add);
  pairColumnRows(runs, groups, used, add);

  const captions = captionsUnderFigures(runs, groups);
  for (let i = 0; i + 1 < runs.length; i++) {
    const label = runs[i];
    const g = groupOf[i];
    // Label, "：" and value in three sibling elements: the colon is punctuation, not the value.
    const colonBetween = isColonOnly(runs[i + 1]?.text ?? '') && i + 2 < runs.length;
    const v = colonBetween ? i + 2 : i + 1;
    const value = runs[v];
    if (!label || !value || !g || used.has(i) || used.has(v)) continue;
    // A form item whose label and colon sit in a box of their own and the value in the control
    // box beside it (antd/Formily "ant-formily-item-label > label + colon" | "…-control > 9.00%"):
    // the item, the label box's parent, holds both, on one line.
    const besideItsBox =
      colonBetween &&
      g.element.parentElement?.contains(value.owner) === true &&
      !g.element.contains(value.owner) &&
      value.x > label.x &&
      Math.abs(centreY(value) - centreY(label)) <= Math.max(label.height, value.height) / 2;
    if (!g.element.contains(value.owner) && g.element !== value.owner && !besideItsBox) continue;
    const lt = label.text.trim();
    const vt = value.text.trim();
    if (colonBetween) {
      if (isLabelLike(lt) && !isColonOnly(vt)) {
        add(i, v, 'colon');
        i = v;
      }
      continue;
    }
    const via = viaFor(g.element);
    const rowSize = counts.get(g.element) ?? 0;
    // A title cell of two lines, a title and a smaller note over or under it, beside the value in
    // the row's right-hand cell (Framework7's ".item-title > .item-header" + "年化利率（单利）" |
    // ".item-after 12.00%", or "担保费" over its ".item-footer"): the title labels the value.
    const right = runs[i + 2];
    const cellEnd = Math.max(label.x + label.width, value.x + value.width);
    if (
      g.members.length === 2 &&
      g.members[0] === i &&
      right &&
      !used.has(i + 2) &&
      hasDigit(right.text) &&
      groupOf[i + 2] !== g &&
      groupOf[i + 2]?.element.contains(g.element) === true &&
      right.x >= cellEnd &&
      centreY(right) >= Math.min(label.y, value.y) &&
      centreY(right) <= Math.max(label.y + label.height, value.y + value.height) &&
      label.fontSize !== value.fontSize
    ) {
      const title = label.fontSize > value.fontSize ? i : i + 1;
      const tt = runs[title]?.text.trim() ?? '';
      // The note stays with the figure, in brackets, as pages write it ("228.96元（分期金额的4%，
      // 签约时随首付一并支付）"): it says how the figure is charged.
      const note = (title === i ? vt : lt).replace(/[。.]$/, '');
      // …unless the note is the field's Chinese name under its English one ("Monthly Instalment"
      // over "月供", a bilingual page's rows): then both name the field, and the figure stands alone.
      const named = ENGLISH_WORDS.test(tt) && /^[\u4e00-\u9fa5]{2,10}$/.test(note);
      if (isLabelLike(tt) && !hasDigit(tt)) {
        add(
          title,
          i + 2,
          viaFor(groupOf[i + 2]?.element ?? g.element),
          named ? `${tt} ${note}` : undefined,
          named ? undefined : `${right.text.trim()}（${note}）`,
        );
        i += 2;
        continue;
      }
    }
    // A form table's row of label, value, label, value ("借款金额（大写） | 人民币壹万元整 | 还款方式 |
    // 到期一次性还本付息"): every even cell labels the next one, words or figures.
    const formRow =
      via === 'table-row' && g.members.length % 2 === 0 && g.members.indexOf(i) % 2 === 0;
    // On a page that captions its figures from below, a figure sharing its cell with the caption
    // after it is that caption's ("借款确认 | [0.9万元 借款金额]"), not the heading's before it.
    const caption = runs[i + 2];
    // A headline figure with its caption right under it ("2000.00" over "应还总额(元)") is that
    // caption's, not the page title's above it, on any page.
    // …unless the card titles the figure itself: "借款金额" in bold as the card's first run, the
    // figure, then a note under it ("牙齿矫正疗程").
    const titled =
      g.members.length === 3 &&
      g.members[0] === i &&
      groupOf[i + 2] === g &&
      label.fontWeight >= 600 &&
      isLabelLike(lt);
    if (
      caption &&
      !endsWithColon(lt) &&
      !sameCell(label, value) &&
      !titled &&
      captionUnder(value, caption, runs[i + 3])
    )
      continue;
    // …nor when the figure's own label comes after it in the markup and is drawn above it in its
    // cell (".it { flex-direction: column-reverse }": "3,000.00元 | 借款金额" shown label first):
    // the section heading before the cell labels nothing in it.
    if (
      caption &&
      !used.has(i + 2) &&
      hasDigit(vt) &&
      sameCell(value, caption) &&
      !sameCell(label, value) &&
      isLabelLike(caption.text.trim()) &&
      !hasDigit(caption.text) &&
      drawnAbove(caption, value)
    )
      continue;
    if (
      captions &&
      caption &&
      !endsWithColon(lt) &&
      hasDigit(vt) &&
      isLabelLike(caption.text.trim()) &&
      !isNote(caption.text.trim()) &&
      sameCell(value, caption) &&
      !sameCell(label, value)
    )
      continue;
    // …and a word above its caption in such a cell is a value too ("先息后本 | 还款方式").
    if (
      captions &&
      rowSize === 2 &&
      !endsWithColon(lt) &&
      isLabelLike(lt) &&
      isLabelLike(vt) &&
      sameCell(label, value)
    ) {
      add(i + 1, i, via);
      i++;
      continue;
    }
    // "共6期 每期付款：" | "￥480.00": the label is the run's last words, after a figure of its own.
    const tail = lt.split(/[\s，,]+/).pop() ?? '';
    if (endsWithColon(lt) && !isLabelLike(lt) && tail !== lt && isLabelLike(tail) && hasDigit(vt)) {
      add(i, i + 1, 'colon', tail);
      i++;
      continue;
    }
    if (isLabelLike(lt)) {
      const colon = endsWithColon(lt);
      // "交易密码： [empty field] 借款日： 2026年6月20日": a run ending in a colon is the next label,
      // never the value of the one before it.
      if (colon && endsWithColon(vt)) continue;
      if (colon || !isLabelLike(vt) || rowSize === 2 || via === 'dl' || formRow) {
        add(i, i + 1, colon ? 'colon' : via);
        i++;
      }
    } else if (
      (rowSize === 2 ||
        (captions && sameCell(label, value)) ||
        (sameCell(label, value) && captionUnder(label, value, runs[i + 2]))) &&
      hasDigit(lt) &&
      isLabelLike(vt) &&
      !endsWithColon(vt) &&
      !isNote(vt)
    ) {
      // A big figure with its caption underneath: "5万元" over "借款金额" (fixture 08). On a page
      // that captions its figures this way, a caption in a longer block names the figure above it
      // ("¥1,474.08 | 每月还款（含担保费） | ¥1,354.08本息"), not the one after it.
      // "13.20% | + 0.80% | 年利率": the figure is the one the add-on follows (a P2P 加息 paid to
      // the lenders), not the add-on.
      const base = runs[i - 1];
      const addOn =
        /^[+＋]/.test(lt) &&
        base &&
        !used.has(i - 1) &&
        hasDigit(base.text) &&
        groupOf[i - 1] === g;
      add(i + 1, addOn ? i - 1 : i, via);
      i++;
    }
  }
  return pairs;
}

/**
 * Whether the page writes its figures above their captions: among its two-run blocks, more read
 * figure-then-caption ("3万元 | 借款金额") than caption-then-figure, at least twice.
 */
function captionsUnderFigures(runs: Run[], groups: Group[]): boolean {
  let under = 0;
  let over = 0;
  for (const g of groups) {
    if (g.members.length !== 2) continue;
    const [ra, rb] = g.members.map((i) => runs[i]);
    if (!ra || !rb) continue;
    const [a, b] = [ra.text.trim(), rb.text.trim()];
    if (endsWithColon(a)) continue;
    // A caption sits under its figure; a status beside an amount ("1,120.82 | 已还") is no caption.
    if (
      hasDigit(a) &&
      isLabelLike(b) &&
      rb.y >= ra.y + ra.height / 2 &&
      !STATUS.test(b) &&
      !isNote(b)
    )
      under++;
    else if (isLabelLike(a) && hasDigit(b)) over++;
  }
  return under >= 2 && under > over;
}

/**
 * A caption drawn right under a headline figure in a much smaller font, over the same columns
 * ("2000.00" at 40px, "应还总额(元)" at 13px beneath it); the callers also ask that the two share
 * their cell, so the label of the next block ("剩余应还 | 5,863.86" then "借款金额 | 8,000.00") is
 * not taken for one. A status beside it is no caption, nor
 * a label with its own value beside it on its line ("3000" over "日综合费率 0.05%").
 */
function captionUnder(figure: Run, caption: Run, after: Run | undefined): boolean {
  const c = caption.text.trim();
  if (
    !hasDigit(figure.text) ||
    !isLabelLike(c) ||
    endsWithColon(c) ||
    STATUS_WORD.test(c) ||
    isNote(c)
  )
    return false;
  const mid = (r: Run): number => r.y + r.height / 2;
  if (after && after.x > caption.x && Math.abs(mid(after) - mid(caption)) < caption.height / 2)
    return false;
  const below = caption.y >= figure.y + figure.height / 2;
  const near = caption.y - (figure.y + figure.height) <= 2 * caption.height;
  const overlap =
    Math.min(figure.x + figure.width, caption.x + caption.width) - Math.max(figure.x, caption.x) >
    0;
  return below && near && overlap && caption.fontSize * 1.5 <= figure.fontSize;
}

/** A run drawn over another, in its column: its bottom at or above the other's top. */
function drawnAbove(over: Run, under: Run): boolean {
  const overlap =
    Math.min(over.x + over.width, under.x + under.width) - Math.max(over.x, under.x) > 0;
  return overlap && over.y + over.height <= under.y + 2;
}

/** A note in brackets ("（包含服务费）") qualifies the figure before it; it does not name it. */
function isNote(text: string): boolean {
  return /^[(（【[]/.test(text);
}

/** Two runs drawn in one small cell: siblings under one parent element. */
function sameCell(a: Run, b: Run): boolean {
  return a.owner.parentElement !== null && a.owner.parentElement === b.owner.parentElement;
}

/** Punctuation or a lone currency sign between a label and its figure ("借多少 | ¥ | [10000]"). */
/** A money unit said alone: an input's suffix ("万元"). (A rate's "%" after its figure is read
 *  with the rate, rates.ts.) */
const UNIT_ONLY = /^(?:[万千]?元|万)$/;
/** …or a length of time ("期限 | [18] | 天"). */
const TIME_UNIT = /^(?:天|日|个月|月|期|年)$/;

/**
 * The unit after a bare figure, in the figure's own box ("融资金额 | [300 万元]": an input with its
 * suffix, antd's ant-input-suffix): part of the value, or "300" would be read as ¥300 — or just
 * beside the box on its line, with no figure after it (layui's "layui-form-mid layui-word-aux" after
 * an input: "金额 | [150] | 万元").
 */
function unitAfter(runs: Run[], l: number, v: number): Run | null {
  const value = runs[v];
  const unit = runs[v + 1];
  const label = runs[l];
  if (!value || !unit || !label || !/^[\d,.]+$/.test(value.text.trim())) return null;
  const text = unit.text.trim();
  if (!UNIT_ONLY.test(text) && !TIME_UNIT.test(text)) return null;
  const box = value.owner.parentElement;
  if (box && box.contains(unit.owner) && !box.contains(label.owner)) return unit;
  const onLine = (r: Run | undefined): boolean =>
    r !== undefined && Math.abs(centreY(r) - centreY(value)) < value.height / 2;
  const next = runs[v + 2];
  return onLine(unit) &&
    unit.x >= value.x + value.width - 1 &&
    !(next && onLine(next) && hasDigit(next.text))
    ? unit
    : null;
}

function isColonOnly(text: string): boolean {
  return /^\s*(?:[:：]|[¥￥$]|RMB|CNY)\s*$/.test(text);
}

function viaFor(el: Element): PairVia {
  const tag = el.localName;
  if (tag === 'dl' || tag === 'dt' || tag === 'dd') return 'dl';
  if (tag === 'tr') return 'table-row';
  return 'same-element';
}

function leadingLabels(texts: string[]): number {
  let k = 0;
  while (k < texts.length && isLabelLike(texts[k] ?? '') && !endsWithColon(texts[k] ?? '')) k++;
  return k;
}

/** Two lists, one all labels, one of the same length whose lines sit at the same heights. */
function pairDistantLists(
  runs: Run[],
  groups: Group[],
  used: Set<number>,
  add: (l: number, v: number, via: PairVia) => void,
): void {
  const labelLists = groups.filter(
    (g) =>
      g.members.length >= 3 &&
      g.members.every((i) => !used.has(i) && isLabelLike(runs[i]?.text ?? '')),
  );
  for (const labels of labelLists) {
    const ys = labels.members.map((i) => centreY(runs[i]));
    const values = groups.find(
      (g) =>
        g !== labels &&
        g.members.length === labels.members.length &&
        g.members.every((i, j) => !used.has(i) && Math.abs(centreY(runs[i]) - (ys[j] ?? 0)) <= 8) &&
        g.members.some((i) => hasDigit(runs[i]?.text ?? '')),
    );
    if (!values) continue;
    labels.members.forEach((l, j) => {
      add(l, values.members[j] ?? -1, 'distant');
    });
  }
}

/**
 * A row of column titles over a row of values, each in its own list ("借款标题 借款金额 年利率 借款期限"
 * over "店面装修周转借款 60,000.00 12% 12个月"): the value under each title, by its column.
 */
function pairColumnRows(
  runs: Run[],
  groups: Group[],
  used: Set<number>,
  add: (l: number, v: number, via: PairVia) => void,
): void {
  const line = (g: Group): boolean => {
    const ys = g.members.map((i) => centreY(runs[i]));
    return Math.max(...ys) - Math.min(...ys) <= 6;
  };
  const top = (g: Group): number => runs[g.members[0] ?? -1]?.y ?? 0;
  const bottom = (g: Group): number =>
    Math.max(...g.members.map((i) => (runs[i]?.y ?? 0) + (runs[i]?.height ?? 0)));
  // Tables pair by their own structure; a title row over several value rows is a table too.
  const inTable = (g: Group): boolean =>
    g.members.some((i) => runs[i]?.owner.closest('table, [role="table"], [role="grid"]'));
  const titles = groups.filter(
    (g) =>
      g.members.length >= 3 &&
      line(g) &&
      !inTable(g) &&
      // A plan's header ("期次 还款日 金额") heads rows of the plan, not the loan's terms.
      !g.members.some((i) => /期次|期数|期号|还款日|应还|本金|利息/.test(runs[i]?.text ?? '')) &&
      g.members.every((i) => !used.has(i) && isLabelLike(runs[i]?.text ?? '')),
  );
  for (const t of titles) {
    const xs = t.members.map((i) => centreX(runs[i]));
    // Under its title by centre, or by the left edge both are set from (columns of equal width
    // whose titles and short figures start alike: "借款金额，元: · APR: · Term:" over "5,000.00 ·
    // 18.25% · 30天", page 2815).
    const under = (i: number, j: number): boolean =>
      Math.abs(centreX(runs[i]) - (xs[j] ?? 0)) <= 40 ||
      Math.abs((runs[i]?.x ?? 0) - (runs[t.members[j] ?? -1]?.x ?? 0)) <= 4;
    const below = bottom(t);
    const values = groups.find(
      (g) =>
        g !== t &&
        g.members.length === t.members.length &&
        line(g) &&
        top(g) >= below - 2 &&
        top(g) <= below + 60 &&
        g.members.every((i, j) => !used.has(i) && under(i, j)) &&
        g.members.some((i) => hasDigit(runs[i]?.text ?? '')),
    );
    if (!values) continue;
    const nextBelow = bottom(values);
    const another = groups.some(
      (g) =>
        g !== values &&
        g.members.length === t.members.length &&
        line(g) &&
        top(g) >= nextBelow - 2 &&
        g.members.every((i, j) => under(i, j)),
    );
    if (another) continue;
    t.members.forEach((l, j) => {
      add(l, values.members[j] ?? -1, 'grid');
    });
  }
}

/**
 * Labels first, then their values, pair one to one only when each value faces its label: under it
 * (a row of labels over a row of values) or beside it on its line with nothing of the group between
 * them (a column of labels beside a column of values). A row of cells that alternate label and
 * value ("分期类型 | 等额本息 | 分期期数 | 12 | 每期时长 | 1月") whose text value reads as a label is
 * no such grid: pairing it by count shifts every value onto the wrong label.
 */
function facing(runs: Run[], seq: number[], l: number, v: number): boolean {
  const a = runs[l];
  const b = runs[v];
  if (!a || !b) return false;
  if (Math.abs(centreX(a) - centreX(b)) <= 40 && b.y >= a.y) return true;
  if (Math.abs(centreY(a) - centreY(b)) > 6 || centreX(b) <= centreX(a)) return false;
  return !seq.some((i) => {
    const r = runs[i];
    return (
      i !== l &&
      i !== v &&
      r !== undefined &&
      Math.abs(centreY(r) - centreY(a)) <= 6 &&
      centreX(r) > centreX(a) &&
      centreX(r) < centreX(b)
    );
  });
}

function centreX(r: Run | undefined): number {
  return r ? r.x + r.width / 2 : Number.NaN;
}

function centreY(r: Run | undefined): number {
  return r ? r.y + r.height / 2 : Number.NaN;
}
