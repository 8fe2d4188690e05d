/**
 * A record that shows what is left of a figure over the whole of it ("待还本金： 185680 / 185680",
 * "剩余手续费 1200.00 / 3600.00"): the figure after the slash is the whole — the principal lent,
 * the fee charged — whatever has been repaid. It is read as that figure's own fact ("本金 185680"),
 * beside the left-over one, which keeps its meaning (remaining.ts).
 */
import { Decimal } from '@/lib/finance/decimal';
import type { RawExtraction } from '@/lib/model/extraction';
import { compactText } from '@/lib/parse/normalize';
import type { Fact } from './facts';
import { leadingMoney } from './money-facts';

/** "待还本金", "剩余手续费", "未还利息": what is left of one named part. */
const LEFT = /^(?:待还|剩余|未还)(本金|利息|[\u4e00-\u9fa5]{0,4}费)$/;
const SLASH = /^[/／]$/;

/** The whole after the left-over figure: in its own value ("185680 / 185680") or in the runs after it. */
function wholeAfter(raw: RawExtraction, f: Fact): string | null {
  const inValue = /^(.+?)\s*[/／]\s*(.+)$/.exec(f.value);
  if (inValue?.[1] !== undefined && inValue[2] !== undefined)
    return leadingMoney(inValue[1]) === null ? null : leadingMoney(inValue[2]);
  const slash = raw.blocks[f.block + 1]?.text ?? '';
  const after = raw.blocks[f.block + 2]?.text ?? '';
  return SLASH.test(compactText(slash)) ? leadingMoney(after) : null;
}

/**
 * The facts with each whole behind a left-over figure read: a fee's is the fee charged (its fact
 * now holds the whole); the principal's is the amount lent, a fact of its own beside what is left.
 */
export function withWholesBehindLeft(raw: RawExtraction, facts: readonly Fact[]): Fact[] {
  const out: Fact[] = [];
  for (const f of facts) {
    const part = LEFT.exec(f.key)?.[1];
    const left = part === undefined ? null : leadingMoney(f.value.split(/[/／]/)[0] ?? '');
    const whole = left === null ? null : wholeAfter(raw, f);
    // Less is left than the whole, or all of it: a slash between two other figures says nothing.
    if (part === undefined || left === null || whole === null || new Decimal(left).gt(whole)) {
      out.push(f);
      continue;
    }
    if (part !== '本金') out.push({ ...f, value: whole, near: whole });
    else out.push(f, { ...f, label: part, key: part, value: whole, near: whole });
  }
  return out;
}
