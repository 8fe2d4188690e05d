/**
 * Money text → yuan as a decimal string with two places. Forms seen on lending pages:
 * "100,000.00 元", "¥6,588.00" (once split over spans and re-joined by the scanner), "5万元",
 * "5.36万元", "１２，０００．００", "人民币（大写）叁万伍仟元整".
 */
import { chineseMoney } from './chinese-numerals';
import { type Scaled, scaledFromPlain, shift, toFixed } from './digits';
import { compactText } from './normalize';
import { ok, type Parsed, unreadable } from './result';

const MULTIPLIERS: Record<string, number> = { 万: 4, 萬: 4, 千: 3, 亿: 8, 億: 8 };

/** A run of digits, separators and points, strictly checked: "1,23,4" is not a number. */
export function plainNumber(run: string): Scaled | null {
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(run)) return scaledFromPlain(run.replace(/,/g, ''));
  if (/^\d+(?:\.\d+)?$/.test(run)) return scaledFromPlain(run);
  return null;
}

function withMultiplier(x: Scaled, unit: string | undefined): Scaled {
  return unit ? shift(x, MULTIPLIERS[unit] ?? 0) : x;
}

/** Exactly one amount, with optional currency sign, 万/千 unit and 元. Anything else: unreadable. */
export function parseMoney(text: string): Parsed<string> {
  const t = compactText(text)
    // ("CN¥300,000.00": Intl.NumberFormat's yuan outside a zh-CN locale.)
    .replace(/^(?:CN¥|¥|RMB|CNY|人民币|人民幣)+/i, '')
    .replace(/[(（]元[)）]$/, '')
    .replace(/(?:人民币|元|圆|RMB|CNY)$/i, '')
    // ("12000 ¥": a translated loan system's figure with its currency symbol after it.)
    .replace(/(?<=\d)¥$/, '');
  if (!t) return unreadable('no amount');
  if (/[元圆角分整]|^[(（]?大写/.test(text.normalize('NFKC')) && !/\d/.test(t)) {
    const cn = chineseMoney(compactText(text).replace(/^(?:¥|人民币|人民幣)/, '人民币'));
    return cn ? ok(toFixed(cn, 2)) : unreadable(`not a well-formed 大写 amount: ${text}`);
  }
  const m = /^([\d,.]+)([万萬千亿億])?$/.exec(t);
  if (!m) return unreadable(`not an amount: ${text}`);
  const n = plainNumber(m[1] ?? '');
  if (!n) return unreadable(`malformed number: ${m[1] ?? ''}`);
  const v = withMultiplier(n, m[2]);
  if (v.scale > 2 && !/0+$/.test(toFixed(v, v.scale).slice(-(v.scale - 2)))) {
    return unreadable(`more than two decimals for money: ${text}`);
  }
  return ok(toFixed(v, 2));
}

export interface MoneyToken {
  value: string;
  /** The matched text, verbatim (after normalisation). */
  raw: string;
  index: number;
}

/**
 * Every amount written with a yuan marker (¥ before, 元 or 万元 after) in a longer text:
 * "每期应还550.08元（末期550.07元）", "到期应还本息合计人民币（大写）叁万捌仟壹佰伍拾元整（￥38,150.00）".
 * Bare numbers are not money here: a sentence's "12期" or "30天" must not become an amount.
 * With `bare`, an unmarked number that is not followed by a unit also counts (a table cell).
 */
export function moneyTokens(text: string, opts: { bare?: boolean } = {}): MoneyToken[] {
  const t = text.normalize('NFKC');
  const out: MoneyToken[] = [];
  const re =
    /(¥|￥|RMB|人民币)?\s*(?<![\d.,])([\d][\d,]*(?:\.\d+)?)(?![\d,]*\.\d)\s*([万萬千亿億])?\s*(元|圆)?(?![\d%‰])/g;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const marked = Boolean(m[1]) || Boolean(m[4]);
    const after = t.slice(m.index + m[0].length, m.index + m[0].length + 2);
    if (
      !marked &&
      (!opts.bare || /^\s*(?:期|个|月|天|日|年|号|笔|次|岁|周|分钟|小时|\/|:|-)/.test(after))
    )
      continue;
    const n = plainNumber(m[2] ?? '');
    if (!n) continue;
    const v = withMultiplier(n, m[3]);
    out.push({ value: toFixed(v, 2), raw: m[0].trim(), index: m.index });
  }
  // 大写 after its note, "人民币（大写）叁万伍仟元整", or a printed form's blank filled in before it,
  // "贷款伍万（大写）元" — the 元 after the note.
  const daxie =
    /(?:人民币|人民幣)?[(（]?大写[)）]?[:：]?([零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+[元圆](?:[零壹贰叁肆伍陆柒捌玖]角)?(?:[零壹贰叁肆伍陆柒捌玖]分)?[整正]?)|([零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+)\s*[(（]大写[)）]\s*([元圆])/g;
  for (let m = daxie.exec(t); m; m = daxie.exec(t)) {
    const v = chineseMoney(m[1] ?? `${m[2] ?? ''}${m[3] ?? ''}`);
    if (v) out.push({ value: toFixed(v, 2), raw: m[0], index: m.index });
  }
  return out.sort((a, b) => a.index - b.index);
}
