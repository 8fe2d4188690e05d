/**
 * Display formatting of decimal strings: money with thousands separators and two decimals, rates
 * as percentages with two decimals. String manipulation only, so the popup needs no decimal.js
 * and nothing is ever rounded through a float.
 */
function roundHalfUp(value: string, places: number): string {
  const negative = value.startsWith('-');
  const [intPart = '0', fracPart = ''] = (negative ? value.slice(1) : value).split('.');
  const padded = (fracPart + '0'.repeat(places + 1)).slice(0, places + 1);
  let digits = (intPart + padded.slice(0, places)).replace(/^0+(?=\d)/, '');
  if (Number(padded[places]) >= 5) {
    const bumped = (BigInt(digits) + 1n).toString();
    digits = bumped.padStart(digits.length, '0');
  }
  digits = digits.padStart(places + 1, '0');
  const int = digits.slice(0, digits.length - places);
  const frac = digits.slice(digits.length - places);
  const isZero = /^0*$/.test(int + frac);
  return `${negative && !isZero ? '-' : ''}${int}${places > 0 ? '.' + frac : ''}`;
}

export function formatMoney(value: string): string {
  const fixed = roundHalfUp(value, 2);
  const negative = fixed.startsWith('-');
  const [int = '0', frac = '00'] = (negative ? fixed.slice(1) : fixed).split('.');
  return `${negative ? '-' : ''}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
}

/** "0.275656" → "27.57%". */
export function formatRate(fraction: string): string {
  const negative = fraction.startsWith('-');
  const [int = '0', frac = ''] = (negative ? fraction.slice(1) : fraction).split('.');
  const padded = frac.padEnd(2, '0');
  const percent = `${(int + padded.slice(0, 2)).replace(/^0+(?=\d)/, '')}.${padded.slice(2) || '0'}`;
  return `${negative ? '-' : ''}${roundHalfUp(percent, 2)}%`;
}

/** A round legal line reads better without its zeros: "0.24" → "24%", "0.148" → "14.80%". */
export function formatRateShort(fraction: string): string {
  return formatRate(fraction).replace(/\.00%$/, '%');
}
