/**
 * Round eighty-five (early repayment and card instalments): a back office's 出款金额 is what was
 * paid out, its fee taken 出款时; a plan that records an early settlement under the period it was
 * made in is still the plan as agreed; a card's rows "3162.00元 | 1/12期 2025-10-18" with no header
 * are periods, each amount the whole of the parts in its brackets; the centre that publishes the LPR
 * lends nothing.
 */
import { describe, expect, it } from 'vitest';
import { schedules } from '@/lib/reader/schedule';
import { readSpec, tableOf, upfrontNamed } from '../support/raw';

describe("a back office's 出款金额", () => {
  const pairs: [string, string][] = [
    ['借款期限：', '24个月'],
    ['还款方式：', '等本等息'],
    ['月利率：', '1.00%'],
    ['借款金额：', '50,000.00'],
    ['出款金额：', '46,000.00'],
    ['前置费用：', '4,000.00'],
  ];

  it('is what reached the borrower', () => {
    expect(readSpec({ pairs }).received).toBe('46000.00');
  });

  it('takes a fee "于出款时一次性扣收" at payout', () => {
    const t = readSpec({
      pairs: pairs.filter(([l]) => l !== '出款金额：'),
      text: ['前置费用已于出款时一次性扣收。'],
    });
    expect(upfrontNamed(t)).toEqual(['前置费用|4000.00']);
  });
});

const HEAD = [
  '期数',
  '类型',
  '还款日期',
  '本金',
  '利息',
  '月收分公司服务费',
  '月收平台费',
  '其他费用',
  '小计',
  '状态',
];
const row = (
  n: number,
  kind: string,
  due: string,
  p: string,
  other: string,
  sum: string,
  s: string,
) => [String(n), kind, due, p, '1000.00', '200.00', '300.00', other, sum, s];

describe('a plan that records an early settlement', () => {
  it('is still the plan as agreed, the settlement row left out', () => {
    const rows = [
      ...Array.from({ length: 8 }, (_, i) =>
        row(i + 1, '实际还款', `2026-0${String(i + 1)}-05`, '0.00', '0.00', '1500.00', '已还款'),
      ),
      row(9, '计划还款', '2026-09-05', '0.00', '0.00', '1500.00', '提前结清'),
      row(9, '提前结清', '2026-09-05', '100000.00', '2000.00', '103500.00', '已还款'),
      row(10, '计划还款', '2026-10-05', '0.00', '0.00', '1500.00', '已提前结清'),
      row(11, '计划还款', '2026-11-05', '0.00', '0.00', '1500.00', '已提前结清'),
      row(12, '计划还款', '2026-12-05', '100000.00', '0.00', '101500.00', '已提前结清'),
    ];
    const t = readSpec({
      pairs: [
        ['借款金额', '100,000.00'],
        ['借款期限', '12个月'],
        ['还款方式', '先息后本'],
      ],
      tables: [tableOf(HEAD, rows)],
    });
    expect(t.payments.map((p) => p.amount)).toEqual([
      ...Array.from({ length: 11 }, () => '1500.00'),
      '101500.00',
    ]);
  });
});

describe("a card's plan rows with no header", () => {
  it('are periods when each says "1/12期" and its date in one cell', () => {
    const rows = Array.from({ length: 12 }, (_, i) => {
      const interest = (162 - 13.5 * i).toFixed(2);
      const due = new Date(Date.UTC(2025, 9 + i, 18)).toISOString().slice(0, 10);
      return [
        '',
        `${(3000 + Number(interest)).toFixed(2)}元本金3000.00 + 利息${interest}`,
        `${String(i + 1)}/12期 ${due}`,
        i < 6 ? '已还款' : '待还款',
      ];
    });
    const t = readSpec({
      pairs: [
        ['月利率', '0.45%'],
        ['年化利率', '5.40%'],
      ],
      tables: [tableOf([], rows)],
    });
    expect(t.payments).toHaveLength(12);
    expect(t.payments[0]).toMatchObject({ dueDate: '2025-10-18', amount: '3162.00' });
    expect(t.payments[11]).toMatchObject({ dueDate: '2026-09-18', amount: '3013.50' });
  });
});

describe("a headerless plan row's amount with its parts in brackets", () => {
  it('is the whole, a part named only 费用 among them ("2166.24（本金1905.56+费用260.68）")', () => {
    const rows = [1, 2, 3].map((i) => [
      `第${String(i)}期 2026-0${String(4 + i)}-26`,
      '2166.24（本金1905.56+费用260.68）',
    ]);
    const [plan] = schedules([tableOf([], rows)]);
    expect(plan?.rows.map((r) => [r.dueDate, r.total, r.principal])).toEqual([
      ['2026-05-26', '2166.24', '1905.56'],
      ['2026-06-26', '2166.24', '1905.56'],
      ['2026-07-26', '2166.24', '1905.56'],
    ]);
  });
});

describe('the centre that publishes the LPR', () => {
  it('is no lender ("全国银行间同业拆借中心公布")', () => {
    const t = readSpec({
      lead: ['泊川银行信用卡 · 现金分期'],
      pairs: [
        ['到账金额', '30,000.00元'],
        ['分期期数', '24期'],
        ['还款方式', '等额本息'],
        ['每期应还', '1,375.50元'],
        ['月利率', '0.78%'],
        ['年化利率（单利）', '9.36%'],
      ],
      text: ['当前1年期LPR为3.00%（全国银行间同业拆借中心公布），仅供参考。'],
    });
    expect(t.lender.name).toBe('泊川银行');
  });
});
