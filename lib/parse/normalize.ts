/**
 * Page text arrives in every width and spacing: full-width digits in an electronic IOU
 * (１２，０００．００), ideographic spaces, no-break spaces. NFKC folds the full-width forms to
 * ASCII; the rest collapses whitespace so patterns can be written once.
 */

/**
 * Characters that draw nothing: Unicode format characters (category Cf: soft hyphen U+00AD, zero
 * width space/joiners U+200B–U+200D, word joiner U+2060, BOM U+FEFF, bidi controls) and other
 * blanks (Hangul fillers, braille blank, variation selectors, combining grapheme joiner). Inside
 * "10,0<U+200D>00.00" they made the amount unreadable and hid a 砍头息 (issue 12).
 */
const INVISIBLE =
  /\p{Cf}|\p{Variation_Selector}|\u034f|\u115f|\u1160|\u17b4|\u17b5|\u2800|\u3164|\uffa0/gu;

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** Raised or lowered digits: NFKC would make "10⁴" the digits 104. */
const SCRIPT_DIGITS = /[\u2070\u00b9\u00b2\u00b3\u2074-\u2079\u2080-\u2089]+/g;
const HAS_SCRIPT_DIGIT = /[\u2070\u00b9\u00b2\u00b3\u2074-\u2079\u2080-\u2089]/;
/** A power of ten written as one: "10⁴元" is 10,000 yuan. */
const POWER_OF_TEN = /(?<![\d.,])10([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})(?![\d⁰¹²³⁴⁵⁶⁷⁸⁹])/g;

/**
 * The characters a borrower sees: invisible ones removed; 10ⁿ written out; any other raised or
 * lowered digits (footnote marks, "20,000¹元") set apart by a space, never joined to a number.
 * The scanner applies it to every text node, and normalizeText to anything typed or imported.
 */
export function visibleText(text: string): string {
  let t = text.replace(INVISIBLE, '');
  if (!HAS_SCRIPT_DIGIT.test(t)) return t;
  t = t.replace(POWER_OF_TEN, (whole, exp: string) => {
    const n = Number(exp.replace(/./g, (c) => String(SUPERSCRIPT.indexOf(c))));
    return n <= 12 ? `1${'0'.repeat(n)}` : whole;
  });
  return t.replace(SCRIPT_DIGITS, ' ');
}

export function normalizeText(text: string): string {
  return visibleText(text)
    .normalize('NFKC')
    .replace(/[\u00a0\u2000-\u200a\u3000]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Normalised and without any whitespace: for matching labels such as "年化利率 （单利）". */
export function compactText(text: string): string {
  return normalizeText(text).replace(/\s+/g, '');
}

/**
 * A label in English words ("Monthly Instalment", "Loan Amount"): not an acronym alone ("LPR",
 * "APR"), which is part of a Chinese label's name. One home for the scanner and the reader.
 */
export const ENGLISH_WORDS = /^[A-Za-z][A-Za-z '’&./-]*[a-z][A-Za-z '’&./-]*$/;
