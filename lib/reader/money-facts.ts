/**
 * Amount-like facts: the first yuan figure a value states ("550.08元 （末期550.07元）" → 550.08),
 * or, when the value is not readable, an Unreadable entry instead of a guess.
 */
import type { Unreadable } from '@/lib/model/terms';
import { Decimal } from '@/lib/finance/decimal';
import { sumMoney } from '@/lib/finance/money';
import { moneyTokens, parseMoney } from '@/lib/parse/money';
import { compactText } from '@/lib/parse/normalize';
import type { Fact } from './facts';

export type Read<T> = { value: T; fact: Fact } | { unreadable: Unreadable } | null;

/**
 * A figure written as the sum of its parts, "借款金额2000元＋利息56元", "本金1000元+利息35元": that
 * sum. Each part is words and one amount; nothing in brackets (a 月供's "(本金500 + 服务费36)" is
 * its breakdown, read apart).
 */
export function writtenSum(text: string): string | null {
  const whole = text.normalize('NFKC');
  // "本金2,000.00元+利息36.00元+综合服务费150.00元=2,186.00元": the total after "=", where the
  // parts add up to it.
  const [t = '', stated] = whole.split('=');
  if (stated !== undefined) {
    const sum = writtenSum(t);
    const total = moneyTokens(stated)[0];
    return sum !== null && total && total.index <= 2 && total.value === sum ? sum : null;
  }
  if (/[(（]/.test(t)) return null;
  const parts = t.split('+');
  if (parts.length < 2) return null;
  const values: string[] = [];
  for (const [i, part] of parts.entries()) {
    const tokens = moneyTokens(part);
    const [token] = tokens;
    if (tokens.length !== 1 || !token) return null;
    const before = part.slice(0, token.index).trim();
    const after = part.slice(token.index + token.raw.length);
    if (!/^[\u4e00-\u9fa5:：]{0,8}$/.test(before)) return null;
    // Only the last part may run on into the next words.
    if (i < parts.length - 1 && after.trim() !== '') return null;
    values.push(token.value);
  }
  return sumMoney(values);
}

export function leadingMoney(value: string): string | null {
  // "人民币(大写) 叁拾万元整": the words that say how the figure is written come off first.
  const text = value
    // (…or with no brackets: "小写：1,600.00" on a printed receipt.)
    .replace(/^\s*(?:人民币)?\s*(?:[(（]\s*[大小]写\s*[)）]|[大小]写)\s*[:：]?\s*/, '')
    .replace(/\s*[.。，,；;]+\s*$/, '');
  const whole = parseMoney(text);
  if ('value' in whole) return whole.value;
  const sum = writtenSum(text);
  if (sum !== null) return sum;
  // (A comma before a digit belongs to the figure, well formed or not: "陆万元整,人民币(小写)
  // 60000.00元" ends at the first one that is not.)
  const head = /^(?:[^（(，,;；]|,(?=\d))+/.exec(text)?.[0] ?? text;
  const h = parseMoney(head);
  if ('value' in h) return h.value;
  // "9,700.00元 收取手续费300.00元": a figure with its unit, then words about another one.
  const unit = /^[^（(，;；]+?元(?=\s+[\u4e00-\u9fa5])/.exec(text)?.[0];
  const u = unit === undefined ? null : parseMoney(unit);
  if (u && 'value' in u) return u.value;
  const tokens = moneyTokens(head);
  return tokens.length === 1 ? (tokens[0]?.value ?? null) : null;
}

/** A figure with its sign, as a funds record or a plan's set-off column writes it: "-￥1500.00",
 *  "+￥50000.00", "-25,000.00". */
export function signedMoney(cell: string): Decimal | null {
  const c = compactText(cell);
  const v = leadingMoney(c.replace(/^[+＋\-−]/, ''));
  if (v === null) return null;
  return /^[-−]/.test(c) ? new Decimal(v).neg() : new Decimal(v);
}

/**
 * Every yuan figure the page states under a label, for the checks that ask whether a sum the
 * reader works out is one the page shows (最低还款金额 1600.00 = 500 + 1000 + 100).
 */
export function statedFigures(facts: readonly Fact[]): ReadonlySet<string> {
  return new Set(facts.map((f) => leadingMoney(f.value)).filter((v): v is string => v !== null));
}

export function readMoney(fact: Fact | undefined): Read<string> {
  if (!fact) return null;
  const v = leadingMoney(fact.value);
  if (v !== null) return { value: v, fact };
  return { unreadable: { label: fact.label, text: fact.value, reason: 'amount not readable' } };
}

/** "3 - 30万元", "1000~50000元": a product's range of amounts, not one loan's amount. */
export function isAmountRange(value: string): boolean {
  // The range opens the value: a date later in it ("8,000.00元，借款日2026-03-12") is no range.
  // …or opens it after the range's own name: a form's hint "建议借款范围: 1,000 - 200,000 元" under
  // 借款金额, whose typed amount the page does not show as text.
  const t = compactText(value).replace(/^[\u4e00-\u9fa5]{0,6}(?:范围|区间|额度)[:：]/, '');
  return /^[¥￥]?\s*[\d,.]+\s*(?:万|千)?\s*(?:元)?\s*[-~～至到]\s*[¥￥]?\d/.test(t);
}

/**
 * A figure that cannot be an amount lent: under 100 and not written as money ("贷款 | 1", a step's
 * number in "1 实名认证 · 2 评估额度 · 3 借款"), or nothing at all ("本金 0.00元" in a plan's row).
 */
export function notAnAmountLent(value: string, written: string): boolean {
  return value === '0.00' || (new Decimal(value).lt(100) && !/[元¥￥]/.test(written));
}

/**
 * A value under 本金 that is an instalment's parts, never the amount lent: "￥613.44+利息￥152.00",
 * "本金¥547.73＋手续费¥24.65", or a part cut before the rest ("500.00元 +").
 */
export function instalmentParts(value: string): boolean {
  return writtenSum(value) !== null || /[+＋]\s*$/.test(value);
}
