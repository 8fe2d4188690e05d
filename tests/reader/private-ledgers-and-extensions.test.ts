/**
 * A private lender's ledger and an IOU app's papers: a ledger of several deals whose only open one
 * is the loan; a plan whose periods each run from the last one's end is still a plan; a page that
 * calls itself a record of 民间借贷; an IOU's 还款时间; an extension agreement whose figures sit in
 * round brackets, whose fee is named in the clause after the one that says it is paid at signing,
 * and whose 应付利息余额 is no interest of the loan. Each expected figure is worked by hand beside
 * it, not with lib/finance.
 */
import { describe, expect, it } from 'vitest';
import type { RawTable } from '@/lib/model/extraction';
import { readSpec } from '../support/raw';

const ledger = (rows: string[][]): RawTable => ({
  locator: 'body > table',
  headers: ['姓名', '本金', '利率', '利息', '结算金额', '开始日期', '结束日期', '状态'],
  rows,
  finePrint: false,
});

describe('a private ledger', () => {
  it('reads the one open deal among settled ones, and knows the lender is a person', () => {
    // 10,000 at 15% for the deal: interest 1,500, settled with 11,500 on 2026-05-31.
    const t = readSpec({
      title: '个人账本 · 交易记录（民间借贷记账）',
      tables: [
        ledger([
          ['孙浩', '5,000', '2%', '100', '5,100', '2026-02-01', '2026-03-03', '已结清'],
          ['孙浩', '10,000', '15%', '1,500', '11,500', '2026-05-01', '2026-05-31', '未结清'],
        ]),
      ],
    });
    expect(t.principal).toBe('10000.00');
    expect(t.payments.map((p) => [p.dueDate, p.amount])).toEqual([['2026-05-31', '11500.00']]);
    expect(t.lenderType).toBe('private');
  });

  it('still reads a plan whose periods each start where the last one ended', () => {
    const t = readSpec({
      pairs: [['借款金额', '3000.00元']],
      tables: [
        {
          locator: 'body > table',
          headers: ['期数', '开始日期', '结束日期', '本金', '利息', '应还金额'],
          rows: [
            ['1', '2026-01-10', '2026-02-10', '1000.00', '30.00', '1030.00'],
            ['2', '2026-02-10', '2026-03-10', '1000.00', '20.00', '1020.00'],
            ['3', '2026-03-10', '2026-04-10', '1000.00', '10.00', '1010.00'],
          ],
          finePrint: false,
        },
      ],
    });
    expect(t.payments.map((p) => p.amount)).toEqual(['1030.00', '1020.00', '1010.00']);
  });
});

describe('an IOU app', () => {
  it('reads 还款时间 as the day the loan is repaid', () => {
    // 500 × 18% × 7/365 = 1.726… → 1.73; 500 + 1.73 = 501.73 on 2026-09-08.
    const t = readSpec({
      pairs: [
        ['出借人', '蒋立群'],
        ['借款金额', '500.00元'],
        ['借款时间', '2026-09-01'],
        ['还款时间', '2026-09-08'],
        ['借款利率', '18%'],
      ],
    });
    expect(t.termDays).toBe(7);
    expect(t.payments.map((p) => [p.dueDate, p.amount])).toEqual([['2026-09-08', '501.73']]);
  });

  it('reads an extension agreement’s bracketed figures and the fee paid at signing', () => {
    // 18,000 × 8% × 90/365 = 355.068… → 355.07, repaid with 18,355.07; the 99.99 fee paid at
    // signing leaves 18,000 − 99.99 = 17,900.01.
    const t = readSpec({
      pairs: [['甲方（出借人）', '高宇航']],
      text: [
        '1.借款展期的本金金额为人民币 (18000.00) 元。',
        '2.借款展期后的到期日为 2026-08-18（展期期限90天）。',
        '3.借款展期后的借款利率为年化【 8 】%，展期期间的利息不计入本金重复计息。',
        '4.还款方式为展期后到期日一次性偿还本金和利息。',
        '本次展期时借款人已付清原协议项下全部利息，原协议项下应付利息余额为0.00元。',
        '1.平台有权就本次展期向借款人收取展期服务费，标准见下表，于借款人签署本协议时收取；本次展期服务费为99.99元。',
      ],
    });
    expect(t.principal).toBe('18000.00');
    expect(t.received).toBe('17900.01');
    expect(t.fees.map((f) => [f.name, f.when, f.amount])).toEqual([
      ['展期服务费', 'upfront', '99.99'],
    ]);
    expect(t.payments.map((p) => p.amount)).toEqual(['18355.07']);
  });
});
