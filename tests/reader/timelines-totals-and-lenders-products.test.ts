/**
 * Rounds thirty-six and thirty-seven's patterns, from hybrid-app (MUI, APICloud) cash-loan pages,
 * pages filled in by a template engine, loan-navigator sites, Bootstrap member centres and rent
 * instalments: 放款总额 beside what arrives, a plan drawn as a timeline whose items write each part
 * with its figure, a plan table with neither periods nor dates, a written sum's unit before its
 * next label, a one-sum repayment inside the method, a charge that totals the ones above it, a
 * header read as a pair, a heading over a contract's clauses, and a product offered to lenders.
 * Each expected figure is worked by hand beside it.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import { rawOf, readSpec, tableOf } from '../support/raw';

describe('amounts', () => {
  it('takes 放款总额 for the amount lent when what arrives is given apart', () => {
    // 1,500 lent, 1,275 arrives: 225 kept back; 1,542 repaid on day 7.
    const t = readSpec({
      pairs: [
        ['放款总额', '1500 元'],
        ['(到账', '1275'],
        ['期限', '7 天'],
        ['总还款金额', '1542 元'],
      ],
    });
    expect([t.principal, t.received, t.termDays]).toEqual(['1500.00', '1275.00', 7]);
    expect(t.payments.map((p) => p.amount)).toEqual(['1542.00']);
  });

  it('reads the sum inside a one-payment method as the amount repaid', () => {
    // 2,000 for 14 days, 2,014 repaid at once (14 of interest).
    const t = readSpec({
      pairs: [
        ['借款金额', '2000元'],
        ['借款天数', '14天'],
        ['还款方式', '到期一次性还2014元'],
      ],
    });
    expect(t.payments.map((p) => p.amount)).toEqual(['2014.00']);
  });

  it('keeps a charge that adds up the ones above it out of the fees', () => {
    // 160 + 14 = 174: 借款申请费用 is their total. 2,000 − 160 = 1,840 arrives, so the 160 was
    // kept back at payout.
    const t = readSpec({
      pairs: [
        ['借款金额', '2000元'],
        ['借款天数', '14天'],
        ['综合服务费', '160元'],
        ['利息费用', '14元'],
        ['借款申请费用', '174元'],
        ['还款方式', '到期一次性还2014元'],
        ['到手金额', '1840元'],
      ],
    });
    expect(t.fees.map((f) => [f.name, f.when, f.amount])).toEqual([
      ['综合服务费', 'upfront', '160.00'],
    ]);
  });

  it('takes no header read as a pair for a plan row', () => {
    // "借入金额 | 借款期限" is the trial table's header; 5000元 and 5000.00元 are one amount.
    const t = readSpec({
      pairs: [
        ['借入金额', '5000元'],
        ['借款期限', '3个月'],
        ['还款方式', '到期一次性还本付息'],
        ['借入金额', '借款期限'],
        ['借入金额', '5000.00元'],
        ['到期应还本息合计', '5300.00元'],
      ],
    });
    expect(t.principal).toBe('5000.00');
    expect(t.payments.map((p) => p.amount)).toEqual(['5300.00']);
  });
});

describe('a plan drawn as a timeline', () => {
  // 3,000 over three months: 1,000.00 + 30.00 = 1,030.00; 1,000.00 + 20.00 = 1,020.00;
  // 1,000.00 + 10.00 = 1,010.00. The second period was paid late: 逾期罚息 4.50 is beside it.
  const items = [
    ['2026-02-20', '1期', '应还：1,030.00', '本金：1,000.00', '利息：30.00'],
    [
      '2026-03-20',
      '2期（未按期还）',
      '应还：1,020.00',
      '本金：1,000.00',
      '利息：20.00',
      '逾期罚息：4.50',
    ],
    ['2026-04-20', '3期', '应还：1,010.00', '本金：1,000.00', '利息：10.00'],
  ];

  it('is the plan where each item’s parts add up to its amount, a late charge beside it', () => {
    const t = readSpec({ pairs: [['贷款金额(元)', '3,000.00']], text: items.flat() });
    expect(t.payments.map((p) => [p.dueDate, p.amount])).toEqual([
      ['2026-02-20', '1030.00'],
      ['2026-03-20', '1020.00'],
      ['2026-04-20', '1010.00'],
    ]);
  });

  it('is no plan when an item’s parts do not add up', () => {
    // 1,040.00 ≠ 1,000.00 + 30.00.
    const broken = items.map((c, i) =>
      i === 0 ? c.map((x, k) => (k === 2 ? '应还：1,040.00' : x)) : c,
    );
    const t = readTerms(rawOf({ pairs: [['贷款金额(元)', '3,000.00']], text: broken.flat() }));
    expect(t?.payments ?? []).toEqual([]);
  });
});

describe('a plan table with neither periods nor dates', () => {
  // 6,000 over six months at 1.5 % a month: each 本息 1,053.15 is its 本金 plus its 利息
  // (963.15 + 90.00, 977.60 + 75.55, …); Σ 本金 = 6,000.00.
  const parts = [
    ['963.15', '90.00'],
    ['977.60', '75.55'],
    ['992.26', '60.89'],
    ['1007.15', '46.00'],
    ['1022.25', '30.90'],
    ['1037.59', '15.56'],
  ];
  const plan = (rows: string[][]) =>
    tableOf(
      ['', '申请人', '产品名', '本息', '利息', '本金', '罚息', '状态'],
      rows.map(([p, i], k) => [
        '',
        '林书远',
        '信用周转贷',
        '1053.15',
        i ?? '',
        p ?? '',
        '0.00',
        k < 2 ? '已还款' : '未还款',
      ]),
    );

  it('is the plan, in its rows’ order, where every row’s parts add up', () => {
    const t = readSpec({ lead: ['还款列表（共6期）'], tables: [plan(parts)] });
    expect(t.principal).toBe('6000.00');
    expect(t.payments.map((p) => p.amount)).toEqual(Array(6).fill('1053.15'));
  });

  it('is no plan where one row’s parts do not', () => {
    const broken = parts.map((r, k) => (k === 2 ? ['992.26', '61.89'] : r));
    const t = readTerms(rawOf({ lead: ['还款列表（共6期）'], tables: [plan(broken)] }));
    expect(t?.payments ?? []).toEqual([]);
  });
});

describe('fees written as a sum', () => {
  it('name the fee after the plus sign, not the unit before it', () => {
    // 每期本金 2,000.00 元 + 服务费 192.00 元 = 每期应还 2,192.00元, twelve times: 24,000 lent.
    const t = readSpec({
      pairs: [
        ['借款金额', '24,000.00'],
        ['还款方式', '等本等息'],
        ['借款期限', '12期'],
        ['每期本金', '2,000.00'],
        ['元 + 服务费', '192.00'],
        ['元 = 每期应还', '2,192.00元'],
      ],
    });
    expect(t.fees.filter((f) => f.when === 'periodic').map((f) => [f.name, f.amount])).toEqual([
      ['服务费', '192.00'],
    ]);
  });
});

describe('a heading over a contract’s clauses', () => {
  it('is no fee, and the deposit it covers comes off nothing', () => {
    // 11 × 2,400.00 = 26,400.00 lent to pay the landlord, 132.00 a month of fee on top, as the
    // plan's rows say. The 押金 of 2,400 is paid to the landlord at signing: nothing is kept back.
    const rows = Array.from({ length: 11 }, (_, i) => [
      `第${String(i + 1)}期`,
      `2026-${String(((i + 5) % 12) + 1).padStart(2, '0')}-01`.replace(/^2026-(0[1-4])/, '2027-$1'),
      '2,400.00',
      '132.00',
      '2,532.00',
    ]);
    const t = readSpec({
      pairs: [
        ['分期金额', '人民币26,400.00元'],
        ['分期期数', '11期'],
        [
          '三、租金、保证金及房租费缴纳方式：',
          '（1）租金：月租金为人民币2400元，人民币（大写）贰仟肆佰元整；',
        ],
      ],
      text: ['（2）保证金（押金）：人民币2400元，签约时由乙方直接支付给甲方；'],
      tables: [
        tableOf(['期数', '还款日', '分期本金（元）', '分期服务费（元）', '应还合计（元）'], rows),
      ],
    });
    expect(t.principal).toBe('26400.00');
    expect(t.fees.filter((f) => f.when === 'upfront')).toEqual([]);
    expect(t.received ?? t.principal).toBe('26400.00');
  });
});

describe('pages that are no loan', () => {
  it('leaves a platform’s product offered to lenders alone', () => {
    const raw = rawOf({
      title: '钱袋花 · 月利宝',
      lead: ['出借有风险，选择需谨慎 · 我的账户 · 帮助中心', '月利宝3期'],
      pairs: [
        ['年化利率（历史）', '5.6%'],
        ['项目期限', '1个月'],
        ['还款方式', '到期还本付息'],
        ['本期总借款额', '20,000,000.00元'],
        ['起息时间', '购买后下一工作日'],
      ],
      text: ['收益试算：出借 10,000 元，1个月预计可得收益 46.67 元', '立即出借'],
    });
    expect(readTerms(raw)).toBeNull();
  });
});

describe('a trial table', () => {
  it('is read as the loan it prices when it is the page’s only one', () => {
    const t = readSpec({
      pairs: [['还款方式', '到期一次性还本付息']],
      tables: [
        tableOf(
          ['借入金额', '借款期限', '到期应还利息', '到期应还本息合计'],
          [['5000.00元', '3个月', '300.00元', '5300.00元']],
        ),
      ],
    });
    expect(t.principal).toBe('5000.00');
  });
});
