/**
 * Round forty-three's patterns, from 借条 apps, small cash-loan apps and rural bank contracts: an
 * overdue repayment whose page states what was due before the late fee; a fee named again on the
 * button that pays it; a term whose unit is given in a note; interest paid each
 * quarter with the principal at the end. Each expected figure is worked by hand beside it.
 */
import { describe, expect, it } from 'vitest';
import { readSpec } from '../support/raw';

describe('a cash loan three days overdue', () => {
  it('repays what was due before the late fee, which the page states', () => {
    // 1,500 for 14 days: 10.50 interest + 80.00 + 30.00 fees = 1,620.50; 逾期费用 45.00 on top.
    const t = readSpec({
      pairs: [
        ['借款金额', '1500.00元'],
        ['放款日期', '2026-05-20'],
        ['还款日期', '2026-06-03'],
        ['原应还金额', '1620.50元'],
        ['逾期费用', '45.00元'],
        ['还款金额', '1665.50元(含以上所有)'],
      ],
      text: ['借款期限14天，按日计息。'],
    });
    expect(t.payments.map((p) => p.amount)).toEqual(['1620.50']);
  });
});

describe('a fee named again on the button that pays it', () => {
  it('is one fee', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '2000.00元'],
        ['借款期限', '7天'],
        ['日利率', '0.05%'],
        ['服务费', '140.00元'],
      ],
      text: ['服务费在放款时从借款金额中扣除。', '支付服务费 140.00元'],
    });
    expect(t.fees.filter((f) => f.amount === '140.00').map((f) => f.name)).toEqual(['服务费']);
  });
});

describe('a cash loan’s home page', () => {
  it('reads a bare term in the unit a note gives it', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '2000'],
        ['借款期限:', '14'],
        ['借款利息:', '14.00'],
      ],
      text: ['借款期限单位为天。审批费用、管理费用与借款利息于还款日随本金一并归还。'],
    });
    expect(t.termDays).toBe(14);
  });
});

describe('a rural bank contract', () => {
  it('reads interest settled each quarter with the principal at the end as 先息后本', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '300,000.00元'],
        ['借款期限', '12个月'],
        ['执行年利率', '5.40%'],
        ['结息方式', '按季结息，到期还本'],
      ],
    });
    expect(t.repaymentMethod).toBe('先息后本');
  });
});
