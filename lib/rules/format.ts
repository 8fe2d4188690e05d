/** How figures appear in explanations and complaints: "10,000.00", "27.57%", "11.97". */
import { Decimal } from '@/lib/finance/decimal';

export function yuan(amount: string): string {
  const fixed = new Decimal(amount).toFixed(2);
  const negative = fixed.startsWith('-');
  const [int = '0', frac = '00'] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}.${frac}`;
}

/** A decimal fraction as a percentage with two places ("0.275656" → "27.57%"). */
export function percent(rate: string): string {
  return `${new Decimal(rate).times(100).toFixed(2)}%`;
}

/** A difference of two fractions in percentage points, two places ("0.1196" → "11.96"). */
export function points(diff: string): string {
  return new Decimal(diff).times(100).toFixed(2);
}

/** Chinese enumeration: 「a」、「b」. */
export function listZh(items: readonly string[]): string {
  return items.map((i) => `「${i}」`).join('、');
}

export function listEn(items: readonly string[]): string {
  return items.map((i) => `"${i}"`).join(', ');
}
