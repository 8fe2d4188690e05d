/**
 * Reading and writing money and rates on the wire (design.md §3): decimal strings in, Decimal
 * inside, decimal strings out. Money is rounded half-up to the fen, rates half-up to 6 places,
 * exactly as the fixture corpus and Chinese lenders do.
 */
import { Decimal } from '@/lib/finance/decimal';

/** Plain decimal notation only: "10000", "899.75", "-0.5", ".5". No exponents, no commas, no units. */
const DECIMAL_STRING = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** A decimal string as a Decimal, or null when it is not a plain finite decimal number. */
export function parseDecimal(text: string): Decimal | null {
  const trimmed = text.trim();
  if (!DECIMAL_STRING.test(trimmed)) return null;
  return new Decimal(trimmed);
}

/** Half-up to the fen (0.01 元), the way a Chinese lender rounds each schedule line. */
export function roundCents(value: Decimal): Decimal {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

function fixed(value: Decimal, places: number): string {
  const rounded = value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  // -0.000000 would read as a negative rate; zero has no sign.
  return (rounded.isZero() ? new Decimal(0) : rounded).toFixed(places);
}

/** The exact sum of money strings, on the wire: ["899.75", "0.25"] → "900.00". */
export function sumMoney(values: readonly string[]): string {
  return formatMoney(values.reduce((acc, v) => acc.plus(v), new Decimal(0)));
}

/** a − b of two money strings, on the wire. */
export function subtractMoney(a: string, b: string): string {
  return formatMoney(new Decimal(a).minus(b));
}

/** Money on the wire: "1048.80". */
export function formatMoney(value: Decimal): string {
  return fixed(value, 2);
}

/** An annual rate on the wire, as the fixtures give it: "0.275656" is 27.5656%. */
export function formatRate(value: Decimal): string {
  return fixed(value, 6);
}

/**
 * A periodic rate on the wire. Monthly and daily IRRs are small numbers, so 6 places would lose
 * their meaning (a daily 0.000108); 12 places is what the fixtures' `irrMethod.periodicIrr` uses.
 */
export function formatPeriodicRate(value: Decimal): string {
  return fixed(value, 12);
}
