/**
 * Round eighty-eight's misread pages, read again: a loan officer's record of what was asked beside
 * what was granted; a method named twice in one value; a fee table whose per-period figure carries
 * its unit; a plan column of the fee charged on what each period repays; an order's 订单生效日; a
 * month's interest beside a month's part of the principal; a bill listing what is owed before what
 * was paid; a financing's 融资起始日 and 融资到期日; a fee named with the words of its taking; a fee
 * said not to be taken at payout (放款时不扣除).
 */
import { describe, expect, it } from 'vitest';
import { askedButGranted } from '@/lib/reader/asked-and-granted';
import { amountsOf, readSpec, tableOf, upfrontNamed } from '../support/raw';

describe('what was asked beside what was granted', () => {
  const pairs: [string, string][] = [
    ['申请金额（万元）', '25.00万元'],
    ['申请期限', '12个月'],
    ['申请利率（月）', '1.00%'],
    ['批准金额（万元）', '20.00万元'],
    ['批准期限', '12个月'],
    ['批准利率（月）', '0.85%'],
    ['还款方式', '先息后本（按月付息，到期还本）'],
    ['放款日期', '2026-01-20'],
  ];

  it('reads the loan as granted, and the rate asked for as no rate of it', () => {
    const t = readSpec({ pairs });
    expect(t.principal).toBe('200000.00');
    expect(t.repaymentMethod).toBe('先息后本');
    // 200,000 × 0.85 % a month, the principal with the last.
    expect(amountsOf(t).slice(0, 2)).toEqual(['1700.00', '1700.00']);
    expect(amountsOf(t)[11]).toBe('201700.00');
    const asked = t.statedRates.find((r) => r.value === '0.01');
    expect(asked?.context).toBe('other-option');
    expect(t.statedRates.find((r) => r.value === '0.0085')?.context).toBeUndefined();
  });

  it('keeps what was asked where nothing was granted yet', () => {
    expect(
      askedButGranted([
        { key: '申请金额', value: '50,000.00' },
        { key: '批准金额', value: '待审批' },
      ]).size,
    ).toBe(0);
    const t = readSpec({
      pairs: pairs.filter((p) => p[0].startsWith('申请') || p[0] === '还款方式'),
    });
    expect(t.principal).toBe('250000.00');
  });
});

describe("a fee table's way of charging", () => {
  it('reads "59.52/期" charged with each instalment as periodic, and the funder’s payout as gross', () => {
    const t = readSpec({
      pairs: [
        ['还款方式', '等本等息'],
        ['还款次数', '12期（按月）'],
        ['分期手续费率（月）', '0.62%'],
        ['申请金额', '9,600.00'],
        ['资方放款金额', '9,600.00'],
        ['每期应还', '859.52'],
        ['订单生效日', '2026-03-15'],
      ],
      tables: [
        tableOf(
          ['费用名称', '计费方式', '费率', '金额', '收取方式', '收取时间', '状态'],
          [
            [
              '平台服务费',
              '按申请金额一次性收取',
              '-',
              '192.00',
              '放款时扣除',
              '2026-03-15',
              '已收取',
            ],
            [
              '分期手续费',
              '按申请金额按月计收',
              '0.62%/月',
              '59.52/期',
              '按月随期收取',
              '每期还款日',
              '收取中',
            ],
          ],
        ),
      ],
    });
    expect(upfrontNamed(t)).toEqual(['平台服务费|192.00']);
    expect(t.received).toBe('9408.00');
    expect(t.disbursementDate).toBe('2026-03-15');
    expect(t.payments[0]?.dueDate).toBe('2026-04-15');
  });
});

describe('a plan column of the fee charged on what each period repays', () => {
  it('is a fee of each instalment, not the instalment', () => {
    const dates = ['2025-12-20', '2026-01-20', '2026-02-20'];
    const t = readSpec({
      pairs: [
        ['借款金额', '10,000.00'],
        ['借款期限', '3个月'],
      ],
      tables: [
        tableOf(
          ['期数', '还款日', '到期应还本息', '到期应还本息管理费', '逾期费用'],
          dates.map((d, i) => [`第${String(i + 1)}期`, d, '¥3,400.00', '¥20.00', '¥0.00']),
        ),
      ],
    });
    expect(amountsOf(t)).toEqual(['3420.00', '3420.00', '3420.00']);
  });
});

describe('a month’s interest on the whole principal beside a month’s part of it', () => {
  it('is 等本等息, not interest only', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '30,000'],
        ['每月本金', '2,500'],
        ['每月利息', '240'],
        ['借款时间', '2026-01-08'],
        ['还款期限', '12个月'],
        ['月利率', '0.8%'],
      ],
    });
    expect(t.repaymentMethod).toBe('等本等息');
    expect(amountsOf(t)[0]).toBe('2740.00');
  });
});

describe('a bill listing what is owed first and what was paid after it', () => {
  it('is one plan in period order', () => {
    // 3,600 in 6 等额本金 at 0.75 % a month: 600 of principal and the interest on what is left.
    const card = (n: number, status: string, amount: string, due: string): string[] => [
      `${String(n)}/6期`,
      status,
      `￥${amount}`,
      due,
    ];
    const t = readSpec({
      pairs: [
        ['商品金额', '¥3600.00'],
        ['下单时间', '2025年12月18日'],
      ],
      text: [
        '6期 · 等额本金 · 月利率0.75%',
        ...card(3, '已逾期', '618.00', '2026年03月18日 应还，已逾期5天'),
        ...card(4, '待还款', '613.50', '2026年04月18日 通过银行卡自动扣款'),
        ...card(5, '待还款', '609.00', '2026年05月18日 通过银行卡自动扣款'),
        ...card(6, '待还款', '604.50', '2026年06月18日 通过银行卡自动扣款'),
        ...card(1, '已还款', '627.00', '2026年01月18日'),
        ...card(2, '已还款', '622.50', '2026年02月18日'),
      ],
    });
    expect(amountsOf(t)).toEqual(['627.00', '622.50', '618.00', '613.50', '609.00', '604.50']);
    expect(t.payments[2]?.dueDate).toBe('2026-03-18');
  });
});

describe('a financing’s start and due dates', () => {
  it('are the term of a single repayment', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '500,000.00'],
        ['融资起始日', '2026-03-16'],
        ['融资到期日', '2026-06-14'],
        ['利率', '5.8500%'],
        ['扣息方式', '利随本清'],
      ],
    });
    expect(t.termDays).toBe(90);
    expect(t.payments.map((p) => p.dueDate)).toEqual(['2026-06-14']);
  });
});

describe('a fee named with the words of its taking', () => {
  it('is one fee, under its own name', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '500,000.00'],
        ['融资起始日', '2026-03-16'],
        ['融资到期日', '2026-06-14'],
        ['利率', '5.8500%'],
        ['扣息方式', '利随本清'],
        ['扣费方式先收费', '已扣收融资手续费2,500.00元，实际入账497,500.00元。'],
      ],
    });
    expect(upfrontNamed(t)).toEqual(['融资手续费|2500.00']);
  });
});

describe('a heading over the fees paid before the money moves', () => {
  it('still places them, while a fee table’s own cell heads nothing', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '200,000.00'],
        ['借款期限', '12个月'],
        ['年化利率', '9.6%'],
      ],
      text: ['放款前您要支付', '担保费 6000元', '居间费 10000元'],
      // (A layout grid the scanner took for a table, around the whole card: no table cell.)
      tables: [tableOf(['借款进度', '状态'], [['提交申请', '已完成']], 'body')],
    });
    expect(upfrontNamed(t)).toEqual(['居间费|10000.00', '担保费|6000.00']);
  });
});

describe('a fee said not to be taken at payout', () => {
  it('is not taken at payout, and what arrives is the whole amount', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '2,000.00元'],
        ['借款期限', '14天'],
        ['借款日期', '2026-06-02'],
        ['日利率', '0.05%'],
        ['服务费', '到期与本金一并收取，放款时不扣除 120.00元'],
        ['还款方式', '到期一次性还本付息'],
        ['到账金额', '2,000.00元'],
        ['到期应还', '2,134.00元'],
      ],
    });
    expect(upfrontNamed(t)).toEqual([]);
    expect(t.received).toBe('2000.00');
    expect(amountsOf(t)).toEqual(['2134.00']);
  });
});
