/**
 * Bills, slips and plans as component kits and Excel exports lay them out: a plan row marked
 * "第 1 期 / 共 12 期" with its date and parts in one run; a rate alone after a note on its value; a
 * column repeating the loan's amount on every row; a fee named for the start; two amounts paid out;
 * two labels sharing one cell; a plan under its own header row inside a larger layout table; what
 * settling early costs. Each expected figure is worked by hand beside it, not with lib/finance.
 */
import { describe, expect, it } from 'vitest';
import { readSpec, tableOf } from '../support/raw';

const amounts = (t: { payments: { amount: string }[] }): string[] =>
  t.payments.map((p) => p.amount);

describe('a mall instalment bill', () => {
  it('reads rows marked "第 1 期 / 共 3 期" with the date and the parts in one run', () => {
    // 1,200 in three parts of 400, each with a fee of 31.20: 431.20.
    const rows = [1, 2, 3].flatMap((n) => [
      `第 ${String(n)} 期 / 共 3 期`,
      `到期日 2026-0${String(n + 2)}-14 · 本金 400.00 + 分期手续费 31.20`,
      '¥431.20',
    ]);
    const t = readSpec({ pairs: [['借款本金', '¥1,200.00']], text: ['分期明细', ...rows] });
    expect(amounts(t)).toEqual(['431.20', '431.20', '431.20']);
    expect(t.payments[0]?.dueDate).toBe('2026-03-14');
  });

  it('reads a rate shown alone after a note on its value', () => {
    const t = readSpec({
      pairs: [
        ['分期金额', '¥4,800.00'],
        ['分期期数', '12期'],
        ['每期手续费率', '按分期金额计算，每期 ¥31.20'],
      ],
      text: ['0.65%'],
    });
    expect(t.statedRates.map((r) => [r.kind, r.value])).toContainEqual([
      'fee-rate-monthly',
      '0.0065',
    ]);
  });

  it('does not charge for settling early what only keeps fees already billed', () => {
    const kept = readSpec({
      pairs: [
        ['分期金额', '¥4,800.00'],
        ['分期期数', '12期'],
      ],
      text: ['提前还款：可提前结清剩余本金，已出账手续费不退'],
    });
    expect(kept.prepayment?.penalty).toBe(false);
    const current = readSpec({
      pairs: [
        ['分期金额', '¥4,800.00'],
        ['分期期数', '12期'],
      ],
      text: ['提前还款需结清剩余本金及当期手续费。'],
    });
    expect(current.prepayment?.penalty).toBe(false);
  });
});

describe('an exported plan', () => {
  it('does not take a column repeating the loan’s amount for each row’s principal', () => {
    // 分期本金 6,000.00 on every row; 应还本金 500.00 × 12 = 6,000.00.
    const t = readSpec({
      tables: [
        tableOf(
          ['分期订单号', '分期本金', '期数', '还款日', '应还本金', '分期手续费', '应还金额'],
          Array.from({ length: 12 }, (_, i) => [
            'FQ202602260318',
            '6,000.00',
            `${String(i + 1)}/12期`,
            `${String(2026 + Math.floor((2 + i) / 12))}-${String(((2 + i) % 12) + 1).padStart(2, '0')}-26`,
            '500.00',
            '36.00',
            '536.00',
          ]),
        ),
      ],
    });
    expect(t.principal).toBe('6000.00');
  });

  it('reads a plan under its own header row inside a larger layout table', () => {
    // 1,500 in 3 parts of 500, 15.00 of interest each, first lent as 原借款金额.
    const t = readSpec({
      tables: [
        tableOf(
          [],
          [
            ['', '借款人姓名', '吴**', '还款方式', '等本等息'],
            ['', '原借款金额（元）', '1,500.00', '月利率', '1%'],
            ['', '还款计划及状态'],
            ['', '期次', '还款日', '本金', '利息', '合计', '状态'],
            ['', '1', '2026-02-05', '500.00', '15.00', '515.00', '已还'],
            ['', '2', '2026-03-05', '500.00', '15.00', '515.00', '逾期15天'],
            ['', '3', '2026-04-05', '500.00', '15.00', '515.00', '未到期'],
          ],
        ),
      ],
      pairs: [
        ['原借款金额（元）', '1,500.00'],
        ['放款日期 / 期限', '2026-01-05 / 3期'],
      ],
    });
    expect(t.principal).toBe('1500.00');
    expect(t.termMonths).toBe(3);
    expect(amounts(t)).toEqual(['515.00', '515.00', '515.00']);
  });
});

describe('a back office’s plan detail', () => {
  it('takes a fee named for the start at payout, and the amount paid out that the fee explains', () => {
    // 80,000 less the 2,400 期初服务费 = 77,600.00 paid out.
    const t = readSpec({
      pairs: [
        ['借款金额', '80000.00元'],
        ['放款金额', '80000.00元'],
        ['期初服务费', '2400.00'],
        ['实际放款金额', '77600.00元'],
        ['借款期数', '6期'],
        ['年利率', '12%'],
        ['还款方式', '先息后本'],
      ],
    });
    expect(t.received).toBe('77600.00');
  });
});
