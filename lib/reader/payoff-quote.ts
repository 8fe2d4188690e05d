/**
 * A quote to pay the loan off early: its sum ("提前结清金额 ￥16,385.87", "结清应还总额") and, just
 * under it, its parts ("本金(元) 16,000.00 · 利息(元) 65.87 · 手续费(元) 320.00 · 计息天数 19天"),
 * which are what is left of the loan today, the interest since its last instalment and the charge
 * for paying early — none of them the loan's own figures or fees.
 */
import type { Fact } from './facts';

const PAYOFF_SUM =
  /^(?:提前(?:结清|还款|清偿|还清)|一次性结清|全部结清|结清)(?:应还|所需|应付)?(?:金额|总额|合计|款项)?$/;
/** The loan's figures a quote breaks its sum into. */
const PAYOFF_PART = /^(?:剩余|应还|结清)?本金$|^(?:应还|结清)?利息$|^计息天数$|^(?:应还)?手续费$/;

/** The fact at `order` is a part of a payoff quote, within a few fields after its sum. */
export function isPayoffPart(facts: readonly Fact[], order: number): boolean {
  const key = facts[order]?.key ?? '';
  return (
    PAYOFF_PART.test(key.replace(/[(（][^)）]*[)）]/g, '')) &&
    facts.slice(Math.max(0, order - 6), order).some((g) => PAYOFF_SUM.test(g.key))
  );
}
