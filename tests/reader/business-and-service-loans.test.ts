/**
 * Business loans, factoring and service instalments: an approved amount in 万元 in a one-row table
 * beside a product's range; interest taken when the money was paid out; a written sum whose
 * first figure is the principal; a record's 贷款额度 the plan's own arithmetic confirms; a training
 * loan whose first months are paid by the school; a rent plan whose amount is glossed 分期金额.
 * Each expected figure is worked by hand beside it, not with lib/finance.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import { rawOf, readSpec, tableOf } from '../support/raw';

/** The day of month `day` in month k (1-based) after 2026-01. */
const monthDay = (start: [number, number], k: number, day: string): string => {
  const m = start[1] - 1 + k;
  return `${String(start[0] + Math.floor(m / 12))}-${String((m % 12) + 1).padStart(2, '0')}-${day}`;
};

describe('a merchant loan', () => {
  it('takes the approved amount in 万元, not the top of a product’s range', () => {
    // 500,000 at 1.2% a month, interest only: 6,000 a month, and 4,500 of fee besides.
    const t = readSpec({
      tables: [
        tableOf(
          ['贷款申请金额(万元)', '贷款审批金额(万元)', '贷款周期', '贷款利率(%)', '还款方式'],
          [['60', '50', '6个月', '月利率1.20%', '先息后本']],
        ),
      ],
      pairs: [['平台服务费', '月服务费率 0.90%，按审批金额每月收取 4,500.00 元']],
      text: ['面向个体工商户和小微企业的经营周转借款，额度10万至100万元，期限3至12个月。'],
    });
    expect(t.principal).toBe('500000.00');
    expect(t.payments[0]?.amount).toBe('10500.00');
  });

  it('reads an amount whose unit is bracketed after the figure', () => {
    const t = readSpec({
      pairs: [
        ['本金(借款金额)', '30（万元）'],
        ['期限', '12期'],
        ['年利率', '9.6%'],
        ['还款方式', '等额本息'],
      ],
    });
    expect(t.principal).toBe('300000.00');
  });
});

describe('a factoring advance', () => {
  it('repays the principal alone where the interest was taken when it was paid out', () => {
    // 800,000 × 9% × 120/360 = 24,000, taken with the 8,000 fee: 768,000 paid out.
    const t = readSpec({
      pairs: [
        ['融资金额', '800,000.00 元'],
        ['融资期限', '120天'],
        ['放款日', '2026-05-12'],
        ['融资使用费', '24,000.00 元（放款时扣除）'],
        ['保理手续费', '8,000.00 元（放款时扣除）'],
      ],
      text: ['融资利率 9% （年化，按360天计息）'],
    });
    expect(t.received).toBe('768000.00');
    expect(t.payments.map((p) => p.amount)).toEqual(['800000.00']);
  });

  it('reads a written sum whose first figure is the principal', () => {
    const t = readSpec({
      text: [
        '融资金额 300,000.00 元 · 融资期限 60天 · 放款日 2026-06-01 · 融资利率 10.8% （年化，按360天计息）',
        '还款方式：到期一次性还本付息 · 到期应还本金 300,000.00 元 ＋ 利息 5,400.00 元 ＝ 305,400.00 元',
      ],
    });
    expect(t.payments.map((p) => p.amount)).toEqual(['305400.00']);
  });
});

describe('a loan record that names its amount 贷款额度', () => {
  it('takes it where the plan the page lists repays it at the stated rate', () => {
    // 50,000 at 4.35% a year in 12 equal instalments: 4,265.50 a month.
    const rows = Array.from({ length: 12 }, (_, i) => [
      String(i + 1),
      monthDay([2026, 3], i + 1, '16'),
      '4,265.50',
      i < 5 ? '正常' : '待还',
    ]);
    const t = readSpec({
      pairs: [
        ['贷款期限', '1年（12期）'],
        ['还款方式', '等额本息'],
        ['贷款额度', '50000.00'],
        ['利率', '年化4.35%'],
        ['放款时间', '2026-03-16'],
      ],
      tables: [tableOf(['期数', '到期日', '应还金额', '状态'], rows)],
    });
    expect(t.principal).toBe('50000.00');
  });

  it('takes it where the plan repays it with the fee a note says each instalment holds', () => {
    // 30,000 at 万分之4 a day × 30 = 1.2% a month: 2,699.26 (等额本息) + 180.00 = 2,879.26.
    const rows = Array.from({ length: 12 }, (_, i) => [
      String(i + 1),
      monthDay([2026, 5], i + 1, '22'),
      i === 11 ? '2,879.32' : '2,879.26',
    ]);
    const t = readSpec({
      pairs: [
        ['贷款期限', '1年（12期）'],
        ['还款方式', '等额本息'],
        ['贷款额度', '30000.00'],
        ['利率', '日息万分之4'],
        ['放款时间', '2026-05-22'],
      ],
      tables: [tableOf(['期数', '到期日', '应还金额'], rows)],
      text: ['注：月息按日息×30计算；应还金额含每期服务费180.00元。'],
    });
    expect(t.principal).toBe('30000.00');
    expect(t.fees.find((f) => f.name === '服务费')?.when).toBe('periodic');
  });

  it('keeps a 贷款额度 the plan does not repay as no amount lent', () => {
    const rows = Array.from({ length: 12 }, (_, i) => [
      String(i + 1),
      monthDay([2026, 3], i + 1, '16'),
      '4,265.50',
    ]);
    const t = readTerms(
      rawOf({
        pairs: [
          ['贷款期限', '12期'],
          ['还款方式', '等额本息'],
          ['贷款额度', '200000.00'],
          ['利率', '年化4.35%'],
        ],
        tables: [tableOf(['期数', '到期日', '应还金额'], rows)],
      }),
    );
    expect(t?.principal ?? null).not.toBe('200000.00');
  });
});

describe('a service instalment', () => {
  it('reads a training loan whose first twelve months the school pays', () => {
    // 12 rows from 2027-04-15 whose 本金 column repays the 16,800; the term is 24 months.
    const rows = Array.from({ length: 12 }, (_, i) => [
      `第${String(i + 1)}期`,
      monthDay([2027, 3], i + 1, '15'),
      '1,400.00',
      '69.18',
      '1,469.18',
    ]);
    const t = readSpec({
      pairs: [
        ['贷款金额', '¥16,800.00'],
        ['还款模式', '12+12（贷款期限24个月）'],
        ['放款日期', '2026-03-15'],
        ['贷款年利率', '9.00%（月利率0.75%）'],
        ['还款方式', '等额本息'],
      ],
      tables: [tableOf(['期次', '还款日', '本金', '利息', '应还金额'], rows)],
    });
    expect(t.payments).toHaveLength(12);
    expect(t.payments[0]?.dueDate).toBe('2027-04-15');
    expect(t.statedRates.map((r) => [r.kind, r.value])).toContainEqual(['monthly', '0.0075']);
  });

  it('reads a rent plan whose amount is glossed 分期金额, and one named 分期租金', () => {
    for (const label of ['年租金（分期金额）', '分期租金']) {
      const t = readSpec({
        pairs: [
          [label, '¥30,000.00'],
          ['分期期数', '12期'],
          ['每月租金', '¥2,500.00'],
          ['服务费', '¥100.00/月'],
          ['签约日期', '2026-07-01'],
        ],
      });
      expect(t.principal).toBe('30000.00');
    }
  });
});
