/**
 * The loan a refinance pays off (置换贷, 转贷, 转按揭, 债务整合): "原借款：澄川小额贷款有限公司，剩余本金
 * 82,000.00元，月利率1.5%，…提前结清手续费230.25元", "结清…的原借款（原合同编号…，原借款年利率18.00%）".
 * Its rate and what paying it off costs are that loan's, not the terms of the loan on the page.
 */
import { compactText } from '@/lib/parse/normalize';
import type { View } from './facts';

// (Not 原借款人, the borrower of an assigned debt; not 原借款结清金额, a sum the new loan pays.)
const OLD_LOAN = /^(?:原|旧|被置换的?)(?:借款|贷款|房贷|按揭|贷)(?![人]|结清金额)/;

/**
 * A clause that opens on the old loan, or a run the page labels as it ("原借款："), or the note beside
 * it in its row ("原贷款银行 | 汀岸银行 | 剩余本金650,000.00元，年利率4.92%").
 */
export function aboutAnOldLoan(view: View, block: number, clause: string): boolean {
  const said = compactText(clause);
  return (
    OLD_LOAN.test(said) ||
    view.facts.some(
      (f) => f.block <= block && block - f.block <= 1 && OLD_LOAN.test(compactText(f.key)),
    ) ||
    view.raw.tables.some((t) =>
      t.rows.some(
        (r) =>
          OLD_LOAN.test(compactText(r[0] ?? '')) && r.some((c) => compactText(c).includes(said)),
      ),
    )
  );
}
