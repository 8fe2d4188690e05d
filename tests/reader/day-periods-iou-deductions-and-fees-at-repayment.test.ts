/**
 * Rounds fifty-three's patterns: a term in days that the plan splits into periods ("借款周期(天) 90
 * (分3期还)"), a plan's period and due date in one cell, a run of periods stated after the first
 * ("第2-36期每期应还 | 3,560.66"), an IOU's interest kept back under a label with a gloss, fees the
 * page says are paid with the repayment, a collection fee that is no fee of the loan, and a rate
 * table turned on its side. Each expected figure is worked by hand beside it.
 */
import { describe, expect, it } from 'vitest';
import { isComparison } from '@/lib/reader/not-a-loan';
import type { LoanTerms } from '@/lib/model/terms';
import { readSpec, tableOf } from '../support/raw';

const upfront = (t: LoanTerms): string[] =>
  t.fees.filter((f) => f.when === 'upfront').map((f) => f.amount ?? '');

describe('a term in days that the plan splits into periods', () => {
  // 3,000 for 90 days in 3 periods 30 days apart; 2% of 3,000 = 60.00 a period: 3 × 1,060.00.
  const plan = tableOf(
    ['期数', '还款日', '还款金额'],
    [
      ['1/3期', '2026-07-10', '1060.00'],
      ['2/3期', '2026-08-09', '1060.00'],
      ['3/3期', '2026-09-08', '1060.00'],
    ],
  );

  it('reads three instalments, not one repayment at the end', () => {
    const t = readSpec({
      pairs: [
        ['借款金额(元)', '3000.00'],
        ['借款周期(天)', '90'],
        ['3期总利息(元)', '180.00'],
      ],
      tables: [plan],
    });
    expect(t.termMonths).toBe(3);
    expect(t.payments.map((p) => p.amount)).toEqual(['1060.00', '1060.00', '1060.00']);
    expect(t.payments[2]?.dueDate).toBe('2026-09-08');
  });

  it('keeps one repayment when the rows are not days ÷ rows apart', () => {
    // 90 days, but the rows fall 15 days apart: a record of something else, not this term's periods.
    const t = readSpec({
      pairs: [
        ['借款金额(元)', '3000.00'],
        ['借款周期(天)', '90'],
      ],
      tables: [
        tableOf(
          ['期数', '还款日', '还款金额'],
          [
            ['1', '2026-07-10', '1060.00'],
            ['2', '2026-07-25', '1060.00'],
            ['3', '2026-08-09', '1060.00'],
          ],
        ),
      ],
    });
    expect(t.termMonths).toBeNull();
    expect(t.termDays).toBe(90);
  });

  it('reads "1期总利息" as the total interest of a single repayment', () => {
    // 2,000 for 30 days, 24.00 interest: one repayment of 2,024.00.
    const t = readSpec({
      pairs: [
        ['借款金额(元)', '2000.00'],
        ['借款周期(天)', '30'],
        ['1期总利息(元)', '24.00'],
      ],
    });
    expect(t.payments.map((p) => p.amount)).toEqual(['2024.00']);
  });
});

describe('a plan whose period and due date share one cell', () => {
  it('reads "第1期 2026/06/20" under 期数/还款日 as the period and its date', () => {
    // 12,000 at 0.8% a month, 12 months: 1,052.76 + 担保费 72.00 = 1,124.76 a month.
    const principals = [
      '956.76',
      '964.41',
      '972.13',
      '979.91',
      '987.75',
      '995.65',
      '1,003.61',
      '1,011.64',
      '1,019.73',
      '1,027.89',
      '1,036.12',
      '1,044.40',
    ];
    const rows = principals.map((p, i) => {
      const d = new Date(Date.UTC(2026, 5 + i, 20)).toISOString().slice(0, 10).replace(/-/g, '/');
      return [`第${String(i + 1)}期 ${d}`, p, '…', '72.00', '1124.76'];
    });
    const t = readSpec({
      lead: ['借款方案确认', '12,000.00元'],
      pairs: [
        ['借款期限', '12期'],
        ['还款方式', '等额本息'],
        ['年利率', '9.60%'],
      ],
      tables: [tableOf(['期数/还款日', '本金', '利息', '担保费', '应还'], rows)],
    });
    expect(t.principal).toBe('12000.00');
    expect(t.payments).toHaveLength(12);
    expect(t.payments[0]).toMatchObject({ dueDate: '2026-06-20', amount: '1124.76' });
    expect(t.payments[11]?.dueDate).toBe('2027-05-20');
  });
});

describe('a first instalment stated apart from the run of the others', () => {
  it('reads "首期应还 | 3,560.90" and "第2-36期每期应还 | 3,560.66" with no unit beside them', () => {
    // 117,600 over 36: 3,266.66 × 35 + 3,266.90 = 117,600.00; fee 294.00 each period.
    // 3,560.90 + 35 × 3,560.66 = 128,184.00 = 应还总额.
    const t = readSpec({
      pairs: [
        ['分期金额', '117,600.00'],
        ['分期期数', '36期'],
        ['首期应还', '3,560.90'],
        ['第2-36期每期应还', '3,560.66'],
        ['应还总额', '128,184.00'],
      ],
    });
    expect(t.payments).toHaveLength(36);
    expect(t.payments[0]?.amount).toBe('3560.90');
    expect(t.payments[35]?.amount).toBe('3560.66');
  });
});

describe('an IOU whose interest the lender kept back', () => {
  it('reads "预扣利息（出借时从本金中扣除）" beside 实际出借 as taken at payout', () => {
    // 10,000 − 600.00 = 9,400.00 paid out; 10,000.00 repaid after 90 days.
    const t = readSpec({
      pairs: [
        ['借款金额', '￥10000.00元'],
        ['借款日期：', '2026-04-10'],
        ['还款日期：', '2026-07-09 （共90天）'],
        ['年化率', '24%'],
        ['预扣利息（出借时从本金中扣除）：', '600.00 元'],
        ['实际出借：', '9400.00 元'],
        ['到期应还：', '10000.00 元'],
      ],
    });
    expect(t.received).toBe('9400.00');
    expect(upfront(t)).toEqual(['600.00']);
  });
});

describe('fees paid with the repayment', () => {
  it('adds a fee the page says is collected at repayment to the one repayment', () => {
    // 3,000 × 18% ÷ 360 × 14 = 21.00 interest; 平台服务费 3% = 90.00 with it: 3,111.00.
    const t = readSpec({
      pairs: [
        ['借款金额', '3000元'],
        ['借款期限', '14 天'],
        ['借款年利率', '18%'],
        ['利息', '21.00元'],
        ['平台服务费', '90.00元'],
      ],
      text: [
        '利息按年利率18%、一年360天按日计算',
        '注：1.综合费用将在还款时一次性收取',
        '借款到账金额以借款金额为准，不预扣任何费用。',
      ],
    });
    expect(t.received).toBe('3000.00');
    expect(t.payments.map((p) => p.amount)).toEqual(['3111.00']);
  });

  it('keeps a fee not said to be paid later at payout, as before', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '3000元'],
        ['借款期限', '14 天'],
        ['借款年利率', '18%'],
        ['利息', '21.00元'],
        ['平台服务费', '90.00元'],
      ],
      text: ['利息按年利率18%、一年360天按日计算'],
    });
    expect(t.received).toBe('2910.00');
    expect(t.payments.map((p) => p.amount)).toEqual(['3021.00']);
  });

  it('does not take a premium "不在放款时扣除" out of the payout', () => {
    const t = readSpec({
      pairs: [
        ['借款金额(元)', '6000.00'],
        ['借款期限', '6期'],
        ['每期还款', '1089.15'],
      ],
      text: ['保险费不在放款时扣除，按期随还款一并收取（每期36.00元，已计入上方每期还款金额）。'],
    });
    expect(upfront(t)).toEqual([]);
    expect(t.received).toBe('6000.00');
  });
});

describe('a collection fee beside an overdue IOU', () => {
  it('is no fee of the loan, placed at payout by guess', () => {
    // 5,000 × 15% ÷ 360 × 60 = 125.00: 5,125.00 due; 催收服务费 100.00 only because it is late.
    const t = readSpec({
      pairs: [
        ['借款金额：', '5000.00 元'],
        ['借款日期：', '2026-01-05'],
        ['还款日期：', '2026-03-06 （借款60天）'],
        ['年转化率', '15%'],
        ['到期本息（含利息125.00元）：', '5125.00 元'],
        ['催收服务费：', '100.00 元'],
      ],
    });
    expect(t.received).toBe('5000.00');
    expect(upfront(t)).toEqual([]);
  });
});

describe('a rate table turned on its side', () => {
  // A column per term ("期数 | 3期 | 6期 | 12期 | 24期"), a row per kind of rate.
  const table = tableOf(
    ['期数', '3期', '6期', '12期', '24期'],
    [
      ['每期手续费率', '0.65%', '0.65%', '0.60%', '0.58%'],
      ['年化利率（单利）', '11.66%', '13.25%', '13.03%', '12.84%'],
      ['提前还款', '提前结清的，剩余未入账的分期手续费须一并支付'],
    ],
  );

  it('is a list of terms to choose from, not a loan', () => {
    expect(isComparison([], [], [table], [])).toBe(true);
  });

  it('is one loan’s when its rows hold one rate only', () => {
    const one = tableOf(
      ['期数', '12期'],
      [
        ['每期手续费率', '0.60%'],
        ['年化利率（单利）', '13.03%'],
      ],
    );
    expect(isComparison([], [], [one], [])).toBe(false);
  });

  it('is one loan’s when its row is a form’s label · value pairs', () => {
    const form = tableOf(
      [],
      [['日费率', '0.070%', '0.035%', '日利率', '0.025%', '日服务费率', '0.010%']],
    );
    expect(isComparison([], [], [form], [])).toBe(false);
  });
});

describe('a card instalment whose "annual" rate is its fee rate × 12', () => {
  it('prices the plan by the fee rate, and a first period with the same fee pays it once', () => {
    // 100,000 over 36: 2,777.78 × 35 + 2,777.70; 0.35% × 100,000 = 350.00 a period.
    // 3,127.78 × 35 + 3,127.70 = 112,600.00 = 还款总额; 4.20% = 0.35% × 12, no rate of its own.
    const t = readSpec({
      pairs: [
        ['申请金额', '100,000.00 元'],
        ['分期期数', '36期'],
        ['每期手续费率', '0.35%'],
        ['参考年化利率（单利）', '4.20%'],
        ['还款总额', '￥ 112,600.00'],
      ],
      text: [
        '首期（第1期）',
        '本金2,777.78 + 手续费350.00',
        '第2期至第35期',
        '每期本金2,777.78 + 手续费350.00',
      ],
    });
    expect(t.payments).toHaveLength(36);
    expect(t.payments[0]?.amount).toBe('3127.78');
    expect(t.payments[35]?.amount).toBe('3127.70');
    expect(t.fees.filter((f) => f.when === 'once')).toEqual([]);
  });
});

describe('a plan written as runs of periods with bare figures', () => {
  it('reads "第1-6期：每期300.00（只还本金）" and the runs after it', () => {
    // 6 × 300.00 + 17 × 923.11 + 923.20 = 1,800.00 + 15,692.87 + 923.20 = 18,416.07.
    const t = readSpec({
      pairs: [
        ['分期金额', '16800.00'],
        ['分期期数', '24期'],
      ],
      text: ['第1-6期：每期300.00（只还本金，不计利息）', '第7-23期：每期923.11', '第24期：923.20'],
    });
    expect(t.payments).toHaveLength(24);
    expect(t.payments[0]?.amount).toBe('300.00');
    expect(t.payments[6]?.amount).toBe('923.11');
    expect(t.payments[23]?.amount).toBe('923.20');
  });
});

describe('a fee taken when the money is paid over', () => {
  it('reads "由丙方在划付出借资金时一次性扣收" as taken at payout', () => {
    // 50,000 − 2,500.00 = 47,500.00 received.
    const t = readSpec({
      pairs: [
        ['借款金额', '50,000.00元'],
        ['借款期限', '183天'],
        ['借款利率', '15%'],
      ],
      text: [
        '乙方应向丙方支付居间服务费人民币2,500.00元，由丙方在划付出借资金时一次性扣收，乙方实际收到借款人民币47,500.00元。',
      ],
    });
    expect(upfront(t)).toEqual(['2500.00']);
    expect(t.received).toBe('47500.00');
  });
});
