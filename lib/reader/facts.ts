/**
 * The reader's view of a scan: label–value facts (from the scanner's pairs) and sentences (every
 * visible block, for terms written as prose in a contract or an IOU), each with provenance.
 */
import { openDeal } from './deal-ledger';
import type { RawExtraction, RawTable } from '@/lib/model/extraction';
import type { Source } from '@/lib/model/terms';
import { sumMoney } from '@/lib/finance/money';
import { moneyTokens, parseMoney } from '@/lib/parse/money';
import { compactText, ENGLISH_WORDS, normalizeText } from '@/lib/parse/normalize';
import { askedButGranted, firstRoundBlocks } from './asked-and-granted';
import { columnsOverOneRow } from './column-heads';
import { conceptOf } from './lexicon';
import { withWholesBehindLeft } from './left-of-whole';

/** The first column of a table of items, each a row: 项目, 费用项目, 费用名称, 科目. */
const ITEM_HEADER = /^(?:费用)?(?:项目|名称|科目|类别)$/;

export interface Fact {
  /** The label exactly as shown (colon dropped). */
  label: string;
  /** Compact, NFKC, without a trailing unit such as "(元)": what label patterns match. */
  key: string;
  value: string;
  /** The value run and the run after it, for notes such as "放款时一次性扣除" beside a fee. */
  near: string;
  source: Source;
  block: number;
}

export interface Sentence {
  text: string;
  source: Source;
  block: number;
}

export interface View {
  raw: RawExtraction;
  facts: Fact[];
  sentences: Sentence[];
  /** Visible text of the whole page, compact (for whole-page cues such as 借条). */
  all: string;
}

export function labelKey(label: string): string {
  return (
    // English first, then the Chinese name, a space between ("Loan Amount 借款金额", "Processing Fee
    // 手续费 (5%)"): the Chinese part decides — words, not an acronym that is part of the name
    // ("LPR加点", "VIP会员费") nor a word joined to it ("App名称").
    compactText(
      label
        .trim()
        .replace(/^[A-Za-z][A-Za-z'’&./-]*(?:\s+[A-Za-z'’&./()-]+)*\s+(?=[\u4e00-\u9fff])/, (w) =>
          /[a-z]/.test(w) ? '' : w,
        ),
    )
      // "。利息总额为：" cut from the sentence before it: the punctuation is the last one's.
      .replace(/^[。，,；;、.]+/, '')
      // "（二）月付服务费": a clause's number before its label.
      .replace(/^[(（][一二三四五六七八九十\d]{1,3}[)）](?=.{2})/, '')
      // "+ 首付：￥799.80" after "月供 ￥597.18": the sign joins the figures, it is no word.
      // …nor the equals sign of a written sum ("本金 8000元 +利息 144元 = 到期本息 8144元"), with
      // the unit of the figure before it when the run starts there ("2,000.00 | 元 + 服务费 | 192.00").
      .replace(/^(?:元|万元)?[+＋=＝]/, '')
      // "审核费 ▾": a fold's arrow after the label.
      .replace(/[▾▼▸▶›〉]+$/, '')
      .replace(/[:：]$/, '')
      // "【延期本金】": a label in black brackets.
      .replace(/^【([^【】]+)】$/, '$1')
      // "贷款 *", "*融资金额": a form's mark of a required field, after the label or before it.
      .replace(/(?<=.)[*＊]$/, '')
      .replace(/^[*＊](?=.)/, '')
      // (…or after a comma: "服务费，元:", a form's label from a translation file.)
      .replace(/[(（](?:元|人民币|RMB|¥)[)）]$|\/元$|[，,]元$/, '')
      // Bilingual labels ("期限 Term", "每期应还 Monthly"): the Chinese part decides; an id column
      // ("分期id 207") names a record, not the thing itself.
      .replace(/(?<=[\u4e00-\u9fff）)])(?!(?:id|no|num|code)$)[A-Za-z][A-Za-z ]*$/i, '')
      // "借款本金 · 叁仟元整": the amount in words after the name, its figure the value.
      .replace(/(?<=.)[·•][零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+元整?$/, '')
  );
}

export function sourceOf(raw: RawExtraction, block: number, text?: string): Source {
  const b = raw.blocks[block];
  return {
    text: text ?? b?.text ?? '',
    locator: b?.locator ?? '',
    finePrint: b?.finePrint ?? false,
  };
}

const MONEY_CELL = /^[¥￥]?\s*\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?\s*元?$/;

/**
 * A P2P agreement's table of the loan's lenders with no 合计 row ("出借人(id) | 借款金额 | 借款期限 |
 * 年利率 | … | 月还款本息"): the columns every lender shares are the loan's, the money columns add
 * up to the loan's figures. Null for any other table.
 */
function lendersTogether(t: RawExtraction['tables'][number]): string[] | null {
  if (!/出借人|投资人|投标人|债权人/.test(compactText(t.headers[0] ?? ''))) return null;
  const out = t.headers.map((_, col) => {
    if (col === 0) return '';
    const cells = t.rows.map((r) => (r[col] ?? '').trim());
    const [only] = cells;
    if (only !== undefined && cells.every((c) => c === only) && /\d/.test(only)) return only;
    // Amounts marked as money ("10000元", "￥897.87"), not ids or dates.
    if (!cells.every((c) => /^[¥￥]\s*[\d,]+(?:\.\d{1,2})?$|^[\d,]+(?:\.\d{1,2})?\s*元$/.test(c)))
      return '';
    const values = cells.map((c) => parseMoney(c));
    if (!values.every((v) => 'value' in v)) return '';
    return `${sumMoney(values.map((v) => ('value' in v ? v.value : '0')))}元`;
  });
  return out.some((c) => /元$/.test(c)) ? out : null;
}

/** The 合计 row's figures under the columns that hold money in the rows above it. */
function alignTotals(t: RawExtraction['tables'][number]): string[] | null {
  const total = t.rows[t.rows.length - 1] ?? [];
  const lenders = t.rows.slice(0, -1);
  const first = lenders[0] ?? [];
  const moneyCols = t.headers
    .map((_, i) => i)
    .filter((i) => MONEY_CELL.test((first[i] ?? '').trim()) && !/[%期月天年]/.test(first[i] ?? ''));
  const figures = total.slice(1).filter((c) => MONEY_CELL.test(c.trim()));
  if (figures.length === 0 || figures.length !== moneyCols.length) return null;
  // The columns every lender shares (借款期限 12个月, 月利率 0.6%) are the loan's too.
  const out: string[] = t.headers.map((_, col) => {
    const values = new Set(lenders.map((r) => (r[col] ?? '').trim()));
    const [only] = [...values];
    return col > 0 && values.size === 1 && only !== undefined && /\d/.test(only) ? only : '';
  });
  moneyCols.forEach((col, k) => (out[col] = figures[k] ?? ''));
  return out;
}

/**
 * A contract's blanks filled in brackets ("借款本金：¥【2000.00】", "自【2026】年【06】月【08】日",
 * "按月利率【1.5%】计付利息", "人民币 (18000.00) 元") read as the figures they hold; the quote keeps
 * the brackets.
 */
function unbracketed(text: string): string {
  return (
    text
      .replace(/【\s*([^【】]{0,40}?)\s*】/g, '$1')
      // …or in round brackets before its unit ("本金金额为人民币 (18000.00) 元").
      // (…or square ones: "支付人民币[2,500.00]元作为居间服务费", "所得利息的[10]%".)
      .replace(/[(（[［]\s*(\d[\d,]*(?:\.\d+)?)\s*[)）\]］](?=\s*(?:元|%|天|个?月|期))/g, '$1')
  );
}

/** "第三条 还款方式及居间服务费" over its clause: a contract's heading names no figure. */
const HEADING = /^第[\d一二三四五六七八九十百]+[条章节]/;

/**
 * A bare figure under a label that carries its unit ("融资金额(万元) 600", "放款总金额（万元）
 * 1000"): the figure in that unit, as the page means it.
 */
function withLabelUnit(label: string, value: string): string {
  // …or in brackets after the figure itself ("本金(借款金额)： 30（万元）").
  const after = /^\s*(\d[\d,]*(?:\.\d+)?)\s*[(（]\s*(万元|万|千元)\s*[)）]\s*$/.exec(value);
  if (after?.[1] && after[2]) return `${after[1]}${after[2] === '万' ? '万元' : after[2]}`;
  const unit = /[(（]\s*(万元|万|千元)\s*[)）]\s*[:：]?\s*$/.exec(label)?.[1];
  if (!unit || !/^\s*\d[\d,]*(?:\.\d+)?\s*$/.test(value)) return value;
  return `${value.trim()}${unit === '万' ? '万元' : unit}`;
}

/** A help icon between a label and its figure ("申请金额(元) | ? | 3000.00", "到账金额 | i | 19400.00元"). */
const HELP_ICON = /^[?？ⓘ❓❔iℹ]$/;
const STEPPER = /^[−\-–—]$/;

/**
 * A pair whose value is the label's help icon takes the figure in the run after it — or, where the
 * label is a caption under its figure ("2850.00 | 收款金额(元) | ?"), the figure above it: the run
 * after then belongs to the next caption.
 */
function pastHelpIcon(raw: RawExtraction, p: RawExtraction['pairs'][number]): typeof p | null {
  if (!HELP_ICON.test(p.value.trim())) return p;
  const next = raw.blocks[p.valueBlock + 1]?.text.trim() ?? '';
  const before = raw.blocks[p.labelBlock - 1]?.text.trim() ?? '';
  // (A figure that is another label's value — "项目编号 | 20260608100217" — is no caption's.)
  const captioned =
    /^[¥￥]?\s*[\d,]+(?:\.\d+)?\s*$/.test(before) &&
    !raw.pairs.some((q) => q.valueBlock === p.labelBlock - 1);
  if (captioned) return { ...p, value: before, valueBlock: p.labelBlock - 1 };
  if (!/\d/.test(next)) return null;
  return { ...p, value: next, valueBlock: p.valueBlock + 1 };
}

/**
 * An icon's glyph before a caption and its figure ("青 | 总分期金额(元) | 9,600.00", a logo drawn
 * as the school's first character): the caption is the label, not the glyph's value.
 */
function pastIconGlyph(
  raw: RawExtraction,
  p: RawExtraction['pairs'][number],
): RawExtraction['pairs'][number] {
  const next = raw.blocks[p.valueBlock + 1]?.text.trim() ?? '';
  return compactText(p.label).length === 1 &&
    /^[\u4e00-\u9fa5]{2,10}[(（][^)）\d]{1,4}[)）]$/.test(compactText(p.value)) &&
    /^[¥￥]?\s*[\d,]+(?:\.\d+)?\s*元?$/.test(next)
    ? { ...p, label: p.value, labelBlock: p.valueBlock, value: next, valueBlock: p.valueBlock + 1 }
    : p;
}

/** A stepper's minus button between a label and its figure ("您想借多少(元) | − | 10,000.00 | +"). */
function pastStepper(
  raw: RawExtraction,
  p: RawExtraction['pairs'][number],
): RawExtraction['pairs'][number] {
  const next = raw.blocks[p.valueBlock + 1]?.text.trim() ?? '';
  return STEPPER.test(p.value.trim()) && /\d/.test(next)
    ? { ...p, value: next, valueBlock: p.valueBlock + 1 }
    : p;
}

/**
 * A fee's row of items set apart by "·" ("资料审核费 · 申请阶段 · ¥300.00 · 已从预付款核销"): the
 * name is paired with the first "·"; its value is the row's one amount, the words around it its
 * note (when and how it is paid).
 */
function pastSeparators(
  raw: RawExtraction,
  p: RawExtraction['pairs'][number],
): RawExtraction['pairs'][number] {
  if (!/^[·•|｜]$/.test(p.value.trim())) return p;
  const row = raw.blocks[p.labelBlock];
  const items: { text: string; block: number }[] = [];
  for (let i = p.valueBlock; i < raw.blocks.length && i <= p.valueBlock + 8; i++) {
    const b = raw.blocks[i];
    if (!b || !row || Math.abs(b.y - row.y) > row.height / 2) break;
    if (!/^[·•|｜]$/.test(b.text.trim())) items.push({ text: b.text.trim(), block: i });
  }
  const amounts = items.filter((x) => /^[¥￥]?\s*[\d,]+(?:\.\d+)?\s*元?$/.test(x.text));
  const [amount] = amounts;
  if (amounts.length !== 1 || !amount || items.some((x) => x !== amount && /\d/.test(x.text)))
    return p;
  const notes = items.filter((x) => x !== amount).map((x) => x.text);
  return {
    ...p,
    value: notes.length > 0 ? `${amount.text}（${notes.join('，')}）` : amount.text,
    valueBlock: amount.block,
  };
}

/**
 * A stepper's numbers paired with its steps ("1 支付服务费 · 2 资金方代还 · 3 到期还款"): each step's
 * number is its place in a run of 1, 2, 3…, no figure of the step.
 */
function notAStep(
  p: RawExtraction['pairs'][number],
  i: number,
  all: readonly RawExtraction['pairs'][number][],
): boolean {
  const n = (q: RawExtraction['pairs'][number] | undefined): number | null =>
    q && /^\d$/.test(q.value.trim()) && !/期|次|序号|编号|第/.test(q.label)
      ? Number(q.value.trim())
      : null;
  const here = n(p);
  if (here === null) return true;
  const before = n(all[i - 1]);
  const after = n(all[i + 1]);
  return !(before === here - 1 || after === here + 1);
}

/**
 * A printed slip's cell "小写：20,000.00" (its 大写 in the next) under the field's own label in the
 * cell before ("借款本金 | 小写：20,000.00 | 大写：贰万元整"): the figure is that field's, not a
 * field named 小写.
 */
function writtenFormUnderField(
  raw: RawExtraction,
  p: RawExtraction['pairs'][number],
): RawExtraction['pairs'][number] {
  if (!/^[大小]写$/.test(compactText(p.label))) return p;
  let k = p.labelBlock - 1;
  while (k >= 0 && /^[大小]写/.test(compactText(raw.blocks[k]?.text ?? '')) && p.labelBlock - k < 3)
    k--;
  const field = compactText(raw.blocks[k]?.text ?? '');
  if (field === '' || field.length > 16 || /\d/.test(field)) return p;
  return { ...p, label: field };
}

/**
 * A product's range under its label and the visitor's pick after it ("额度 (3000元～3.0万元) |
 * 24000", "期限 (3~12月) | 12"): the pick is the value, in the range's unit.
 */
function chosenAfterRange(
  raw: RawExtraction,
  p: RawExtraction['pairs'][number],
): RawExtraction['pairs'][number] {
  const range =
    /^[(（]\s*\d[\d,.]*\s*(万元|元|个月|月|天|期)?\s*[~～\-—至到]\s*\d[\d,.]*\s*(万元|元|个月|月|天|期)\s*[)）]$/.exec(
      normalizeText(p.value),
    );
  const next = raw.blocks[p.valueBlock + 1]?.text.trim() ?? '';
  if (!range || !/^\d[\d,]*(?:\.\d+)?$/.test(next)) return p;
  const unit = range[1] ?? range[2] ?? '';
  return { ...p, value: `${next}${unit === '月' ? '个月' : unit}`, valueBlock: p.valueBlock + 1 };
}

/**
 * A unit drawn before the field it belongs to ("年利率: | % | [12]", "借款金额: | 元 | [6000]": an
 * input whose unit is laid out ahead of it): the figure in the run after the unit, in that unit.
 * A currency drawn before it ("金额: | 人民币 | [24,000.00]", a print slip's input) is such a unit.
 */
function unitBeforeFigure(
  raw: RawExtraction,
  p: RawExtraction['pairs'][number],
): RawExtraction['pairs'][number] {
  const written = p.value.trim();
  if (!/^(?:元|万元|%|‰|天|日|个月|月|期|人民币|[¥￥]|RMB)$/i.test(written)) return p;
  const unit = /^(?:人民币|[¥￥]|RMB)$/i.test(written) ? '元' : written;
  const next = raw.blocks[p.valueBlock + 1]?.text.trim() ?? '';
  if (
    !/^\d[\d,]*(?:\.\d+)?$/.test(next) ||
    raw.pairs.some((q) => q.labelBlock === p.valueBlock + 1)
  )
    return p;
  return { ...p, value: `${next}${unit}`, valueBlock: p.valueBlock + 1 };
}

/**
 * A field's unit written as a note beside its label ("贷款金额 | 单位：元" over a slider's "20,000"):
 * the note is the label's, so the field is the label before it, its unit the note's.
 */
function unitNoteBesideLabel(
  raw: RawExtraction,
  labelBlocks: ReadonlySet<number>,
  p: RawExtraction['pairs'][number],
): RawExtraction['pairs'][number] {
  if (compactText(p.label) !== '单位' || p.labelBlock !== p.valueBlock) return p;
  const k = p.labelBlock - 1;
  const field = raw.blocks[k];
  const note = raw.blocks[p.labelBlock];
  if (!field || !note || labelBlocks.has(k) || raw.pairs.some((q) => q.valueBlock === k)) return p;
  if (!/^[\u4e00-\u9fa5]{2,10}$/.test(compactText(field.text))) return p;
  if (Math.abs(field.y - note.y) > Math.max(field.height, note.height)) return p;
  return { ...p, label: field.text.trim(), labelBlock: k };
}

/** A run that is a sum of money and nothing else: "¥5,601.00", "-¥399.00", "128.00元", "- RMB 1,500.00". */
const LONE_SUM = /^[-−]?\s*(?:(?:[¥￥]|RMB|CNY)\s*[\d,]+(?:\.\d{1,2})?\s*元?|[\d,]+\.\d{2}\s*元)$/i;
/** …or a rate and nothing else ("1.50%" after "月利率 | 按剩余本金计息"). */
const LONE_RATE = /^\d+(?:\.\d+)?\s*[%‰]$/;
/** …a drop-down's chosen rate with its name ("1.5% 月利率* (18.00% 年化)"). */
const CHOSEN_RATE = /^\d+(?:\.\d+)?\s*[%‰]\s*[\u4e00-\u9fa5]/;
/** …or a term ("6 个月", "12期", "30天"). */
const LONE_TERM = /^\d{1,3}\s*(?:个月|月|期|天|日|年)$/;

/**
 * A field whose first run is a status or a name and whose sum comes a run or two later, before the
 * next label ("极速放款会员费 | 已开通 | 借款时勾选开通，放款时从借款金额中扣除 | -¥399.00", "实际到账 |
 * 澄海农商银行(尾号6621) | ¥5,601.00"): the sum is the field's value, the words beside it its note.
 */
function figureAfterNote(
  raw: RawExtraction,
  labelBlocks: ReadonlySet<number>,
  p: RawExtraction['pairs'][number],
): RawExtraction['pairs'][number] {
  if (moneyTokens(p.value).length > 0 || /^\s*[\d¥￥]/.test(p.value)) return p;
  // Only under a label that names a sum (a fee, an amount), not a list of perks…
  // (…its share beside it: "手续费 (5%)".)
  const key = labelKey(p.label).replace(/[(（][^)）]*[)）]$/, '');
  // (Not a note that names the rate itself, "贷款利率 | 月利率 | 0.75%": the rate reader takes the
  // note's word for the label.)
  // (…nor a form's hint, a sentence: "月利率 * | 请选择您愿意接受的最高借款利率。 | 1.5% 月利率* (18.00%
  // 年化)", the chosen option's text after it.)
  const hint = /[。！]$/.test(p.value.trim());
  const rate = /利率$|费率$/.test(key) && (hint || !/[%‰]|率|息/.test(p.value));
  // …or a term ("借款期限 | 借款期限从竞标结束时开始计算…最长30天… | 6 个月"): the hint's own
  // figure is no term.
  const term = hint && conceptOf(key) === 'term';
  if (!/费$/.test(key) && conceptOf(key) === null && !rate) return p;
  for (let k = p.valueBlock + 1; k <= p.valueBlock + 2; k++) {
    if (labelBlocks.has(k)) return p;
    const text = raw.blocks[k]?.text.trim() ?? '';
    // …or a rate under a rate's label ("月利率 | 按剩余本金计息 | 1.50%").
    const fits = term
      ? LONE_TERM.test(text)
      : rate
        ? LONE_RATE.test(text) || (hint && CHOSEN_RATE.test(text))
        : LONE_SUM.test(text);
    // (A hint is no note of the value: "最高" in it is the form's word, not a cap on this figure.)
    const value = text.replace(/^[-−]\s*/, '');
    if (fits) return { ...p, value: hint ? value : `${value}（${p.value}）` };
  }
  return p;
}

/**
 * A list of charges, each item's name on a line of its own over a bare "金额：720.00元" ("分期服务费
 * （一次性） | 金额：720.00元 | ● 门店收取"): the figure is that item's, under its name.
 */
function itemNameAbove(
  raw: RawExtraction,
  labelBlocks: ReadonlySet<number>,
  p: RawExtraction['pairs'][number],
): RawExtraction['pairs'][number] {
  if (!/^金额[:：]?$/.test(compactText(p.label)) || !/\d/.test(p.value)) return p;
  const k = p.labelBlock - 1;
  const name = compactText(raw.blocks[k]?.text ?? '');
  if (labelBlocks.has(k) || !/^[\u4e00-\u9fa5][\u4e00-\u9fa5（）()]{1,19}$/.test(name)) return p;
  // (A charge's name, not a record's type above its sum: "借还类型 · 借(展期) | 金额 ¥10,000.00".)
  if (!/(?:费|款|金|额|险|保障|服务|价)(?:[(（][^()（）]*[)）])?$/.test(name)) return p;
  return { ...p, label: name };
}

/**
 * A field named in English with its Chinese name on a line under it, in the label's own element
 * ("Monthly Instalment | 月供 | RMB 2,750.40", a bilingual page's rows, a bilingual contract's
 * key-terms table): both lines name the field, and its value is the run beside them — its Chinese
 * line where the value is written twice ("Landmere Bank (China) Co., Ltd. | 澜德银行（中国）有限公司").
 * Only a run on the label's own row: a chip on the line below ("Tenor 借款期数" over "6 months")
 * is an option, not the field's value.
 */
function chineseNameUnder(
  raw: RawExtraction,
  labelBlocks: ReadonlySet<number>,
  p: RawExtraction['pairs'][number],
): RawExtraction['pairs'][number] {
  const english = p.label.trim();
  const chinese = compactText(p.value);
  if (!ENGLISH_WORDS.test(english)) return p;
  if (!/^[\u4e00-\u9fa5]{2,10}$/.test(chinese) || p.valueBlock !== p.labelBlock + 1) return p;
  const top = raw.blocks[p.labelBlock];
  const name = raw.blocks[p.valueBlock];
  const beside = (k: number): boolean => {
    const b = raw.blocks[k];
    if (!b || !top || !name || labelBlocks.has(k) || b.x <= top.x) return false;
    const from = Math.min(top.y, name.y);
    const to = Math.max(top.y + top.height, name.y + name.height);
    return b.y + b.height / 2 >= from && b.y + b.height / 2 <= to;
  };
  let k = p.valueBlock + 1;
  if (!beside(k)) return p;
  const first = raw.blocks[k]?.text.trim() ?? '';
  const second = raw.blocks[k + 1]?.text.trim() ?? '';
  // (…its Chinese line under it in the same cell: the English one's own element or its parent.)
  const cell = raw.blocks[k]?.locator ?? '';
  const next = raw.blocks[k + 1]?.locator ?? '';
  const sameCell = next === cell || next === cell.replace(/ > [^>]+$/, '');
  if (
    !/[\u4e00-\u9fff]/.test(first) &&
    /[\u4e00-\u9fff]/.test(second) &&
    !labelBlocks.has(k + 1) &&
    (beside(k + 1) || sameCell)
  )
    k++;
  else if (!/\d|[\u4e00-\u9fff]/.test(first)) return p;
  return {
    ...p,
    label: `${english} ${chinese}`,
    value: raw.blocks[k]?.text.trim() ?? '',
    valueBlock: k,
  };
}

/** How a fee is paid, as a tag: "放款时扣除", "随本息扣收", "按月收取". */
const PAYMENT_NOTE =
  /^(?:放款时|放款前|到账时|签约时|首期|每期|按月|按期|随[\u4e00-\u9fa5]{1,6}|分\d{1,2}期|一次性)?[\u4e00-\u9fa5]{0,4}(?:扣除|扣收|收取|支付|代扣|缴纳|付清)$/;

/**
 * A note on how a fee is paid drawn between the fee and its figure, on the same line ("信息服务费 |
 * 放款时扣除 | 450.00", a tag in the value's cell): the figure is the fee's, and the note says when
 * it is paid — not a field named 放款时扣除.
 */
function noteBeforeFigure(
  raw: RawExtraction,
  p: RawExtraction['pairs'][number],
): RawExtraction['pairs'][number] {
  const note = compactText(p.label);
  if (!PAYMENT_NOTE.test(note) || /费|额|息|率/.test(note)) return p;
  const k = p.labelBlock - 1;
  const fee = raw.blocks[k];
  const at = raw.blocks[p.labelBlock];
  const name = compactText(fee?.text ?? '');
  if (!fee || !at || !/^[\u4e00-\u9fa5]{1,10}费(?:用)?$/.test(name)) return p;
  if (Math.abs(fee.y - at.y) > Math.max(fee.height, at.height)) return p;
  if (raw.pairs.some((q) => q.labelBlock === k || q.valueBlock === k)) return p;
  return { ...p, label: fee.text, labelBlock: k, value: `${p.value}（${p.label.trim()}）` };
}

/**
 * Labels in one row and their figures in the row under them, column by column ("金额 | 发布日期"
 * over "5000元 | 2026-05-20"): each label with the figure beneath it, not with the label beside it.
 */
function stackedRows(raw: RawExtraction): RawExtraction['pairs'] {
  const blocks = raw.blocks;
  const out: RawExtraction['pairs'] = [];
  const rowAt = (i: number): number[] => {
    const y = blocks[i]?.y;
    const row: number[] = [];
    for (let k = i; k < blocks.length && blocks[k]?.y === y; k++) row.push(k);
    return row;
  };
  const isLabel = (k: number): boolean =>
    /^[\u4e00-\u9fa5]{2,8}$/.test(blocks[k]?.text.trim() ?? '');
  const isFigure = (k: number): boolean => /\d/.test(blocks[k]?.text ?? '');
  const under = (l: number, v: number): boolean => {
    const [a, b] = [blocks[l], blocks[v]];
    return a !== undefined && b !== undefined && a.x < b.x + b.width && b.x < a.x + a.width + 40;
  };
  for (let i = 0; i < blocks.length;) {
    const labels = rowAt(i);
    const values = rowAt(i + labels.length);
    // A grid of records (a plan's header over several rows of figures) is a table, not two fields.
    const after = rowAt(i + labels.length + values.length);
    const record = after.length === values.length && after.every(isFigure);
    const inTable = [...labels, ...values].some((k) =>
      /\b(?:table|tr|td|th)\b/.test(blocks[k]?.locator ?? ''),
    );
    if (
      labels.length >= 2 &&
      labels.length <= 3 &&
      labels.length === values.length &&
      !record &&
      !inTable &&
      labels.every(isLabel) &&
      values.every(isFigure) &&
      labels.every((l, k) => under(l, values[k] ?? -1))
    ) {
      labels.forEach((l, k) => {
        const v = values[k] ?? -1;
        out.push({
          label: blocks[l]?.text.trim() ?? '',
          value: blocks[v]?.text.trim() ?? '',
          via: 'grid',
          labelBlock: l,
          valueBlock: v,
        });
      });
      i += labels.length + values.length;
    } else i += labels.length;
  }
  return out;
}

/** An amount standing alone: "20,000.00", "¥1,833.60"; never a 14-digit 项目编号. */
const BARE_FIGURE = /^[¥￥]?\s*(?:\d{1,3}(?:,\d{3})+|\d{1,9})(?:\.\d{1,2})?\s*元?$/;

/**
 * Figures drawn over their captions ("20,000.00 | 借款金额(元)", "1,851.20 | 应还金额(元)" on each
 * bill card): a caption that names a figure of the loan, in its unit, right under a bare figure is
 * that figure's label — not the label of the run after it ("本金1603.65"), and the figure is not the
 * product name's above it ("栖川信用贷").
 */
function captionedFigures(raw: RawExtraction): {
  pairs: RawExtraction['pairs'];
  figures: Set<number>;
  captions: Set<number>;
} {
  const pairs: RawExtraction['pairs'] = [];
  raw.blocks.forEach((b, i) => {
    const caption = compactText(b.text);
    const above = raw.blocks[i - 1];
    if (i === 0 || !above || !/[(（]元[)）]$/.test(caption)) return;
    if (conceptOf(labelKey(caption)) === null || !BARE_FIGURE.test(above.text.trim())) return;
    // Directly over it: above, and overlapping it across.
    if (above.y >= b.y || above.x >= b.x + b.width || b.x >= above.x + above.width) return;
    // Not where the caption has a figure of its own after it (labels over their figures, "借款金额
    // | 5000.00 | 到期应还 | 5150.00"), nor where the figure above is another label's of the loan.
    // (A help icon after it is pastHelpIcon's to follow.)
    const own = raw.pairs.find((p) => p.labelBlock === i && p.valueBlock !== i);
    if (own && (BARE_FIGURE.test(own.value.trim()) || HELP_ICON.test(own.value.trim()))) return;
    if (raw.pairs.some((p) => p.valueBlock === i - 1 && conceptOf(labelKey(p.label)) !== null))
      return;
    pairs.push({
      label: b.text.trim(),
      value: above.text.trim(),
      via: 'grid',
      labelBlock: i,
      valueBlock: i - 1,
    });
  });
  return {
    pairs,
    figures: new Set(pairs.map((p) => p.valueBlock)),
    captions: new Set(pairs.map((p) => p.labelBlock)),
  };
}

/**
 * Two one-row term sheets of one loan under the same headers, the later dated later ("借款金额 ·
 * 借款期数 · 借款利率 · 创建日期" 80000.00元 · 9% on the application, then 60000.00元 · 15% with
 * its 评级时间 when the platform fixed the terms): the later one states the loan, the earlier what
 * was asked for.
 */
function revisedTermSheets(tables: readonly RawTable[]): Set<RawTable> {
  const out = new Set<RawTable>();
  const sheets = tables.filter((t) => t.rows.length === 1 && t.headers.length >= 3);
  const dateIn = (t: (typeof sheets)[number]): string | null =>
    (t.rows[0] ?? [])
      .map((c) => /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(c))
      .filter((m): m is RegExpExecArray => m !== null)
      .map(
        (m) => `${m[1] ?? ''}-${(m[2] ?? '').padStart(2, '0')}-${(m[3] ?? '').padStart(2, '0')}`,
      )[0] ?? null;
  const alike = (a: (typeof sheets)[number], b: (typeof sheets)[number]): boolean => {
    const shared = a.headers.filter((h) => h.trim() !== '' && b.headers.includes(h));
    return shared.length >= 3 && shared.some((h) => /金额|本金/.test(h));
  };
  sheets.forEach((a, i) => {
    // Only two: three or more sheets alike are a plan's cards, one per period.
    const kin = sheets.filter((b) => b !== a && alike(a, b));
    const b = kin[0];
    if (kin.length !== 1 || b === undefined || sheets.indexOf(b) < i) return;
    const [da, db] = [dateIn(a), dateIn(b)];
    if (da !== null && db !== null && da < db) out.add(a);
  });
  return out;
}

/**
 * A form contract's blanks filled in brackets, each figure a run of its own ("…止；年利率【 | 6.00% |
 * 】（月利率【 | 0.50% | 】，单利）", "三、贷款期限【 | 24 | 】个月"): the label is the words before the
 * opening bracket back to the clause's start, the unit the word after the closing one.
 */
function filledBlanks(raw: RawExtraction): RawExtraction['pairs'] {
  const out: RawExtraction['pairs'] = [];
  const text = (i: number): string => raw.blocks[i]?.text.normalize('NFKC').trim() ?? '';
  raw.blocks.forEach((_, i) => {
    const [before, value, after] = [text(i), text(i + 1), text(i + 2)];
    if (!/【$/.test(before) || !/^】/.test(after) || !/\d/.test(value) || /[【】]/.test(value))
      return;
    if (value.length > 24) return;
    const label = before
      .replace(/【$/, '')
      .split(/[；;，,。：:]/)
      .pop()
      ?.replace(/^[】)）\s]+|^[一二三四五六七八九十\d]+[、.．]\s*/g, '')
      .replace(/^[(（]/, '')
      .trim();
    if (!label || label.length > 12 || /\d/.test(label)) return;
    const unit = /^】\s*(元|个月|月|天|日|期|年)/.exec(after)?.[1] ?? '';
    const written = /[元月天日期年%]$/.test(value) ? value : `${value}${unit}`;
    out.push({ label, value: written, via: 'same-element', labelBlock: i, valueBlock: i + 1 });
  });
  return out;
}

export function buildView(scanned: RawExtraction): View {
  const blanks = [
    ...filledBlanks(scanned),
    ...columnsOverOneRow(scanned, new Set(scanned.pairs.map((p) => p.labelBlock))),
  ];
  const filled = new Set(blanks.map((p) => p.valueBlock));
  const raw =
    blanks.length === 0
      ? scanned
      : {
          ...scanned,
          pairs: [...scanned.pairs.filter((p) => !filled.has(p.valueBlock)), ...blanks].sort(
            (a, b) => a.valueBlock - b.valueBlock,
          ),
        };
  const stacked = stackedRows(raw);
  const stackedLabels = new Set(stacked.map((p) => p.labelBlock));
  const captioned = captionedFigures(raw);
  // A caption's figure is no other label's: only a label that names a figure of the loan itself
  // ("借款金额" beside it) keeps it too.
  const claimed = (p: RawExtraction['pairs'][number]): boolean =>
    captioned.captions.has(p.labelBlock) ||
    (captioned.figures.has(p.valueBlock) && conceptOf(labelKey(p.label)) === null);
  // The runs that open a field: a sum found after a field's note stops at the next one.
  const labelBlocks = new Set(raw.pairs.map((q) => q.labelBlock));
  const pairs = (
    stacked.length === 0 && captioned.pairs.length === 0
      ? raw.pairs
      : [
          ...raw.pairs.filter((p) => !stackedLabels.has(p.labelBlock) && !claimed(p)),
          ...stacked,
          ...captioned.pairs,
        ].sort((a, b) => a.valueBlock - b.valueBlock)
  )
    .map((p) => chineseNameUnder(raw, labelBlocks, p))
    .map((p) => itemNameAbove(raw, labelBlocks, p))
    .map((p) => noteBeforeFigure(raw, p))
    .map((p) => unitBeforeFigure(raw, unitNoteBesideLabel(raw, labelBlocks, p)))
    .map((p) => figureAfterNote(raw, labelBlocks, p))
    .map((p) => pastHelpIcon(raw, pastStepper(raw, pastIconGlyph(raw, pastSeparators(raw, p)))))
    .filter((p): p is RawExtraction['pairs'][number] => p !== null)
    .map((p) => chosenAfterRange(raw, p))
    .map((p) => writtenFormUnderField(raw, p))
    .filter((p) => !(HEADING.test(p.label.trim()) && p.value.length > 30))
    .filter(notAStep);
  // Labels with their value in a run of their own: the next field's name, not a note ("注：…").
  const fieldNames = new Set(
    raw.pairs.filter((q) => q.valueBlock !== q.labelBlock).map((q) => q.labelBlock),
  );
  const facts: Fact[] = pairs.map((p) => {
    const lb = raw.blocks[p.labelBlock];
    // The block after a value is its note ("¥50.00 | 随每期还款扣除", "1600.00 | 注：手续费需从代还金额
    // 中扣除") unless it is the next field's name: "每期手续费 ¥50.00 | 建档服务费（签约当日门店收取）
    // ¥150.00" says nothing of the first fee.
    // (A contract's blank is followed by its unit, which may open the next field's words:
    // "借款期限为 | 10 | 个月，自 | 2026年5月20日".)
    const after = raw.blocks[p.valueBlock + 1]?.text ?? '';
    const nextText =
      fieldNames.has(p.valueBlock + 1) && !/^\s*(?:个月|[月天日年期元%‰）)，,。；;、])/.test(after)
        ? ''
        : after;
    const sameLine = p.labelBlock === p.valueBlock ? p.value : `${lb?.text ?? p.label} ${p.value}`;
    return {
      label: p.label,
      key: labelKey(p.label),
      value: withLabelUnit(p.label, unbracketed(normalizeText(p.value))),
      near: `${p.value} ${nextText}`,
      source: {
        ...sourceOf(raw, p.valueBlock, sameLine),
        finePrint: (lb?.finePrint ?? false) || (raw.blocks[p.valueBlock]?.finePrint ?? false),
      },
      block: p.valueBlock,
    };
  });
  // A run that holds its label and its value with no colon ("服务费 90.00（放款时扣除）", "借款天数 7天"):
  // one fact, like a pair.
  const paired = new Set(pairs.flatMap((p) => [p.labelBlock, p.valueBlock]));
  raw.blocks.forEach((b, block) => {
    if (paired.has(block)) return;
    const m = /^([^\d\s:：¥￥，,。；;（）()]{2,12})\s+((?:每期|每月)?[¥￥]?\s*\d.{0,40})$/.exec(
      b.text.trim(),
    );
    if (!m?.[1] || !m[2]) return;
    facts.push({
      label: m[1],
      key: labelKey(m[1]),
      value: normalizeText(m[2]),
      near: `${m[2]} ${raw.blocks[block + 1]?.text ?? ''}`,
      source: sourceOf(raw, block),
      block,
    });
  });
  // A one-row "term sheet" table (headers 借款金额 · 年利率 · 借款期限 …, one row of values): each
  // header labels the cell under it.
  const superseded = revisedTermSheets(raw.tables);
  for (const t of raw.tables) {
    if (superseded.has(t)) continue;
    // …or a table of the loan's several lenders closed by a 合计 row: that row states the loan.
    const total = t.rows.length >= 3 ? t.rows[t.rows.length - 1] : undefined;
    const closing = total !== undefined && /^(?:合计|总计|小计)$/.test(compactText(total[0] ?? ''));
    // …or one with no 合计 row at all: the loan is what its lenders lent together.
    const summed = !closing && t.rows.length >= 2 ? lendersTogether(t) : null;
    // …or a ledger of deals whose only open one is the page's loan.
    const deal = !closing && !summed ? openDeal(t) : null;
    if ((t.rows.length !== 1 && !closing && !summed && !deal) || t.headers.length < 2) continue;
    const row = (closing ? total : (deal ?? t.rows[0])) ?? [];
    // A 合计 row spans the columns it does not sum: its figures fill the money columns in order.
    const cells =
      summed ?? (row.length === t.headers.length ? row : closing ? alignTotals(t) : null);
    if (cells === null) continue;
    t.headers.forEach((h, i) => {
      const value = cells[i] ?? '';
      // A summed cell is quoted from the first lender's row.
      const shown = summed ? (t.rows[0]?.[i] ?? '') : value;
      // A cell of two runs ("596.00" over "(包含)") is found by its first one, inside the table.
      const exact = raw.blocks.findIndex((b) => b.text === shown.trim());
      const block =
        exact >= 0
          ? exact
          : raw.blocks.findIndex(
              (b) =>
                b.locator.startsWith(t.locator) &&
                b.text.trim() !== '' &&
                shown.trim().startsWith(b.text.trim()),
            );
      if (!h.trim() || !value.trim() || block < 0) return;
      facts.push({
        label: h,
        key: labelKey(h),
        value: withLabelUnit(h, normalizeText(value)),
        near: value,
        source: {
          ...sourceOf(
            raw,
            block,
            summed && shown !== value ? `${h} 合计 ${value}` : `${h} ${value}`,
          ),
          finePrint: t.finePrint,
        },
        block,
      });
    });
  }
  // A table of one column whose rows are a label, then its value under it, and so on (Naive UI's
  // top-label descriptions: "贷款期限" over "24个月", "总还款金额" over "¥56032.56"): each label with
  // the value under it, in place of whatever layout paired them with across the page.
  for (const t of raw.tables) {
    if (t.headers.length !== 1 || t.rows.some((r) => r.length !== 1)) continue;
    const cells = [t.headers[0] ?? '', ...t.rows.map((r) => r[0] ?? '')].map((c) => c.trim());
    if (cells.length < 4 || cells.length % 2 !== 0) continue;
    const labels = cells.filter((_, i) => i % 2 === 0);
    if (!labels.every((l) => /^[\u4e00-\u9fa5（）()]{2,12}$/.test(l))) continue;
    const inTable = new Set(cells);
    for (let i = facts.length - 1; i >= 0; i--) {
      const f = facts[i];
      if (f && (inTable.has(f.label.trim()) || inTable.has(f.value.trim()))) facts.splice(i, 1);
    }
    for (let i = 0; i + 1 < cells.length; i += 2) {
      const label = cells[i] ?? '';
      const value = cells[i + 1] ?? '';
      const block = raw.blocks.findIndex(
        (b) => b.locator.startsWith(t.locator) && b.text.trim() === value,
      );
      if (block < 0 || value === '') continue;
      facts.push({
        label,
        key: labelKey(label),
        value: withLabelUnit(label, normalizeText(value)),
        near: value,
        source: { ...sourceOf(raw, block, `${label} ${value}`), finePrint: t.finePrint },
        block,
      });
    }
  }
  // A table of items, one a row, with how each is worked out beside its amount ("项目 | 计算方式 |
  // 金额（元）" over "垫资服务费 | 300,000.00 × 1.5% | 4,500.00"): the item labels its amount, not
  // its formula.
  for (const t of raw.tables) {
    const heads = t.headers.map(compactText);
    const amountCol = heads.findLastIndex((h) => /金额|^[(（]?元[)）]?$|数额/.test(h));
    if (heads.length < 3 || amountCol < 2 || !ITEM_HEADER.test(heads[0] ?? '')) continue;
    for (const r of t.rows) {
      const [label = '', ...rest] = r;
      const value = r[amountCol]?.trim() ?? '';
      const named = /[\u4e00-\u9fa5]{2}/.test(label) && !/\d/.test(label) && label.length <= 16;
      if (!named || !/\d/.test(value)) continue;
      const block = raw.blocks.findIndex(
        (b) => b.locator.startsWith(t.locator) && b.text.trim() === value,
      );
      if (block < 0) continue;
      const key = labelKey(label);
      const between = rest.slice(0, amountCol - 1).map((c) => normalizeText(c));
      // The pair read by layout alone took the formula for the value.
      for (let i = facts.length - 1; i >= 0; i--)
        if (facts[i]?.key === key && between.includes(facts[i]?.value ?? '')) facts.splice(i, 1);
      facts.push({
        label,
        key,
        value: withLabelUnit(t.headers[amountCol] ?? '', normalizeText(value)),
        near: value,
        source: { ...sourceOf(raw, block, `${label} ${value}`), finePrint: t.finePrint },
        block,
      });
    }
  }
  // A plan or ledger that repeats the loan's rate on every row ("年利率 | 10.8%" in each of 12
  // rows): one rate, the loan's. Rows that differ are products or options, not this loan.
  for (const t of raw.tables) {
    if (t.rows.length < 2) continue;
    t.headers.forEach((h, col) => {
      if (!/利率|费率|年化/.test(h) || /逾期|罚息|违约/.test(h)) return;
      const cells = t.rows.map((r) => (r[col] ?? '').trim()).filter((c) => c !== '');
      const [first] = cells;
      if (first === undefined || cells.length < 2 || cells.some((c) => c !== first)) return;
      if (!/[%‰]/.test(first)) return;
      const block = raw.blocks.findIndex(
        (b) => b.locator.startsWith(t.locator) && b.text.trim() === first,
      );
      if (block < 0) return;
      facts.push({
        label: h,
        key: labelKey(h),
        value: normalizeText(first),
        near: first,
        source: { ...sourceOf(raw, block, `${h} ${first}`), finePrint: t.finePrint },
        block,
      });
    });
  }
  // "放款日期 / 期限 | 2026-01-05 / 12期": two labels and their two values, each a fact of its own.
  // (…or a bank app's "期限/利率 | 6个月/4.35%", a bare slash between two figures.)
  for (const f of [...facts]) {
    const labels = f.label.split(/\s*[/／]\s*/);
    const spaced = f.value.split(/\s+[/／]\s+|／/);
    const bare = f.value.split('/');
    const values =
      spaced.length === 1 && bare.length === 2 && bare.every((v) => /\d/.test(v)) ? bare : spaced;
    if (labels.length < 2 || labels.length > 3 || values.length !== labels.length) continue;
    labels.forEach((label, i) => {
      const value = values[i]?.trim() ?? '';
      if (label.trim() === '' || value === '') return;
      facts.push({ ...f, label, key: labelKey(label), value, near: value });
    });
  }
  // "待还本金 185680 / 185680": what is left over the whole; the whole is the part's own figure.
  facts.splice(0, facts.length, ...withWholesBehindLeft(raw, facts));
  // What was asked gives way to what was granted (asked-and-granted.ts); an asked rate stays, as a
  // rate the page states that is not this loan's (rates.ts).
  const asked = askedButGranted(facts);
  for (let i = facts.length - 1; i >= 0; i--) {
    const key = facts[i]?.key ?? '';
    if (asked.has(key) && !/率/.test(key)) facts.splice(i, 1);
  }
  // …and so does a first offer to the final one (asked-and-granted.ts).
  const first = firstRoundBlocks(raw.blocks);
  if (first) {
    const revised = (f: Fact): boolean =>
      f.block > first.from &&
      f.block < first.to &&
      facts.some((g) => g.key === f.key && g.block > first.to);
    facts.splice(0, facts.length, ...facts.filter((f) => !revised(f)));
  }
  // Visible facts first: where the page contradicts its own fine print, visible text wins.
  facts.sort((a, b) => Number(a.source.finePrint) - Number(b.source.finePrint));
  const sentences: Sentence[] = [];
  for (const { text, block } of paragraphs(raw)) {
    // A line of items set apart by " · " ("期限3期 · 日利率0.05% · 支用手续费200.00元已在放款时扣除 ·
    // 提前还款免收手续费") says one thing per item, as sentences do.
    for (const s of text.split(/(?<=[。；;])|\s+·\s+/)) {
      const t = s.trim();
      if (t) sentences.push({ text: unbracketed(t), source: sourceOf(raw, block, t), block });
    }
  }
  return {
    raw,
    facts,
    sentences: withoutUntickedBoxes(withoutUnchosenOptions(sentences)),
    all: compactText(raw.blocks.map((b) => b.text).join(' ')),
  };
}

const CHOICE =
  /(?:采取|采用|选择?|适用|为|按|通过)(?:以下|下列|如下)?第\s*[【[]?\s*([1-9一二三四五六七八九])\s*[】\]]?\s*种/;
const OPTION_NO = /^\s*(?:[(（]\s*([1-9])\s*[)）]|([1-9])\s*[.．、](?!\d))/;
/** An option numbered under its clause's own number: "18.1.4等额本息还款法" is option 4 of 18.1. */
const SUB_OPTION_NO = /^\s*(\d+(?:[.．]\d+)*)[.．]([1-9])(?![\d.．])/;

/**
 * A contract that lists its alternatives and chooses one by number ("信息服务费的具体支付方式有两种,
 * 本协议采取第【2】种方式 (1)…到期一并支付 (2)…放款时从借款本金中直接扣除"): the options not
 * chosen are no terms of this loan, so no clause reader sees them.
 */
function withoutUnchosenOptions(sentences: Sentence[]): Sentence[] {
  // "还款方式为以下第 2 种： 1. 到期一次还本付息；": the first option shares the choosing sentence.
  const split = sentences.flatMap((s) => {
    const t = s.text.normalize('NFKC');
    const m = CHOICE.exec(t);
    const first = m
      ? /[:：]\s*(?=(?:[(（]\s*1\s*[)）]|1\s*[.．、])(?!\d))/.exec(t.slice(m.index))
      : null;
    // Cut only where normalising kept every position (the quote is cut, not the normalised text).
    if (!m || !first || t.length !== s.text.length) return [s];
    const at = m.index + first.index + first[0].length;
    return [
      { ...s, text: s.text.slice(0, at).trimEnd() },
      { ...s, text: s.text.slice(at) },
    ];
  });
  const drop = new Set<number>();
  // The chosen option read with the words that chose it ("甲方通过以下第2种方式支付上述费用：" +
  // "2、授权乙方于付款当日直接从融资款中扣除"): what it is an option of.
  const lead = new Map<number, string>();
  split.forEach((_, k) => {
    // The choice may run over the runs of a filled-in form ("还款方式为以下第" | "2" | "种："): read it
    // across three, and the options start after the run where it ends.
    const window = split.slice(k, k + 3).map((x) => x.text.normalize('NFKC'));
    const m = CHOICE.exec(window.join(''));
    if (!m?.[1] || m.index >= (window[0]?.length ?? 0)) return;
    const chosen = '一二三四五六七八九'.indexOf(m[1]) + 1 || Number(m[1]);
    let end = m.index + m[0].length;
    let from = k;
    for (const w of window) {
      if (end <= w.length) break;
      end -= w.length;
      from++;
    }
    let expected = 1;
    // A bank's form numbers its options under the clause ("18.1 …按以下第 4 种方式还本付息：18.1.1按利随
    // 本清… 18.1.4等额本息还款法…"); the first option sets the prefix the others share.
    let under: string | null = null;
    for (let j = from + 1; j < split.length; j++) {
      const text = split[j]?.text.normalize('NFKC') ?? '';
      const sub = SUB_OPTION_NO.exec(text);
      const subNo =
        sub?.[1] && (under === null ? sub[2] === '1' : sub[1] === under) ? Number(sub[2]) : 0;
      if (subNo === 1) under = sub?.[1] ?? null;
      // The next clause ("第四条 …", "4.2 …", "18.2 …") ends the list.
      if (HEADING.test(text.trim()) || (subNo === 0 && /^\s*\d+\.\d+/.test(text))) break;
      const o = OPTION_NO.exec(text);
      const no = subNo || Number(o?.[1] ?? o?.[2] ?? 0);
      // The list runs while its numbers count up from 1; a sentence between two options belongs to
      // the one before it.
      if (no === expected) expected++;
      else if (no !== 0 || expected === 1) break;
      if (expected - 1 !== chosen) drop.add(j);
      else if (no === chosen && !lead.has(j))
        lead.set(
          j,
          split
            .slice(k, from + 1)
            .map((x) => x.text)
            .join(''),
        );
    }
  });
  return split.flatMap((s, k) =>
    drop.has(k) ? [] : [lead.has(k) ? { ...s, text: `${lead.get(k) ?? ''}${s.text}` } : s],
  );
}

/** A printed form's boxes: "☑6月，等额本息；" chosen, "□3月，按月付息，到期还本；" not. */
const UNTICKED = /[□☐○◯]/;
const TICKED = /[☑☒■✓✔√●◉▣]/;
const BOX = /[□☐○◯☑☒■✓✔√●◉▣]/g;

/** Words boxed in brackets after a blank: "（☑月/□季）", "（□年/☑月）". */
const BOXED_WORDS = /[(（]((?:\s*[□☐○◯☑☒■✓✔√●◉▣]\s*[\u4e00-\u9fa5]{1,4}\s*[/／、]?)+)[)）]/g;

/**
 * A bank form's blank filled in and its word ticked in brackets after it ("按月（☑月/□季）结息，到期
 * 还本", "期限为24月（□年/☑月）"): read as the words say it, "按月结息，到期还本", "24月" — the ticked
 * word where the blank does not already end with it.
 */
function chosenInBrackets(text: string): string {
  return text.replace(BOXED_WORDS, (whole: string, inner: string, at: number) => {
    const picked = [...inner.matchAll(/[☑☒■✓✔√●◉▣]\s*([\u4e00-\u9fa5]{1,4})/g)].map((m) => m[1]);
    const word = picked.length === 1 ? picked[0] : undefined;
    if (word === undefined) return whole;
    return text.slice(0, at).trimEnd().endsWith(word) ? '' : word;
  });
}

/**
 * A contract printed with its alternatives boxed ("四、还款付息方式为：□1月，随借随还；□3月，按月付息，
 * 到期还本；☑6月，等额本息；"): where a ticked box stands among them (in the sentence or the few
 * around it), the text after each empty box, to the next box or the clause's end, is an option not
 * chosen and no term of this loan. Boxes alone, all empty or all ticked, are bullets and stay.
 */
function withoutUntickedBoxes(all: Sentence[]): Sentence[] {
  const near = 8;
  const sentences = all.map((s) => ({ ...s, text: chosenInBrackets(s.text) }));
  const ticked = sentences.map((s) => TICKED.test(s.text));
  const out: Sentence[] = [];
  sentences.forEach((s, k) => {
    const around = ticked.slice(Math.max(0, k - near), k + near + 1);
    if (!UNTICKED.test(s.text) || !around.includes(true)) {
      out.push(s);
      return;
    }
    let kept = '';
    let from = 0;
    for (const m of s.text.matchAll(BOX)) {
      if (!UNTICKED.test(m[0])) continue;
      kept += s.text.slice(from, m.index);
      const next = s.text.slice(m.index + 1).search(BOX);
      from = next < 0 ? s.text.length : m.index + 1 + next;
    }
    kept = (kept + s.text.slice(from)).trim();
    if (kept !== '') out.push({ ...s, text: kept });
  });
  return out;
}

/**
 * A line that opens an item of a numbered list: "1. 逾期后…", "（2）提前…", "③…" — or of a product
 * sheet's list of headed lines, "【还款方式】等额本息<br>【年利率区间】7.20%-14.40%" (a filled-in
 * blank, "【2000.00】元", is no heading).
 */
const ITEM_START =
  /^\s*(?:\d{1,2}\s*[.．、](?!\d)|[(（]\s*\d{1,2}\s*[)）]|[①-⑳]|【[\u4e00-\u9fa5]{2,12}】)\s*[\u4e00-\u9fa5\d]/;

/**
 * The table cell a run is written in, when it is the cell's own text or an inline piece of it
 * ("<td><big>典当期限：由</big> 2026-03-05 <big>起 至</big> 2026-04-05 <big>止</big></td>"): such
 * runs are one line of the cell. A cell that holds blocks (a layout table's) is no line.
 */
function inlineCell(locator: string): string | null {
  return (
    /^(.*>\s*t[dh](?::nth-of-type\(\d+\))?)(?:\s*>\s*(?:span|big|small|u|b|i|em|strong|font|label)(?::nth-of-type\(\d+\))?)?$/.exec(
      locator,
    )?.[1] ?? null
  );
}

/**
 * The page's prose as paragraphs: a contract's fields filled into a sentence
 * ("1.1 金额：人民币（大写）<u>贰万元整</u>（¥20,000.00）。", "年化利率<u>15.6%</u>，按月计息") are
 * runs of their own, inside the paragraph that holds the words around them. Runs are joined while
 * each is the paragraph itself or inside it, and never across a table cell.
 */
function paragraphs(raw: RawExtraction): { text: string; block: number }[] {
  const out: { text: string; block: number; locator: string }[] = [];
  // Runs that are a field's value right after its label — not a contract's blank filled in, whose
  // "label" is the clause cut there ("融资期限为 | 180天 | ，自乙方付款之日起…，即自 | 2026年5月15日 |
  // 起至 | …"): it ends in a joining word or opens with the punctuation of a clause going on.
  const fields = new Set(
    raw.pairs
      .filter(
        (p) =>
          p.valueBlock === p.labelBlock + 1 &&
          !/^[，,；;、]|(?:为|是|自|至|于|第)$/.test(
            compactText(raw.blocks[p.labelBlock]?.text ?? ''),
          ),
      )
      .map((p) => p.valueBlock),
  );
  raw.blocks.forEach((b, i) => {
    const current = out[out.length - 1];
    const cell = inlineCell(b.locator);
    const previous = raw.blocks[i - 1];
    const inside =
      current !== undefined &&
      current.text.length < 600 &&
      (((b.locator === current.locator || b.locator.startsWith(`${current.locator} > `)) &&
        !/(?:^|>\s*)t[dh](?::nth-of-type\(\d+\))?$/.test(current.locator)) ||
        (cell !== null && cell === inlineCell(current.locator)) ||
        (previous !== undefined && flowsOn(previous, b, fields.has(i)))) &&
      // "【合同里我划了线的两句】<br>1. 逾期后…收取罚息<br>2. 提前结清需…": a line that opens with
      // an item's number starts an item of its own, as a sentence does.
      !ITEM_START.test(b.text);
    if (inside) current.text += b.text;
    else out.push({ text: b.text, block: i, locator: b.locator });
  });
  return out;
}

/** A selector that names an element by its id alone: it says nothing of where the element sits. */
const BY_ID = /^#[^\s>]+$/;
/**
 * The parent of a run that is an inline element among its siblings ("….textLayer >
 * span:nth-of-type(14)").
 */
const inlineParent = (locator: string): string | null =>
  /^(.*\S)\s*>\s*(?:span|u|font|b|i|em|strong)(?::nth-of-type\(\d+\))?$/.exec(locator)?.[1] ?? null;

/**
 * The element a run's inline elements sit in: a Word page's filled-in blank is underlined inside a
 * span of its own ("<p><span>借款期限为</span><span><u>24</u></span><span>月…</span></p>"), a sibling
 * of the words around it all the same.
 */
function inlineBlock(locator: string): string | null {
  let up = inlineParent(locator);
  for (let next = up; next !== null; next = inlineParent(next)) up = next;
  return up;
}

/**
 * Runs whose locators do not show that they sit in one paragraph, so the layout does:
 * - a printed form's sentence whose blanks are spans with ids ("你（单位）于<span id=…>2025年09月12
 *   </span>日在我机构贷款<span id="m1_bmoney">伍万</span>（大写）元，…");
 * - pdf.js's text layer, a contract line cut into sibling spans at its filled-in fields ("乙方向甲方借款
 *   金额为 | 人民币伍仟元整 | （小写： | ¥5,000.00 | 元），…").
 * The run starts where the one before ends, on its line, at the same size, a space apart at most (a
 * table's cells are further apart), or it wraps from there, or it goes on where the one before wrapped
 * to (a form's spans with ids only).
 */
function flowsOn(
  before: RawExtraction['blocks'][number],
  run: RawExtraction['blocks'][number],
  fieldValue: boolean,
): boolean {
  const byId = BY_ID.test(before.locator) || BY_ID.test(run.locator);
  const parent = inlineBlock(run.locator);
  // (Not a label's span and its value's, "综合年化利率 | 7.20%-23.90%": a field, read as one; its
  // label's words are no clause's.)
  const siblings = parent !== null && parent === inlineBlock(before.locator) && !fieldValue;
  if (!byId && !siblings) return false;
  if (Math.abs(before.fontSize - run.fontSize) > 0.5 || run.fontSize <= 0) return false;
  const line = Math.min(before.height, run.height);
  // Runs of text are a line tall; a form's label box beside its textarea is not.
  if (line > run.fontSize * 2) return false;
  // A filled-in blank is underlined with spaces around its words ("借款期限为 | ␣24␣ | 月"), its box a
  // little shorter than the line's: up to an em and a half apart, a few pixels off the line, where one
  // of the two is such a blank, nested in a span of its own.
  const blank = [run, before].some((b) => inlineParent(b.locator) !== inlineBlock(b.locator));
  const lastLineTop = before.y + before.height - line;
  if (Math.abs(run.y - lastLineTop) > (blank ? run.fontSize * 0.4 : 2)) return false;
  const wrapped = before.height > line * 1.5;
  const end = before.x + before.width;
  // A run that wraps on from the line it starts on is as wide as the paragraph: it covers the end.
  if (run.height > line * 1.5) return !wrapped && run.x <= end && end <= run.x + run.width + 1;
  if (wrapped) return run.x >= before.x;
  const gap = run.x - end;
  return gap >= -1 && gap <= run.fontSize * (blank ? 1.5 : 0.4);
}

/** The first fact whose label matches and is not excluded, visible before fine print. */
export function findFact(view: View, include: RegExp, exclude?: RegExp): Fact | undefined {
  return view.facts.find((f) => include.test(f.key) && !(exclude?.test(f.key) ?? false));
}

export function findFacts(view: View, include: RegExp, exclude?: RegExp): Fact[] {
  return view.facts.filter((f) => include.test(f.key) && !(exclude?.test(f.key) ?? false));
}
