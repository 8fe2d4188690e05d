/**
 * Round forty-two's patterns, from bank H5 loans, shop instalments (白条-style pay later) and
 * overdue reminders: a plan whose periods read "1/期"; a bill whose popup shows one period's
 * "本金：¥600.00" beside a plan of 621.60 a period; a clause of several figures whose charge is the
 * one after its name; a reminder that says "您申请的借款3,000.00元已放款". Each expected figure is
 * worked by hand beside it.
 */
import { describe, expect, it } from 'vitest';
import { readSpec, tableOf } from '../support/raw';

const plan = (n: number, each: string): ReturnType<typeof tableOf> =>
  tableOf(
    ['期数', '还款时间', '还款金额', '还款状态'],
    Array.from({ length: n }, (_, i) => [
      `${String(i + 1)}/期`,
      `2026-${String(i + 3).padStart(2, '0')}-15`,
      `¥${each}`,
      i === 0 ? '已还' : '待还',
    ]),
  );

describe('a pay-later bill', () => {
  it('reads a plan whose periods are written "1/期"', () => {
    // 2,700 in 9 interest-free parts of 300.00.
    const t = readSpec({ pairs: [['订单总额', '2700.00']], tables: [plan(9, '300.00')] });
    expect(t.payments).toHaveLength(9);
    expect(t.termMonths).toBe(9);
  });

  it('lends the order’s total, not one period’s 本金 beside a plan of larger instalments', () => {
    // 3,600 in 6 parts of 600.00, each with 0.6 % of 3,600 = 21.60: 621.60 a period.
    const t = readSpec({
      pairs: [
        ['本金', '¥600.00'],
        ['订单总额', '3600.00'],
      ],
      tables: [plan(6, '621.60')],
    });
    expect(t.principal).toBe('3600.00');
  });

  it('charges the late fee the clause names, not the first figure in it', () => {
    const t = readSpec({
      pairs: [['订单总额', '3600.00']],
      tables: [plan(6, '621.60')],
      text: ['（您选择了1期，本金：¥600.00 手续费：¥21.60 违约金：¥3.73）'],
    });
    const late = t.fees.filter((f) => f.when === 'overdue').map((f) => f.amount);
    expect(late).not.toContain('600.00');
  });
});

describe('a reminder that the loan was paid out', () => {
  it('reads the amount after "您申请的借款"', () => {
    // 3,000 for 14 days at 0.05 % a day: 21.00 of interest; 180.00 kept back at payout.
    const t = readSpec({
      text: [
        '【米粒借】您申请的借款3,000.00元已放款，借款期限14天，日利率0.05%，到期日2026-05-20。服务费180.00元已在放款时扣除，实际到账2,820.00元，到期应还3,021.00元。',
      ],
    });
    expect(t.principal).toBe('3000.00');
    expect(t.received).toBe('2820.00');
  });
});
