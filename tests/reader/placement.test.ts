/**
 * Figures the page places by its own arithmetic or by its wording: fees listed with no word of
 * when they are paid, a fee on a day of its own, the first due date, 先息后本 said over two
 * clauses, a rate whose label names no period, a plan ordered by record numbers, a lenders'
 * table closed by a 合计 row, and a calculator that offers no loan. Each expected figure is
 * worked out by hand in the comment beside it.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import { rawOf, readSpec } from '../support/raw';

describe('fees listed with no word of when they are paid', () => {
  it('are in a single repayment that holds them beside the interest', () => {
    // 1,500 for 14 days at 0.05% a day: interest 10.50; 1,500 + 10.50 + 75 + 45 = 1,630.50.
    const t = readSpec({
      pairs: [
        ['借款金额', '1,500.00元'],
        ['借款期限', '14天'],
        ['日利率', '0.05%'],
        ['快速信审费', '75.00元'],
        ['账户管理费', '45.00元'],
        ['实际应还金额', '1,630.50元'],
      ],
    });
    expect(t.payments.map((p) => p.amount)).toEqual(['1630.50']);
    expect(t.fees.filter((f) => f.when === 'once').map((f) => [f.name, f.period])).toEqual([
      ['快速信审费', 1],
      ['账户管理费', 1],
    ]);
    expect(t.reading?.checks.find((k) => k.id === 'fees-in-repayment')?.held).toBe(true);
  });

  it('are deducted when the principal less them is what arrives', () => {
    // 3,000 − 60 − 40 = 2,900 received.
    const t = readSpec({
      pairs: [
        ['借款金额', '3,000.00元'],
        ['借款期限', '3期'],
        ['年化利率', '18%'],
        ['审核费', '60.00元'],
        ['管理费', '40.00元'],
        ['到账金额', '2,900.00元'],
      ],
    });
    expect(t.received).toBe('2900.00');
    expect(t.fees.filter((f) => f.when === 'upfront').map((f) => f.amount)).toEqual([
      '60.00',
      '40.00',
    ]);
  });

  it('stay out of the cash flows when nothing places them', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '3,000.00元'],
        ['借款期限', '3期'],
        ['年化利率', '18%'],
        ['审核费', '60.00元'],
      ],
    });
    expect(t.fees.some((f) => f.name === '审核费')).toBe(false);
  });
});

describe('dates and methods said in words', () => {
  it('puts a fee charged on a day of its own between the dated payments', () => {
    // 3,000 for 28 days at 0.04% a day: 3,033.60 on 2026-05-29; the fee on 2026-05-11.
    const t = readSpec({
      pairs: [
        ['借款金额', '3,000.00元'],
        ['借款日', '2026年5月1日'],
        ['到期日', '2026年5月29日（28天）'],
        ['日利率', '0.04%'],
        ['到期应还本息', '3,033.60元'],
      ],
      text: ['服务费150.00元，于2026年5月11日（借款第10天）单独扣收。'],
    });
    expect(t.payments.map((p) => [p.dueDate, p.amount])).toEqual([
      ['2026-05-11', '150.00'],
      ['2026-05-29', '3033.60'],
    ]);
  });

  it('dates the instalments from 首期还款日', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '12,000.00元'],
        ['借款期限', '12期'],
        ['还款方式', '等额本息'],
        ['年化利率', '12%'],
        ['首期还款日', '2026-07-10'],
      ],
    });
    expect(t.payments.slice(0, 3).map((p) => p.dueDate)).toEqual([
      '2026-07-10',
      '2026-08-10',
      '2026-09-10',
    ]);
  });

  it('reads 先息后本 said over two clauses of a private agreement', () => {
    const t = readSpec({
      pairs: [['借款期限', '12个月']],
      text: [
        '乙方向甲方借款人民币捌万元整（¥80,000.00）。',
        '借款利率为月利率0.8%。',
        '乙方应于每月1日前向甲方支付当月利息640元；借款本金于2027年4月1日与最后一个月的利息一并归还。',
      ],
    });
    expect(t.repaymentMethod).toBe('先息后本');
    // 80,000 × 0.8% = 640 a month, the principal with the last.
    expect(t.payments.map((p) => p.amount).slice(-2)).toEqual(['640.00', '80640.00']);
  });

  it('reads a rate whose label names no period by its size', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '50,000.00元'],
        ['借款利率', '10.8%'],
        ['借款期限', '6个月'],
      ],
    });
    expect(t.statedRates.map((r) => [r.kind, r.value])).toEqual([['annual-simple', '0.108']]);
  });
});

describe('tables', () => {
  it('orders a plan by its rows when the first column holds record numbers', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '1,000.00元'],
        ['借款期限', '2个月'],
      ],
      tables: [
        {
          locator: 'table',
          finePrint: false,
          headers: ['序号', '计划还款日期', '计划还款本息', '实还日期'],
          rows: [
            ['20531', '2026-02-12', '510.00', '2026-02-11'],
            ['20532', '2026-03-12', '510.00', ''],
          ],
        },
      ],
    });
    // The plan's own dates, not the days it was actually paid.
    expect(t.payments.map((p) => [p.dueDate, p.amount])).toEqual([
      ['2026-02-12', '510.00'],
      ['2026-03-12', '510.00'],
    ]);
  });

  it('sums the principal column of a repayment record that states no amount borrowed', () => {
    const t = readSpec({
      pairs: [['年利率', '12%']],
      tables: [
        {
          locator: 'table',
          finePrint: false,
          headers: ['期数', '还款日期', '应还本金', '应还利息', '应还总额'],
          rows: [
            ['1', '2026-02-12', '500.00', '10.00', '510.00'],
            ['2', '2026-03-12', '500.00', '5.00', '505.00'],
          ],
        },
      ],
    });
    expect([t.principal, t.termMonths]).toEqual(['1000.00', 2]);
  });

  it('reads the loan from a lenders table closed by a 合计 row', () => {
    const t = readSpec({
      tables: [
        {
          locator: 'table',
          finePrint: false,
          headers: ['出借人', '借款金额（元）', '借款期限', '月利率'],
          rows: [
            ['王一', '5,000.00', '12个月', '0.6%'],
            ['李二', '3,000.00', '12个月', '0.6%'],
            ['合计', '8,000.00'],
          ],
        },
      ],
      text: ['还款方式：到期一次性还本付息。'],
    });
    expect([t.principal, t.termMonths]).toEqual(['8000.00', 12]);
    expect(t.statedRates.map((r) => [r.kind, r.value])).toEqual([['monthly', '0.006']]);
  });
});

describe('a shop instalment', () => {
  it('finances the price less the down payment', () => {
    // 5,299 − 1,099 = 4,200 over 12 months at a flat 1.2% a month: 350.00 + 50.40 = 400.40.
    const t = readSpec({
      pairs: [
        ['商品价格', '5,299.00元'],
        ['首付金额', '1,099.00元'],
        ['分期期数', '12期'],
        ['月费率', '1.2%'],
        ['每月付款金额', '400.40元'],
      ],
    });
    expect([t.principal, t.repaymentMethod]).toEqual(['4200.00', '等本等息']);
    expect(t.payments.every((p) => p.amount === '400.40')).toBe(true);
  });
});

describe('an IOU that writes no interest', () => {
  it('carries none (民法典第680条第二款): the principal is repaid on the due date', () => {
    const t = readSpec({
      pairs: [
        ['借款日', '2026.03.02'],
        ['还款日', '2026.09.02'],
      ],
      text: ['借条', '￥20000.00', '出借人：周启航'],
    });
    expect(t.payments.map((p) => [p.dueDate, p.amount])).toEqual([['2026-09-02', '20000.00']]);
    expect(t.reading?.derivedFrom).toBe('no-interest');
  });

  it('is not assumed on a page of a lender that shows no rate', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '20,000.00元'],
        ['借款日', '2026.03.02'],
        ['还款日', '2026.09.02'],
      ],
    });
    expect(t.payments).toEqual([]);
  });
});

describe('labels that say the figure belongs to this application', () => {
  it('reads 申请分期金额 and 申请期数 as the amount and the term', () => {
    // 3,600 in 12 instalments of 354.00.
    const t = readSpec({
      pairs: [
        ['申请分期金额', '￥3600.00'],
        ['申请期数', '12期'],
        ['每期还款', '￥354.00'],
      ],
    });
    expect([t.principal, t.termMonths, t.payments.length]).toEqual(['3600.00', 12, 12]);
  });
});

describe('pages that offer no loan', () => {
  it('leaves a calculator alone', () => {
    const t = readTerms(
      rawOf({
        title: '个人贷款计算器 - 算得清',
        pairs: [
          ['贷款金额（元）', '50000'],
          ['贷款期数（月）', '24'],
          ['年利率（%）', '9.6'],
          ['每月还款', '2,298.03元'],
        ],
      }),
    );
    expect(t).toBeNull();
  });
});
