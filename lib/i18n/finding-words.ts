/**
 * English for the project's own words inside findings: what a page lacked (`missing`) and the
 * labels of evidence. Words the page itself used (its labels, fee names) are not ours to
 * translate: the view quotes them instead.
 */
const MISSING: Readonly<Record<string, string>> = {
  '借款金额（合同金额）': 'the loan amount (contract amount)',
  实际到账金额: 'the amount actually paid out',
  '真实年化利率（需要完整的金额和还款计划）':
    'the true annual rate (needs the amounts and the full schedule)',
  提前还款条款: 'the early-repayment clause',
  放款机构名称: "the lender's name",
  放款机构的类型和放贷资质: "the lender's type and lending licence",
  每期应还本金和利息: 'the principal and interest of each payment',
  '逾期罚息、违约金等逾期收费条款': 'the overdue charges (penalty interest, penalties)',
  页面展示的利率: 'the rates shown on the page',
  页面是否展示或链接借款合同: 'whether the page shows or links the loan agreement',
  '各利率在页面上的字号、位置和强调方式':
    'the size, position and emphasis of each rate on the page',
  '利息（还款方式为"等本等息"）': 'the interest (repayment method "等本等息")',
  先息后本: 'interest-only repayment ("先息后本")',
  到期一次性还本付息: 'one repayment at maturity ("到期一次性还本付息")',
};

const LABELS: Readonly<Record<string, string>> = {
  借款金额: 'Loan amount',
  实际到账金额: 'Amount paid out',
  提前还款条款: 'Early-repayment clause',
  平台名称: 'Platform name',
  页面原文: 'On the page',
};

/** The English for a missing fact; unknown ones are shown quoted, never silently dropped. */
export function missingInEnglish(zh: string): string {
  return MISSING[zh] ?? `"${zh}"`;
}

/** The English for one of our evidence labels, or null when the label is the page's own words. */
export function labelInEnglish(zh: string): string | null {
  return LABELS[zh] ?? null;
}
