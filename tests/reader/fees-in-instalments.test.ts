/**
 * Fees and methods the instalments show by their own arithmetic: a fee column of a listed plan,
 * an instalment written as its parts, fees that make up each instalment beyond principal ÷ n,
 * equal instalments with no method named, and a penalty multiplied by the days late. Each figure
 * is worked out by hand in the comment beside it.
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from '@/lib/finance/decimal';
import { methodOfEqualPayments } from '@/lib/reader/schedule';
import { readSpec } from '../support/raw';

describe('a fee the plan shows in a column of its own', () => {
  it('is named as the loan’s periodic fee, and the instalment is checked without it', () => {
    // 1,000 over 2 months at 1 % a month: annuity 1,000 × 0.01 / (1 − 1.01^−2) = 507.51; with a
    // 服务费 of 20.00 each month the plan shows 527.51.
    const t = readSpec({
      pairs: [
        ['借款金额', '1,000.00元'],
        ['借款期限', '2个月'],
        ['还款方式', '等额本息'],
        ['年化利率', '12%'],
      ],
      tables: [
        {
          locator: 'table',
          finePrint: false,
          headers: ['期数', '应还本金', '应还利息', '服务费', '应还总额'],
          rows: [
            ['1', '497.51', '10.00', '20.00', '527.51'],
            ['2', '502.49', '5.02', '20.00', '527.51'],
          ],
        },
      ],
    });
    expect(t.fees.filter((f) => f.when === 'periodic').map((f) => [f.name, f.amount])).toEqual([
      ['服务费', '20.00'],
    ]);
    const check = t.reading?.checks.find((k) => k.id === 'per-period-vs-method');
    expect(check?.held).toBe(true);
    expect(check?.figures.expected).toBe('527.51');
  });

  it('is charged once when only one row holds it', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '1,000.00元'],
        ['借款期限', '2个月'],
      ],
      tables: [
        {
          locator: 'table',
          finePrint: false,
          headers: ['期数', '应还本金', '应还利息', '会员费', '应还总额'],
          rows: [
            ['1', '500.00', '10.00', '99.00', '609.00'],
            ['2', '500.00', '5.00', '0.00', '505.00'],
          ],
        },
      ],
    });
    expect(
      t.fees.filter((f) => f.when === 'once').map((f) => [f.name, f.amount, f.period]),
    ).toEqual([['会员费', '99.00', 1]]);
  });
});

describe('fees inside every instalment', () => {
  it('reads an instalment written as its parts', () => {
    // 3,000 ÷ 6 = 500.00; 500 + 36 + 15 = 551.00 each month, no interest.
    const t = readSpec({
      pairs: [
        ['贷款金额', '￥3,000.00'],
        ['贷款时间', '6个月'],
        ['月供', '￥551.0(本金：￥500.0 + 服务费：￥ 36.0 + 财务费：￥ 15.0)'],
      ],
    });
    expect(t.fees.filter((f) => f.when === 'periodic').map((f) => [f.name, f.amount])).toEqual([
      ['服务费', '36.00'],
      ['财务费', '15.00'],
    ]);
    expect(t.repaymentMethod).toBe('等本等息');
    expect(t.payments.map((p) => p.amount)).toEqual(Array<string>(6).fill('551.00'));
  });

  it('places a fee with no word of timing in each instalment when it makes up the rest', () => {
    // 3,000 ÷ 10 = 300.00; 月供 327.00 − 300.00 = 27.00, the 服务费.
    const t = readSpec({
      pairs: [
        ['本金', '￥3000.0'],
        ['分期月数', '10 个月'],
        ['服务费', '￥27.0'],
        ['月供', '￥327.0'],
      ],
    });
    expect(t.fees.map((f) => [f.name, f.when, f.amount])).toEqual([
      ['服务费', 'periodic', '27.00'],
    ]);
    expect(t.repaymentMethod).toBe('等本等息');
    expect(t.reading?.checks.find((k) => k.id === 'fees-in-repayment')?.figures).toMatchObject({
      principal: '300.00',
      fees: '27.00',
    });
  });
});

describe('equal instalments with no method named', () => {
  it('are 等本等息 when principal ÷ n and a whole hundredth of a percent make them', () => {
    // 12,000 ÷ 12 = 1,000; 96 = 0.8 % of 12,000.
    expect(
      methodOfEqualPayments(Array<string>(12).fill('1096.00'), '12000.00', new Decimal(0)),
    ).toBe('等本等息');
    // 4,200 ÷ 12 = 350; 50.40 = 1.2 % of 4,200.
    expect(methodOfEqualPayments(Array<string>(12).fill('400.40'), '4200.00', new Decimal(0))).toBe(
      '等本等息',
    );
  });
  it('are 等额本息 otherwise', () => {
    // 10,000 over 12 at 12 %: 888.49; 888.49 − 833.33 = 55.16, not 0.55 % (55.00) of 10,000.
    expect(
      methodOfEqualPayments(
        [...Array<string>(11).fill('888.49'), '888.48'],
        '10000.00',
        new Decimal(0),
      ),
    ).toBe('等额本息');
  });
  it('leave the fees each instalment carries out of the charge', () => {
    // 9,000 ÷ 9 = 1,000; 1,080 − 45 (服务费) − 1,000 = 35, not a hundredth of a percent of 9,000
    // (0.39 % would be 35.10).
    expect(
      methodOfEqualPayments(Array<string>(9).fill('1080.00'), '9000.00', new Decimal(45)),
    ).toBe('等额本息');
    // 2,400 ÷ 3 = 800; 818 − 18 (手续费) − 800 = 0: principal and the fee alone.
    expect(methodOfEqualPayments(Array<string>(3).fill('818.00'), '2400.00', new Decimal(18))).toBe(
      '等本等息',
    );
  });
  it('are no method when they differ', () => {
    expect(
      methodOfEqualPayments(['1100.00', '1090.00', '1080.00'], '3000.00', new Decimal(0)),
    ).toBeNull();
  });
});

describe('a penalty multiplied by the days late', () => {
  it('is a rate per day, whatever its size', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '30,000.00元'],
        ['借款期限', '12个月'],
        ['年化利率', '14.4%'],
      ],
      text: ['逾期罚息=剩余本金*1‰*逾期天数', '逾期后按0.05%计收罚息'],
    });
    expect(t.fees.filter((f) => f.when === 'overdue').map((f) => [f.rate, f.ratePer])).toEqual([
      ['0.001', 'day'],
      ['0.0005', 'day'],
    ]);
  });
});
