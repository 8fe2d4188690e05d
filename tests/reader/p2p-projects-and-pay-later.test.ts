/**
 * P2P project pages, pay-later checkouts and old product sites: a rate written as base + 加息, a
 * clause that lends on a date, a fee paid each month to a guarantor, a fee billed with the first
 * instalment, equal principal parts that state the amount, a worked example under its heading or
 * with its sum written out, a product card of ranges. Each expected figure is worked by hand beside
 * it, not with lib/finance.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import { rawOf, readSpec, tableOf } from '../support/raw';

const amounts = (t: { payments: { amount: string }[] }): string[] =>
  t.payments.map((p) => p.amount);
const annual = (t: { statedRates: { kind: string; value: string }[] }): string[] =>
  t.statedRates.filter((r) => r.kind === 'annual-simple').map((r) => r.value);

describe('a P2P project page', () => {
  it('adds up a base rate and its 加息 written as one figure', () => {
    const t = readSpec({
      pairs: [
        ['年化利率', '8.4+1.2%'],
        ['借款期限', '12个月'],
        ['借款金额', '6万'],
        ['还款方式', '等额本金'],
      ],
    });
    expect(annual(t)).toEqual(['0.096']);
  });

  it('reads 年利率合计 in a risk note', () => {
    const t = readSpec({
      pairs: [
        ['借款期限', '6 个月'],
        ['借款金额', '10 万'],
      ],
      text: ['借款年利率合计12%（基础利率9.6%+车贷加息2.4%），按月付息，到期还本。'],
    });
    expect(annual(t)).toContain('0.12');
  });

  it('does not take principal and interest together for the interest', () => {
    // 1,000 of interest a month; the last month 100,000 + 1,000: no interest of 101,000.
    const t = readSpec({
      pairs: [
        ['借款期限', '6 个月'],
        ['借款金额', '10 万'],
      ],
      text: [
        '按月付息，到期还本',
        '借款金额100,000.00元，期限6个月，每月付息1,000.00元，第6个月归还本金及当月利息共101,000.00元。',
      ],
    });
    expect(amounts(t)).not.toContain('16833.33');
  });

  it('reads a loan paid out on a date in prose and repaid at once', () => {
    // 20,000 × 10.8% × 3/12 = 540.00 of interest: 20,540.00 on 2026-07-10.
    const t = readSpec({
      pairs: [
        ['借款期限', '3 个月'],
        ['借款金额', '2 万'],
        ['还款方式', '到期还本付息'],
      ],
      text: [
        '本项目已于2026年4月10日放款，到期日2026年7月10日。借款金额20,000.00元，年化利率10.80%，利息540.00元，到期一次性还款20,540.00元。',
      ],
    });
    expect(t.repaymentMethod).toBe('到期一次性还本付息');
    expect(t.disbursementDate).toBe('2026-04-10');
    expect(amounts(t)).toEqual(['20540.00']);
  });

  it('reads a guarantee fee paid each month to the guarantor', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '300,000.00元'],
        ['借款期限', '24个月'],
        ['年化利率', '13.20%'],
        ['还款方式', '等额本息'],
      ],
      text: [
        '借款人按月向担保公司支付担保费，费率为借款金额的0.5%/月，即每月1,500.00元，与当期本息一并划扣。',
      ],
    });
    expect(t.fees.find((f) => f.name === '担保费')).toMatchObject({
      when: 'periodic',
      amount: '1500.00',
    });
  });
});

describe('a pay-later checkout', () => {
  it('reads 利息 0% as a rate of nothing', () => {
    const t = readSpec({
      pairs: [
        ['分期金额', '¥3,000.00'],
        ['期限', '6个月'],
        ['利息', '0%（¥0.00）'],
      ],
    });
    expect(annual(t)).toEqual(['0']);
  });

  it('takes a fee billed with the first instalment out of the plan’s principal', () => {
    // 3,000 in equal principal parts at 1% a month: 1,000 + 30, + 20, + 10; the 240 fee with the
    // first: 1,270.00.
    const t = readSpec({
      pairs: [
        ['分期本金', '¥3,000.00'],
        ['分期服务费（随第1期收取）', '+¥240.00'],
        ['还款方式', '等额本金'],
      ],
      tables: [
        tableOf(
          ['期数', '还款日', '应还金额', '其中利息'],
          [
            ['1', '2026-08-08', '¥1,270.00', '¥30.00'],
            ['2', '2026-09-08', '¥1,020.00', '¥20.00'],
            ['3', '2026-10-08', '¥1,010.00', '¥10.00'],
          ],
        ),
      ],
    });
    expect(t.fees.find((f) => f.name === '分期服务费')).toMatchObject({ when: 'once', period: 1 });
    expect(t.reading?.doubt ?? null).toBeNull();
    expect(amounts(t)).toEqual(['1270.00', '1020.00', '1010.00']);
  });

  it('finances the equal principal parts times the periods where no amount is named', () => {
    // 450.00 × 12 = 5,400.00; 0.75% of it = 40.50 each period.
    const t = readSpec({
      pairs: [
        ['每期本金', '¥450.00'],
        ['每期分期手续费', '¥40.50'],
        ['每期应还', '¥490.50'],
      ],
      text: ['按月分期 分12期，每期手续费率0.75%（按分期本金计收）'],
      tables: [
        tableOf(
          ['期数', '还款日期', '应还金额', '分期手续费'],
          Array.from({ length: 12 }, (_, i) => [
            `第${String(i + 1)}期`,
            `${String(2026 + Math.floor((5 + i) / 12))}-${String(((5 + i) % 12) + 1).padStart(2, '0')}-20`,
            '¥490.50',
            '¥40.50',
          ]),
        ),
      ],
    });
    expect(t.principal).toBe('5400.00');
  });

  it('does not take a label that starts with 首期 for the first instalment', () => {
    const t = readTerms(
      rawOf({
        pairs: [['订单金额', '¥1,200.00']],
        text: ['共4期，首期今天支付，其余3期每月支付；每期服务费率1.5%（按商品总价计）'],
        tables: [
          tableOf(
            [],
            [
              ['合计应付', '¥1,272.00'],
              ['其中服务费', '¥72.00'],
              ['首期后待付本金', '¥900.00'],
            ],
          ),
        ],
      }),
    );
    expect(t === null ? [] : amounts(t)).not.toContain('900.00');
  });
});

describe('an old product site', () => {
  it('reads the worked example under its heading', () => {
    const t = readSpec({
      lead: ['我要借款'],
      text: [
        '借款示例',
        '李女士月工资税后9,500元，申请薪贷通 60,000.00元，借款期限 24个月，经审批月利率 0.8%，等额本息按月还款，每月应还 2,757.63元。',
      ],
    });
    expect(t.principal).toBe('60000.00');
  });

  it('reads a dated example whose repayment is written as its parts and their sum', () => {
    // 2,000 + 36.00 of interest + 150.00 of fee = 2,186.00.
    const t = readSpec({
      text: [
        '额度高：最高3000元 ｜ 门槛低：身份证＋银行卡即可申请',
        '举例：2026-07-01借款2,000.00元，期限30天，到账2,000.00元；2026-07-31到期应还：本金2,000.00元＋利息36.00元＋综合服务费150.00元＝2,186.00元。',
      ],
    });
    expect(amounts(t)).toEqual(['2186.00']);
  });

  it('leaves a product card of ranges alone', () => {
    const t = readTerms(
      rawOf({
        pairs: [
          ['贷款范围', '1000-50000元'],
          ['日利率', '0.05%'],
          ['期限范围', '7-90天'],
          ['还款方式', '到期还本付息'],
        ],
      }),
    );
    expect(t).toBeNull();
  });

  it('takes a fee whose way of collection says 放款时…扣除 at payout', () => {
    const t = readSpec({
      pairs: [
        ['代还金额', '10,000.00元'],
        ['借款期限', '12期'],
        ['手续费扣取方式', '放款时按代还金额的3.00%一次性从代还金额中扣除，剩余款项汇入您的信用卡'],
        ['手续费（3.00%）', '300.00元'],
      ],
    });
    expect(t.fees.find((f) => f.amount === '300.00')?.when).toBe('upfront');
  });
});
