/**
 * Rounds seventy-four and seventy-five's patterns: a card's cash advance (预借现金) whose 透支利息
 * runs from the day it is drawn and whose fee has a floor ("单笔最低10元", pages 2772, 2778); a
 * trial that says what its example would pay ("预计到账金额", a 试算 button, 2786); a label left
 * with its unit after a comma by a translation file ("服务费，元:", 2815); two fees listed in one
 * value and paid at payout together (2797). Each expected figure is worked by hand beside it.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import { rawOf, readSpec, upfrontNamed } from '../support/raw';

describe('a credit card’s cash advance', () => {
  // 3,000.00 drawn on 2026-06-08 and repaid on 2026-07-20 (42 days) at 0.05 % a day:
  // 3,000 × 0.0005 × 42 = 63.00 of interest, with the 1 % fee of 30.00 posted to the card and
  // repaid with it: 3,093.00.
  const advance = {
    lead: ['鹭川银行 白金信用卡（尾号6618）', '取现确认'],
    pairs: [
      ['取现金额', '3,000.00元'],
      ['取现日期（起息日）', '2026-06-08'],
      ['取现手续费', '30.00元'],
      ['手续费标准', '按取现金额的1%收取，单笔最低10元'],
      ['日利率', '0.05%'],
      ['年化利率', '18.25%'],
      ['计息天数', '42天（取现日至到期还款日）'],
      ['到期还款日', '2026-07-20'],
      ['透支利息（预估）', '63.00元'],
      ['到期应还合计', '3,093.00元'],
    ] as [string, string][],
    text: [
      '取现手续费于取现当日记入信用卡账户，随本次取现款项一并归还。',
      '逾期未还部分继续按日利率0.05%计收透支利息。',
    ],
  };

  it('repays the advance with its interest: 透支利息 is no late charge to take out of the total', () => {
    const t = readSpec(advance);
    expect(t.payments.map((p) => p.amount)).toEqual(['3093.00']);
  });

  it('takes no fee of 10.00 from the floor of the fee’s rule', () => {
    expect(upfrontNamed(readSpec(advance))).not.toContain('手续费标准|10.00');
  });

  it('is lent by the bank whose card it is drawn on, named with the card’s tier', () => {
    const t = readSpec(advance);
    expect(t.lender.name).toBe('鹭川银行');
    expect(t.lender.type).toBe('bank');
  });

  it('reads the amount that bears interest (计息本金) as the amount lent', () => {
    // 10,000.00 drawn, the 1 % fee of 100.00 taken from it: 9,900.00 arrives; 30 days at 0.05 %:
    // 10,000 × 0.0005 × 30 = 150.00, so 10,150.00 is due.
    const t = readSpec({
      lead: ['预借现金', '取现成功 · 已到账'],
      pairs: [
        ['实际到账（元）', '9,900.00'],
        ['计息本金', '10,000.00元（按取现金额计息）'],
        ['日利率', '0.05%，自取现当日起计息至到期还款日 2026-09-04，共30天'],
        ['透支利息', '150.00元'],
        ['到期应还', '10,150.00'],
      ],
    });
    expect(t.principal).toBe('10000.00');
    expect(t.received).toBe('9900.00');
  });
});

describe('a trial of a loan', () => {
  it('that says what its example would pay and has only a 试算 button offers nothing', () => {
    // 20,000.00 over 12 months at 1.20 % a month: 20,000 × 0.012 / (1 − 1.012⁻¹²) = 1,799.51.
    const t = readTerms(
      rawOf({
        lead: ['借款试算', '输入借款金额与期数，选择利率档位，快速估算每月还款。'],
        pairs: [
          ['借款金额（元）', '20,000.00'],
          ['借款期数', '12'],
          ['还款方式', '等额本息'],
          ['参考年化利率（单利）', '14.40%'],
          ['每月还款', '1,799.51'],
          ['服务费（2%）', '400.00'],
          ['预计到账金额：', '¥ 19,600.00'],
        ],
        text: [
          '以上结果根据默认示例计算，仅供参考，不构成借款要约或审批承诺。',
          '清空试算',
          '试算',
        ],
      }),
    );
    expect(t).toBeNull();
  });
});

describe('a label a translation file left with its unit', () => {
  it('"服务费，元:" names the 服务费', () => {
    // 5,000.00 for 30 days at 0.05 % a day, 250.00 taken at payout: 4,750.00 arrives.
    const t = readSpec({
      pairs: [
        ['借款金额，元:', '5,000.00'],
        ['Term:', '30天'],
        ['服务费，元:', '250.00（放款时一次性扣除）'],
        ['实际到账，元:', '4,750.00'],
        ['日利率', '0.05%'],
      ],
    });
    expect(upfrontNamed(t)).toEqual(['服务费|250.00']);
  });
});

describe('fees listed in one value', () => {
  it('"担保费 20,000.00 元…，评审服务费 5,000.00 元…，均于放款当日…缴纳" takes both at payout', () => {
    // 1,000,000.00 lent; 20,000.00 + 5,000.00 paid on the day of payout: 975,000.00 to use.
    const t = readSpec({
      pairs: [
        ['贷款金额', '1,000,000.00元'],
        ['贷款期限', '24个月'],
        ['还款方式', '等额本金'],
        ['年利率', '3.75%'],
        [
          '担保相关费用',
          '担保费 20,000.00 元（1,000,000.00 × 1.00% × 2年），评审服务费 5,000.00 元（0.50%），均于放款当日由企业一次性缴纳至担保机构',
        ],
      ],
    });
    expect(upfrontNamed(t)).toEqual(['担保费|20000.00', '评审服务费|5000.00']);
  });
});
