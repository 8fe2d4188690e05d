/**
 * A loan officer's record shows what was asked beside what was granted ("申请金额（万元） 25.00 ·
 * 批准金额（万元） 20.00", "申请期限 12个月 · 批准期限 12个月", "申请利率（月） 1.00% · 批准利率（月）
 * 0.85%"): the loan is what was granted, and the application's figures are what it was not.
 */
const ASKED = /^申请(?!人|日期|时间|编号|类型|状态|渠道|用途)/;
const GRANTED = /^(?:批准|审批|获批|核准|核定|批复|批核|批借|批贷)(?:通过)?(?:的)?/;

/** The name without its unit in brackets: 申请金额（万元） and 批准金额 name one figure. */
const figureName = (key: string, prefix: RegExp): string =>
  key.replace(prefix, '').replace(/[（(][^（()）]*[)）]$/, '');

/**
 * The keys of the application's figures that a granted figure of the same name replaces. A granted
 * field left blank ("批准金额 --", "待审批") replaces nothing.
 */
export function askedButGranted(facts: readonly { key: string; value: string }[]): Set<string> {
  const granted = new Set(
    facts
      .filter((f) => GRANTED.test(f.key) && /\d/.test(f.value))
      .map((f) => figureName(f.key, GRANTED)),
  );
  return new Set(
    facts
      .filter((f) => ASKED.test(f.key) && granted.has(figureName(f.key, ASKED)))
      .map((f) => f.key),
  );
}

/**
 * A negotiation's two rounds side by side ("初始报价 借款金额 8000 · 借款期限 120 天 … 最终报价 借款
 * 金额 6000 · 借款期限 90 天"): the first offer's figures give way to the final offer's of the same
 * name. The blocks of the first offer, where the final one follows it.
 */
const FIRST_ROUND = /^(?:初始|最初|首次|原|修改前|调整前)(?:报价|方案|条件|借款方案)$/;
const LAST_ROUND = /^(?:最终|修改后|调整后|最新)(?:报价|方案|条件|借款方案)$/;
export function firstRoundBlocks(
  blocks: readonly { text: string }[],
): { from: number; to: number } | null {
  const heads = blocks.map((b) => b.text.replace(/\s+/g, ''));
  const from = heads.findIndex((t) => FIRST_ROUND.test(t));
  const to = heads.findIndex((t, i) => i > from && LAST_ROUND.test(t));
  return from >= 0 && to > from ? { from, to } : null;
}
