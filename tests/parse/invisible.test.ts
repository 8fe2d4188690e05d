/**
 * Invisible characters and raised digits inside figures (issue 12): "10,0<ZWJ>00.00" read as 0.00
 * and hid a 砍头息; "10⁴元" became 104.
 */
import { describe, expect, it } from 'vitest';

import { parseMoney } from '@/lib/parse/money';
import { visibleText } from '@/lib/parse/normalize';

const invisibles: [string, string][] = [
  ['zero width space U+200B', '\u200b'],
  ['zero width non-joiner U+200C', '\u200c'],
  ['zero width joiner U+200D', '\u200d'],
  ['word joiner U+2060', '\u2060'],
  ['BOM U+FEFF', '\ufeff'],
  ['soft hyphen U+00AD', '\u00ad'],
  ['left-to-right mark U+200E', '\u200e'],
  ['invisible times U+2062', '\u2062'],
  ['Hangul filler U+3164', '\u3164'],
  ['combining grapheme joiner U+034F', '\u034f'],
  ['variation selector U+FE0F', '\ufe0f'],
];

describe('invisible characters inside a number', () => {
  for (const [name, c] of invisibles) {
    it(`${name}: 10,000.00 stays 10,000.00`, () => {
      const text = `1${c}0,${c}000.0${c}0元`;
      expect(visibleText(text)).toBe('10,000.00元');
      expect(parseMoney(text)).toEqual({ value: '10000.00' });
    });
  }
});

describe('raised and lowered digits are never digits of an amount', () => {
  it('10⁴元 is 10,000 yuan, never 104', () => {
    expect(visibleText('10⁴元')).toBe('10000元');
    expect(parseMoney('10⁴元')).toEqual({ value: '10000.00' });
  });

  it('a footnote mark after an amount is set apart, never joined to it', () => {
    expect(parseMoney('20,000¹元')).toEqual({ value: '20000.00' });
    expect(visibleText('年化利率7.2%²')).toBe('年化利率7.2% ');
  });

  it('other bases and subscripts do not become digits', () => {
    const read = parseMoney('3⁴元');
    expect('value' in read ? read.value : 'unreadable').not.toBe('34.00');
    const sub = parseMoney('5₀₀元');
    expect('value' in sub ? sub.value : 'unreadable').not.toBe('500.00');
  });

  it('1.5×10⁴元 is not read as 1.5 or 104', () => {
    const read = parseMoney('1.5×10⁴元');
    expect('value' in read ? read.value : 'unreadable').not.toMatch(/^(1\.50|104\.00|1\.5104)$/);
  });
});
