/**
 * What the reader no longer guesses, each from a held-out page that it once misread into an
 * accusation or a wrong amount: a fee rate with no period priced as a month's, a membership
 * number taken for a fee, "0.5个月" read as five months, an order's price taken for its loan. And
 * what it reads instead: the rate a plan repeats on every row, an approved line where the
 * arithmetic agrees with it. Expected figures are worked by hand, not with lib/finance.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import { findTerm } from '@/lib/parse/term';
import { rawOf, readSpec } from '../support/raw';

describe('guesses the reader leaves out', () => {
  it('does not price a fee rate of no stated period as a month', () => {
    // 13 % a month would make 80,000 over 24 months cost 156 % a year; the page never said so.
    const t = readSpec({
      pairs: [
        ['申请分期金额', '80000'],
        ['申请分期期数', '24个月'],
        ['还款方式', '按月等额本金'],
        ['服务费率', '13%'],
      ],
    });
    expect(t.statedRates).toEqual([]);
  });

  it('takes no membership or account number for a fee', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '50000.00元'],
        ['借款期限', '15天'],
        ['借款日利率', '0.06%'],
        ['乙方会员编号', '701906'],
      ],
    });
    expect(t.fees.filter((f) => f.when === 'upfront')).toEqual([]);
    expect(t.received).toBe('50000.00');
  });

  it('reads no term out of a fraction of a month or a year', () => {
    expect(findTerm('0.5个月')).toBeNull();
    expect(findTerm('1.5年')).toBeNull();
    expect(findTerm('0.5个月（15天）')).toEqual({ months: null, days: 15, periods: false });
  });

  it("does not take an order's price for the loan without figures that agree", () => {
    // 订单总价格 8999.00 includes a down payment said only in a note; nothing agrees with it.
    const t = readTerms(
      rawOf({
        pairs: [
          ['订单总价格', '8999.00'],
          ['期数', '12'],
          ['月供', '800.82 元/月'],
        ],
      }),
    );
    expect(t?.principal ?? null).not.toBe('8999.00');
  });
});

describe('what it reads instead', () => {
  it("reads the rate a plan repeats on every row as the loan's", () => {
    const row = (k: number): string[] => [`${String(k)}/2`, '10.8%', `2026-0${String(k)}-20`];
    const t = readSpec({
      pairs: [
        ['借款金额', '12000.00元'],
        ['借款期限', '2个月'],
      ],
      tables: [
        {
          // The hand-built page draws every cell as a paragraph under <body>.
          locator: 'body',
          finePrint: false,
          headers: ['期数', '年利率', '还款日期'],
          rows: [row(1), row(2)],
        },
      ],
    });
    expect(t.statedRates.map((r) => [r.kind, r.value])).toEqual([['annual-simple', '0.108']]);
  });

  it('takes an approved line for the amount where the instalment agrees with it', () => {
    // 30,000 over 12 at 12 % a year flat: 2,500 + 300 = 2,800 a month.
    const t = readSpec({
      pairs: [
        ['审批额度', '30000.00元'],
        ['还款期数', '12个月'],
        ['每期还款', '2800元/月'],
        ['年利率', '12.00%'],
      ],
    });
    expect(t.principal).toBe('30000.00');
    expect(t.payments.map((p) => p.amount)).toEqual(Array(12).fill('2800.00'));
  });
});
