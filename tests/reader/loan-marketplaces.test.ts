/**
 * Round eighty-nine's loan marketplaces (贷款超市): a product's worked example after its own label,
 * unless the page disowns it; other products recommended under the page's own; a fee charged on
 * top of each instalment.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import { amountsOf, rawOf, readSpec } from '../support/raw';

// The scanner pairs each product's 可借额度 with its range, as it pairs the page's own fields.
const recommended: [string, string][] = [
  ['可借额度', '500-8000元'],
  ['可借额度', '1000-20000元'],
  ['可借额度', '2000-50000元'],
];

describe("a product's worked example after its own label", () => {
  it('is the loan the page offers, the products recommended under it no comparison', () => {
    const t = readSpec({
      lead: [
        '日利率0.05%，年化利率18.25%（单利），按实际借款天数计息。',
        '2. 借款示例：2026年5月6日借款3000元，借款期限30天，到期日2026年6月5日，到期一次性还本付息：本金3000.00元＋利息45.00元，到期应还3045.00元。',
        '同类推荐',
      ],
      pairs: recommended,
      text: ['立即申请'],
    });
    expect(t.principal).toBe('3000.00');
    expect(amountsOf(t)).toEqual(['3045.00']);
  });

  it('is no loan where the page says it is only an illustration', () => {
    const raw = rawOf({
      pairs: [
        ['最高借款额度(元)', '200000'],
        ['年化利率', '4.35%起'],
        ['还款方式', '等额本息'],
      ],
      text: [
        '示例：借10万元分12期，按年化利率4.35%计算，每月还款8,530.99元。示例仅供参考，实际额度与利率以审批结果为准。',
        '我要借款',
      ],
    });
    expect(readTerms(raw)).toBeNull();
  });
});

describe('a fee charged on top of each instalment', () => {
  it('is a fee of every period', () => {
    const t = readSpec({
      text: [
        '3、借款示例：借款10000元分6期，等额本息，月利率1.00%（年利率12.00%）',
        '4、每期应还本息1725.48元（第6期1725.51元），另收担保服务费150.00元/期',
        '5、每期合计还款1875.48元（第6期1875.51元），6期合计应还11252.91元',
        '立即申请',
      ],
    });
    expect(t.fees).toContainEqual(
      expect.objectContaining({ name: '担保服务费', when: 'periodic', amount: '150.00' }),
    );
    expect(amountsOf(t)[0]).toBe('1875.48');
  });
});
