/**
 * Round eighty-one's office documents: a bank's "利率浮动比例 | 上浮20%" is how far a rate is raised,
 * never the loan's rate (read as 20 % a year it turned a fair 3.60 % loan into a false accusation,
 * page 2953); "执行利率上浮50%（5.40%）" is one overdue rate; and an IOU's interest "于还款日连同本金一并
 * 支付" is one repayment at the end.
 */
import { describe, expect, it } from 'vitest';
import { readSpec } from '../support/raw';

const BANK: [string, string][] = [
  ['贷款金额', '240,000.00'],
  ['贷款期限', '24个月'],
  ['利率浮动比例', '上浮20%'],
  ['执行年利率', '3.60%'],
  ['还款方式', '等额本金'],
  ['罚息利率', '执行利率上浮50%（5.40%）'],
];

describe('a bank’s raise over its base rate', () => {
  const t = readSpec({ pairs: BANK, text: [] });

  it('is no rate of the loan', () => {
    expect(t.statedRates.map((r) => r.value)).not.toContain('0.2');
    expect(t.statedRates.find((r) => r.primary === true)?.value).toBe('0.036');
  });

  it('states the overdue rate it comes to once', () => {
    const overdue = t.fees.filter((f) => f.when === 'overdue');
    expect(overdue.map((f) => [f.rate, f.ratePer])).toEqual([['0.054', 'year']]);
  });
});

describe('interest paid with the principal on the repayment day', () => {
  it('is one repayment at the end', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '50,000.00元'],
        ['借款期限', '10个月'],
      ],
      text: [
        '借款利率为月利率1.3%，利息按借款本金×月利率×借款月数计算，共计人民币6,500.00元，',
        '于还款日连同本金一并支付。',
      ],
    });
    expect(t.repaymentMethod).toBe('到期一次性还本付息');
  });

  it('is not the last month’s interest of a loan that pays interest monthly', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '50,000.00元'],
        ['借款期限', '10个月'],
      ],
      text: ['最后一期利息于到期日连同本金一并支付。'],
    });
    expect(t.repaymentMethod).not.toBe('到期一次性还本付息');
  });
});
