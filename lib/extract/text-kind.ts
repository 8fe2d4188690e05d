/**
 * Whether a rendered run reads as a label ("借款金额", "年化利率（单利）", "分期金额：") or as a
 * value ("30,000.00", "12期", "等额本息" in a value slot). The pairing rules use this; they never
 * need to know which labels matter, the reader does.
 */
import { ENGLISH_WORDS } from '@/lib/parse/normalize';

const CAPITALS_AMOUNT =
  /^(?:人民币)?[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+[元圆](?:[零壹贰叁肆伍陆柒捌玖]+[角分])*整?$/;

// …and "3期总利息(元)": the plan's periods counted before its total.
const PERIODS_FIRST =
  /^(?:第\s*\d+\s*(?:[-–~～至到]\s*\d+\s*)?期|[前后]\s*\d+\s*期|\d+\s*[-–~～至到]\s*\d+\s*期|\d{1,3}\s*期(?=总))\s*/;

/** Figures with a unit, and nothing but units, separators and the signs of a product or a rate. */
const COUNTED = /^(?=[^\d]*\d)(?=.*[元天日月期年%％‰])[\d.,\s元天日个月期年%％‰×*/]+$/;

export function isLabelLike(text: string): boolean {
  const t = text.trim();
  // "分期服务费（今日已从尾号6618银行卡扣除）": a label with a note in words in brackets, figures
  // and all (not a card's tail number, "银行信息(2341)").
  const note = /\s*[(（]([^()（）]*)[)）]$/.exec(t);
  const head = note ? t.slice(0, note.index) : t;
  if (note && /[\u4e00-\u9fff]{2}/.test(note[1] ?? '') && head.length > 0 && t.length <= 32)
    return isLabelLike(head);
  // …or how it was counted, in figures and units only: the days a charge ran for ("利息（14天）",
  // "罚息（7天）" on a bill's breakdown), the share or the price it is charged at ("代还服务费（1.8%）",
  // "手续费(0.6%/期)", a pawn's "停车保管费（400.00元/月）"), or both ("逾期违约金（4天 × 0.1%）").
  if (note && head.length > 0 && COUNTED.test(note[1] ?? '')) return isLabelLike(head);
  // A bilingual label, English words first ("Monthly Interest Rate 月利率"): its Chinese name decides.
  const bilingual = /^([^\u4e00-\u9fff]+?)\s*([\u4e00-\u9fff].*)$/.exec(t);
  if (bilingual?.[1] && bilingual[2] && ENGLISH_WORDS.test(bilingual[1]) && t.length <= 48)
    return isLabelLike(bilingual[2]);
  if (t.length === 0 || t.length > 24) return false;
  if (/[。；;!！?？]$/.test(t)) return false;
  // "第2-23期每期应还", "前3期每期还款": which periods a figure is for, then the label's words.
  const periods = PERIODS_FIRST.exec(t);
  if (periods && /[\u4e00-\u9fff]{2}/.test(t.slice(periods[0].length)))
    return isLabelLike(t.slice(periods[0].length));
  if (hasDigit(t)) return false;
  // "人民币叁万元整": an amount in the capitals a contract writes it in is a figure, not a label.
  if (CAPITALS_AMOUNT.test(t)) return false;
  if (/^[¥￥$—–\-·•|/\\]+$/.test(t)) return false;
  return /[\u4e00-\u9fffA-Za-z]/.test(t);
}

/**
 * A digit, also written full-width ("３６期") or otherwise compatible. The plain test first:
 * normalising every schedule cell costs more than the rest of the test together.
 */
export function hasDigit(text: string): boolean {
  return /\d/.test(text) || /\d/.test(text.normalize('NFKC'));
}

/** "分期金额：" — a label that announces its value in the next run. */
export function endsWithColon(text: string): boolean {
  return /[:：]\s*$/.test(text);
}

/**
 * Two adjacent runs that belong to one figure, as when a price is split over spans for styling:
 * `¥<span>6,588</span><span>.00</span>`, `万分之<span>6</span>`, `<span>934</span><span>.02</span>元`,
 * `6,000.00<small>元</small>`.
 */
export function continuesFigure(prev: string, next: string): boolean {
  const p = prev.normalize('NFKC');
  const n = next.normalize('NFKC').trimStart();
  if (/[¥$]\s*$/.test(p) && /^\d/.test(n)) return true;
  // "每期<i>¥</i>140<small>.50</small>": a word that says how often or how much an amount is
  // charged, inside the value's own element, belongs to the amount that follows it.
  if (
    /(?:每期|每月|每日|每天|每笔|每年|首期|末期|约|共|合计|仅需?)\s*$/.test(p) &&
    /^(?:[¥$]\s*$|[¥$]?\s*\d)/.test(n)
  )
    return true;
  if (/分之\s*$/.test(p) && /^[\d一二三四五六七八九十]/.test(n)) return true;
  if (/\d\s*$/.test(p) && /^(?:\.\d+|,\d{3}(?:,\d{3})*(?:\.\d+)?)(?:元)?\s*$/.test(n)) return true;
  if (/[\d万]\s*$/.test(p) && /^(?:元|万元?|%|‰|\/(?:期|月|天|日|年)|期|个月|天)\s*$/.test(n))
    return true;
  if (/\d\.$/.test(p) && /^\d/.test(n)) return true;
  // "<span>50,000</span><span>.</span><span>00</span>": the decimal point in an element of its own.
  if (/\d$/.test(p) && n === '.') return true;
  // "借款金额<font>(元)</font> :" in one cell: a label, its unit in brackets and its colon.
  if (/[\u4e00-\u9fff]\s*$/.test(p) && /^[(（][^()（）\d]{1,4}[)）]\s*$/.test(n)) return true;
  if (/[\u4e00-\u9fff)）]\s*$/.test(p) && /^[:：]\s*$/.test(n)) return true;
  // "<b>2026</b>年<b>5</b>月<b>15</b>日", "每月<b>15</b>日": a date whose numbers a template sets in
  // bold is one date, not a year, a month and a day.
  if (/\d\s*$/.test(p) && /^[年月日号](?:\s*\d{1,2}\s*[月日号]?)?\s*$/.test(n)) return true;
  if (/\d\s*[年月]\s*$/.test(p) && /^\d{1,2}(?:\s*[月日号])?\s*$/.test(n)) return true;
  return false;
}
