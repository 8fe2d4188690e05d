/**
 * Chinese numerals, both everyday (十四点四, 万分之五) and financial 大写 (叁万捌仟壹佰伍拾元整,
 * as written on an IOU so the figure cannot be altered). Only well-formed numerals are read:
 * a unit out of order (万 after 万, 仟 after 佰) makes the text unreadable rather than a guess.
 */
import { add, fromInteger, type Scaled, scaledFromPlain, shift } from './digits';

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  貳: 2,
  两: 2,
  兩: 2,
  三: 3,
  叁: 3,
  參: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const SMALL_UNITS: Record<string, number> = {
  十: 10,
  拾: 10,
  百: 100,
  佰: 100,
  千: 1000,
  仟: 1000,
};
const BIG_UNITS: Record<string, bigint> = {
  万: 10000n,
  萬: 10000n,
  亿: 100000000n,
  億: 100000000n,
};

export const CHINESE_NUMERAL_CHARS =
  '零〇一壹二贰貳两兩三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億点點';

/**
 * Integer part: "叁万捌仟壹佰伍拾" → 38150n. Null when malformed. A last digit right after a unit,
 * with no 零 between, is the next lower unit, as people say amounts: "一万二" is 12000,
 * "三千五" 3500, "一百二" 120 (a page that writes "借一万二" means twelve thousand).
 */
export function chineseInteger(text: string): bigint | null {
  if (!text) return null;
  let total = 0n;
  let section = 0n;
  let digit: number | null = null;
  let lastSmall = 100000;
  let lastBig = 10n ** 20n;
  /** The unit just before the pending digit (null after a 零 or at the start). */
  let unitBefore: bigint | null = null;
  let prevUnit: bigint | null = null;
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      if (digit !== null && d !== 0 && digit !== 0) return null;
      unitBefore = digit === null && d !== 0 ? prevUnit : null;
      prevUnit = null;
      digit = d;
      continue;
    }
    const small = SMALL_UNITS[ch];
    if (small !== undefined) {
      if (small >= lastSmall) return null;
      // "十五" means 15: a leading 十 stands for 一十.
      const n = digit ?? (section === 0n && small === 10 ? 1 : null);
      if (n === null || n === 0) return null;
      section += BigInt(n * small);
      lastSmall = small;
      digit = null;
      prevUnit = BigInt(small);
      continue;
    }
    const big = BIG_UNITS[ch];
    if (big !== undefined) {
      if (big >= lastBig) return null;
      if (digit !== null) section += BigInt(digit);
      if (section === 0n) return null;
      total += section * big;
      section = 0n;
      digit = null;
      lastSmall = 100000;
      lastBig = big;
      prevUnit = big;
      continue;
    }
    return null;
  }
  if (digit !== null) section += BigInt(digit) * (unitBefore !== null ? unitBefore / 10n : 1n);
  return total + section;
}

/** "十四点四" → 14.4, "五" → 5, "0.5" passes through. Null when malformed. */
export function chineseNumber(text: string): Scaled | null {
  const plain = scaledFromPlain(text);
  if (plain) return plain;
  const [intPart, fracPart, extra] = text.split(/[点點]/);
  if (extra !== undefined || intPart === undefined) return null;
  const int = intPart === '' && fracPart !== undefined ? 0n : chineseInteger(intPart);
  if (int === null) return null;
  if (fracPart === undefined) return fromInteger(int);
  let frac = '';
  for (const ch of fracPart) {
    const d = DIGITS[ch];
    if (d === undefined) return null;
    frac += String(d);
  }
  if (!frac) return null;
  return add(fromInteger(int), shift(fromInteger(BigInt(frac)), -frac.length));
}

/**
 * A 大写 money amount: "人民币壹万伍仟元整", "叁万捌仟壹佰伍拾元", "壹佰元伍角", "零元伍角贰分".
 * Null unless the whole text is one amount.
 */
export function chineseMoney(text: string): Scaled | null {
  const m =
    /^(?:人民币|人民幣)?(?:[(（]?大写[)）]?)?[:：]?([^元圆圓角分整正]*)(?:[元圆圓])([^整正]*)(?:[整正])?$/.exec(
      text,
    );
  if (!m) return null;
  const yuanText = m[1] ?? '';
  const rest = m[2] ?? '';
  const yuan = yuanText === '' || yuanText === '零' ? 0n : chineseInteger(yuanText);
  if (yuan === null) return null;
  let cents = 0n;
  if (rest) {
    const r =
      /^零?(?:([零一壹二贰两三叁四肆五伍六陆七柒八捌九玖])角)?零?(?:([零一壹二贰两三叁四肆五伍六陆七柒八捌九玖])分)?$/.exec(
        rest,
      );
    if (!r || (!r[1] && !r[2])) return null;
    cents = BigInt((r[1] ? (DIGITS[r[1]] ?? 0) : 0) * 10 + (r[2] ? (DIGITS[r[2]] ?? 0) : 0));
  }
  if (yuan === 0n && cents === 0n && yuanText === '') return null;
  return add(fromInteger(yuan), shift(fromInteger(cents), -2));
}
