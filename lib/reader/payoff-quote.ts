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

/** A trial's own field that opens it ("提前还款日期 2026-08-10", "提前归还本金 300,000.00"). */
const PAYOFF_FIELD = /^提前(?:还款|归还|结清)(?:日期|本金|金额)$/;
/** A trial's sum ("试算应还合计 306,263.33"): what paying off would cost, no total of the loan. */
const TRIAL_SUM = /^试算(?:应还|应付)?(?:合计|总额|总计|金额)$/;

/** The fact at `order` is a part of a payoff quote, within a few fields after its sum — or after
 *  the field that opens a 提前还款试算's result, its sum among the parts. */
export function isPayoffPart(facts: readonly Fact[], order: number): boolean {
  const key = (facts[order]?.key ?? '').replace(/[(（][^)）]*[)）]/g, '');
  const before = facts.slice(Math.max(0, order - 6), order);
  return (
    (PAYOFF_PART.test(key) && before.some((g) => PAYOFF_SUM.test(g.key))) ||
    ((PAYOFF_PART.test(key) || TRIAL_SUM.test(key)) && before.some((g) => PAYOFF_FIELD.test(g.key)))
  );
}
