/**
 * Display formatting of decimal strings: money with thousands separators and two decimals, rates
 * as percentages with two decimals. `Intl.NumberFormat` formats a decimal string exactly (no
 * float on the way) and rounds half away from zero (`halfExpand`, the 四舍五入 a borrower checks
 * by hand), so the popup needs no decimal.js. A value that rounds to zero carries no minus sign.
 */
const common = {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  roundingMode: 'halfExpand',
  signDisplay: 'negative',
} as const satisfies Intl.NumberFormatOptions;

const money = new Intl.NumberFormat('en-US', common);
const percent = new Intl.NumberFormat('en-US', { ...common, style: 'percent', useGrouping: false });

type DecimalString = `${number}`;

/** "1234567.891" → "1,234,567.89". */
export function formatMoney(value: string): string {
  return money.format(value as DecimalString);
}

/** "0.275656" → "27.57%". */
export function formatRate(fraction: string): string {
  return percent.format(fraction as DecimalString);
}

/** A round legal line reads better without its zeros: "0.24" → "24%", "0.148" → "14.80%". */
export function formatRateShort(fraction: string): string {
  return formatRate(fraction).replace(/\.00%$/, '%');
}

const wholePercent = new Intl.NumberFormat('en-US', {
  maximumFractionDigits: 0,
  roundingMode: 'halfExpand',
  style: 'percent',
  useGrouping: false,
} as const);

/** A rate to the whole percent, for "about 35%": "0.352539" → "35%". */
export function formatRateWhole(fraction: string): string {
  return wholePercent.format(fraction as DecimalString);
}
