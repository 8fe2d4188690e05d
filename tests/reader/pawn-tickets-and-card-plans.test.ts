/**
 * A pawnshop's tickets and a card's instalment plans: a 月费率 whose 综合费用 was kept back is no
 * cost of the repayment as well; a renewal dated by its own start and end; a card plan whose
 * first row already holds the fee billed at once; a table of what settling early would cost is
 * not the plan; a sum whose gloss says it holds the fees is no amount lent. Each expected figure
 * is worked by hand beside it, not with lib/finance.
 */
import { describe, expect, it } from 'vitest';
import { readSpec, tableOf } from '../support/raw';

describe('a pawn ticket', () => {
  it('takes the 综合费用 once and prices the redemption by the interest rate', () => {
    // 60,000 for a month: 综合费用 1,200 kept back (58,800 paid out); 0.5% interest = 300, so
    // 60,300 redeems it.
    const t = readSpec({
      pairs: [
        ['典当金额', '60,000.00 元'],
        ['综合费用', '1,200.00 元'],
        ['实付金额', '58,800.00 元'],
        ['月费率', '2.0%'],
        ['月利率', '0.5%'],
        ['典当期限', '1个月'],
      ],
      text: ['综合费用已于发放当金时一次扣收。'],
    });
    expect(t.received).toBe('58800.00');
    expect(t.payments.map((p) => p.amount)).toEqual(['60300.00']);
  });

  it('finds the kept-back fee from the 月费率 when the ticket names no amount for it', () => {
    // 2.0% × 60,000 × 1 month = 1,200 = 60,000 − 58,800, the 实付金额 it states.
    const t = readSpec({
      pairs: [
        ['典当金额', '60,000.00 元'],
        ['实付金额', '58,800.00 元'],
        ['月费率', '2.0%'],
        ['月利率', '0.5%'],
        ['典当期限', '1个月'],
      ],
    });
    expect(t.fees.filter((f) => f.when === 'upfront').map((f) => f.amount)).toEqual(['1200.00']);
    expect(t.payments.map((p) => p.amount)).toEqual(['60300.00']);
  });

  it('reads a renewal from its own start and end, its 综合费用 paid at renewal', () => {
    // 40,000 for 2 months at 0.6% a month: 480 interest, 40,480 at the end; the 1,600 fee
    // (2.0% × 2 months) leaves 38,400.
    const t = readSpec({
      pairs: [
        ['续当开始时间', '2026-06-10'],
        ['续当结束时间', '2026-08-10'],
        ['原典当金额(小写)', '40000.00'],
        ['续当综合费用(小写)', '1600.00'],
        ['月费率', '2.0%'],
        ['月利率', '0.6%'],
      ],
      title: '当票管理',
    });
    expect(t.termMonths).toBe(2);
    expect(t.received).toBe('38400.00');
    expect(t.payments.map((p) => [p.dueDate, p.amount])).toEqual([['2026-08-10', '40480.00']]);
  });
});

describe('a card instalment', () => {
  it('does not add a fee billed at once to rows that already hold it', () => {
    // 20,000 in 12: 1,666.67 a month; the whole 1,440 fee in the first row, 3,106.67.
    // The 8th of each month from 2026-05 to 2027-04.
    const due = (i: number): string =>
      `${String(2026 + Math.floor((i + 4) / 12))}-${String(((i + 4) % 12) + 1).padStart(2, '0')}-08`;
    const rows = Array.from({ length: 12 }, (_, i) => [
      `${String(i + 1)}/12`,
      due(i),
      '1,666.67',
      i === 0 ? '1,440.00' : '0.00',
      i === 0 ? '3,106.67' : '1,666.67',
    ]);
    const t = readSpec({
      pairs: [
        ['分期金额', '¥20,000.00'],
        ['分期期数', '12期'],
        ['手续费收取方式', '首期收取'],
        ['分期手续费', '¥1,440.00'],
        ['首期应还', '¥3,106.67'],
      ],
      tables: [tableOf(['期次', '入账日期', '本金', '手续费', '应还'], rows)],
    });
    expect(t.payments.slice(0, 2).map((p) => p.amount)).toEqual(['3106.67', '1666.67']);
  });

  it('reads no plan from a table of what settling early would cost', () => {
    // 50,000 in 12 at 1.5% a month on the original amount: 4,166.67 + 750.00 = 4,916.67.
    const quote = Array.from({ length: 12 }, (_, i) => i + 1).map((k) => [
      String(k),
      `${String(k)}/12`,
      (50000 - (k - 1) * 4166.67).toFixed(2),
      (50000 - k * 4166.67).toFixed(2),
      '1,375.00',
      '47,208.33',
    ]);
    const t = readSpec({
      pairs: [
        ['借款总额', '50,000.00'],
        ['贷款期数', '12'],
        ['月综合费率', '1.5%'],
        ['还款方式', '等本等息'],
      ],
      // The scanner joins the header row drawn as a table of its own to the rows under it.
      tables: [
        tableOf(['序号', '期数', '期初本金', '剩余本金', '结清还服务费', '提前结清金额'], quote),
      ],
    });
    expect(t.payments[0]?.amount).toBe('4916.67');
    expect(t.payments).toHaveLength(12);
  });

  it('takes a sum glossed as 本金+手续费 for what is repaid, not what is lent', () => {
    // The plan's 本金 column adds up to 8,000 (12 × 666.67 less 0.04 on the last row).
    const rows = Array.from({ length: 12 }, (_, i) => [
      String(i + 1),
      i === 11 ? '666.63' : '666.67',
      '48.00',
      i === 11 ? '714.63' : '714.67',
    ]);
    const t = readSpec({
      pairs: [
        ['分期总额（本金+手续费）', '¥8,576.00'],
        ['分期期数', '12期'],
      ],
      tables: [tableOf(['期数', '本金', '手续费', '应还金额'], rows)],
    });
    expect(t.principal).toBe('8000.00');
  });
});
