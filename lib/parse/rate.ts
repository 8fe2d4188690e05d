/**
 * Rate text → a decimal fraction exactly as stated ("15.60%" → "0.156", "万分之6" → "0.0006",
 * "3‰" → "0.003", "百分之十四点四" → "0.144"), with the period the text itself names
 * ("0.45%/月", "0.05%/天", "0.60%/期"). Whether a rate is daily or annual otherwise comes from
 * its label, which the reader knows and this parser does not.
 */
import { chineseNumber, CHINESE_NUMERAL_CHARS } from './chinese-numerals';
import { type Scaled, shift, toPlain } from './digits';
import { plainNumber } from './money';
import { compactText } from './normalize';
import { ok, type Parsed, unreadable } from './result';

export type RatePer = 'day' | 'month' | 'year' | 'period';

export interface ParsedRate {
  /** Decimal fraction, trailing zeros dropped. */
  value: string;
  per: RatePer | null;
  /** The rate as written, e.g. "万分之6", "0.45%/月". */
  text: string;
}

const CN = `[${CHINESE_NUMERAL_CHARS}]+`;
const NUM = String.raw`\d+(?:\.\d+)?`;
// (…or a loan system's English unit left untranslated: "1.50 %/month".)
const PER = String.raw`(?:\s*(?:\/|每)\s*(天|日|月|年|期|day|month|year)(?![A-Za-z]))?`;
/** One rate, in any of the written forms, with an optional "/天" style suffix. */
const RATE_SOURCE =
  String.raw`(?:(万分之|千分之|百分之)\s*(${NUM}|${CN})|(${NUM})\s*(%|‰|‱))` + PER;

const PER_WORDS: Record<string, RatePer> = {
  天: 'day',
  日: 'day',
  月: 'month',
  年: 'year',
  期: 'period',
  day: 'day',
  month: 'month',
  year: 'year',
};
const FRACTION_SHIFT: Record<string, number> = {
  万分之: -4,
  千分之: -3,
  百分之: -2,
  '%': -2,
  '‰': -3,
  '‱': -4,
};

function number(text: string): Scaled | null {
  return /\d/.test(text) ? plainNumber(text) : chineseNumber(text);
}

function fromMatch(m: RegExpExecArray): ParsedRate | null {
  const unit = m[1] ?? m[4] ?? '';
  const n = number(m[2] ?? m[3] ?? '');
  if (!n) return null;
  const perWord = m[5];
  return {
    value: toPlain(shift(n, FRACTION_SHIFT[unit] ?? 0)),
    per: perWord ? (PER_WORDS[perWord] ?? null) : null,
    text: m[0].trim(),
  };
}

/** Exactly one rate (surrounding words such as 日息, 约, （单利） allowed): otherwise unreadable. */
export function parseRate(text: string): Parsed<ParsedRate> {
  const t = compactText(text);
  const tokens = rateTokens(t);
  const only = tokens[0];
  if (!only) return unreadable(`not a rate: ${text}`);
  // "万分之3（0.03%）": one rate, said again in brackets in another form.
  const again = tokens[1];
  const restated =
    tokens.length === 2 &&
    again !== undefined &&
    again.value === only.value &&
    (again.per === null || again.per === only.per) &&
    /^\s*\(\s*$/.test(t.slice(only.index + only.text.length, again.index));
  if (tokens.length > 1 && !restated) return unreadable(`more than one rate: ${text}`);
  const cut = restated ? [only, again] : [only];
  const rest = cut
    .reduceRight((s, x) => s.slice(0, x.index) + s.slice(x.index + x.text.length), t)
    .replace(/\(\)/, '');
  if (/\d/.test(rest)) return unreadable(`more than one figure: ${text}`);
  return ok({ value: only.value, per: only.per, text: only.text });
}

export interface RateToken extends ParsedRate {
  index: number;
}

/** Every rate in a longer text, in order: "罚息按日0.05%计收，违约金每日0.04%". */
export function rateTokens(text: string): RateToken[] {
  const t = text.normalize('NFKC');
  const re = new RegExp(RATE_SOURCE, 'g');
  const out: RateToken[] = [];
  for (let m = re.exec(t); m; m = re.exec(t)) {
    if (m.index > 0 && /[\d.]/.test(t.charAt(m.index - 1))) continue;
    const r = fromMatch(m);
    if (r) out.push({ ...r, index: m.index });
  }
  return out;
}

export interface RateRange {
  low: ParsedRate;
  high: ParsedRate;
}

/** "7.2%~24%", "7.2%-24%", "7.2%至24%", "7.2~24%" (the unit written once, at the end). */
export function parseRateRange(text: string): Parsed<RateRange> {
  const t = compactText(text);
  const m =
    /^(?:[^\d]*?)(\d+(?:\.\d+)?)(%|‰)?(?:~|～|-|—|–|至|到)(\d+(?:\.\d+)?)(%|‰)(?:\/(天|日|月|年|期))?$/.exec(
      t,
    );
  if (!m) return unreadable(`not a rate range: ${text}`);
  const unit = m[4] ?? '%';
  if (m[2] && m[2] !== unit) return unreadable(`mixed units in range: ${text}`);
  const per = m[5] ? `/${m[5]}` : '';
  const low = parseRate(`${m[1] ?? ''}${unit}${per}`);
  const high = parseRate(`${m[3] ?? ''}${unit}${per}`);
  if (!('value' in low) || !('value' in high)) return unreadable(`malformed range: ${text}`);
  return ok({ low: low.value, high: high.value });
}
