/**
 * A record that lists what it is made of, each item with its own fee ("垫资车辆 · 云驰 S7 · 手续费：
 * 3326.4 · 云驰 E3 · 手续费：2244"), over the whole of that fee ("待还手续费：5570.4"): the items add up to
 * the whole, so the loan has one fee, the whole, and the items are read no further. The page's own
 * arithmetic decides it — items that do not add up to it are fees of their own.
 */
import { sumMoney } from '@/lib/finance/money';
import type { Fee } from '@/lib/model/terms';

/** The fees read, timed or not, less the items of a whole among them. */
export function withoutItemsOfAWhole(read: { fees: Fee[]; untimed: Fee[] }): {
  fees: Fee[];
  untimed: Fee[];
} {
  const all = [...read.fees, ...read.untimed];
  const items = new Set<Fee>();
  for (const whole of all) {
    if (whole.amount === undefined) continue;
    const parts = all.filter(
      (f) =>
        f !== whole &&
        f.amount !== undefined &&
        f.name.length < whole.name.length &&
        whole.name.endsWith(f.name),
    );
    if (parts.length >= 2 && sumMoney(parts.map((f) => f.amount ?? '0')) === whole.amount)
      for (const f of parts) items.add(f);
  }
  if (items.size === 0) return read;
  return {
    fees: read.fees.filter((f) => !items.has(f)),
    untimed: read.untimed.filter((f) => !items.has(f)),
  };
}
