/**
 * Round eighty-four: a debt restructured at the lender names the sum its new plan repays in prose,
 * beside the old loan's figures — "剩余本金7860.00元分10期按等额本金方式归还" (a mediation's 协议),
 * "剩余本金及利息合计56000.00元作为分期本金，分60期偿还" (a card centre's 个性化分期). That sum is a
 * candidate for the amount lent, and the plan's own arithmetic chooses it over the old loan's.
 */
import { describe, expect, it } from 'vitest';
import { readSpec } from '../support/raw';

describe('a restructured balance said in prose', () => {
  it('is the principal of a plan that splits it into instalments', () => {
    const t = readSpec({
      pairs: [
        ['借款本金', '12000.00'],
        ['已还本金', '4140.00'],
      ],
      text: [
        '剩余本金7860.00元分10期按等额本金方式归还，每期还本786.00元，利息按月利率0.6%按剩余本金计收，首期还款日2026-02-15，此后每月15日还款，还款总额8119.38元（其中利息259.38元）。',
      ],
    });
    expect(t.principal).toBe('7860.00');
    expect(t.payments).toHaveLength(10);
  });

  it('is the principal the plan says it takes as its own', () => {
    const t = readSpec({
      pairs: [['借款本金', '52316.18']],
      text: [
        '银行同意减免其他费用2108.00元，剩余本金及利息合计56000.00元作为分期本金，分60期偿还。',
        '每期偿还分期本金933.33元（末期933.53元），并按分期本金的0.25%每月收取分期手续费140.00元，每期应还1073.33元（末期1073.53元），首期还款日2026-03-05，应还总额64400.00元。',
      ],
    });
    expect(t.principal).toBe('56000.00');
    expect(t.payments).toHaveLength(60);
  });

  it('leaves the loan’s own amount where no plan repays the remaining principal', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '12000.00'],
        ['借款期限', '12个月'],
        ['年利率', '12.00%'],
        ['还款方式', '等额本息'],
      ],
      text: ['截至今日剩余本金8000.00元。'],
    });
    expect(t.principal).toBe('12000.00');
  });
});
