/**
 * Housing loans: a rate with the note of how it was set ("3.00%（5年期以上LPR 3.50% 减50个基点）"); a
 * 公积金 rate under 3% that is a year's; the bank named after a 贷款银行 label, not the label; a loan
 * paid out shown on a calculator site's page. Each expected figure is worked by hand beside it,
 * not with lib/finance.
 */
import { describe, expect, it } from 'vitest';
import { readSpec } from '../support/raw';

describe('a housing loan', () => {
  it('reads a rate with the note of how it was set, and the bank under 贷款银行', () => {
    const t = readSpec({
      title: '房贷计算器 -还款详情',
      pairs: [
        ['贷款银行', '澄州银行 城东支行'],
        ['贷款金额', '980,000.00元'],
        ['贷款期限', '30年（360期）'],
        ['还款方式', '等额本息'],
        ['执行利率', '3.30%（5年期以上LPR 3.50% 减20个基点）'],
        ['放款日期', '2026-03-18'],
      ],
    });
    expect(t.statedRates.map((r) => [r.kind, r.value])).toEqual([['annual-simple', '0.033']]);
    expect(t.lender.name).toBe('澄州银行');
    expect(t.payments).toHaveLength(360);
  });

  it('reads a 公积金 rate under 3% as a year’s', () => {
    const t = readSpec({
      pairs: [
        ['贷款金额', '500,000.00元'],
        ['贷款期限', '20年'],
        ['还款方式', '等额本息'],
        ['公积金贷款利率', '2.85%'],
      ],
    });
    expect(t.statedRates.map((r) => [r.kind, r.value])).toEqual([['annual-simple', '0.0285']]);
  });
});
