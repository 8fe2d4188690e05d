/** How figures appear in explanations and complaints: "10,000.00", "27.57%", "11.97". */
import { Decimal } from '@/lib/finance/decimal';

/**
 * Figures in explanations and complaints are formatted exactly as the popup shows them:
 * "10,000.00" and "27.57%".
 */
export { formatMoney as yuan, formatRate as percent } from '@/lib/text/format';

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
