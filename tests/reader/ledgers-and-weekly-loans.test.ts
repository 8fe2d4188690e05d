/**
 * Records read by their own arithmetic, and weekly loans: what a record says is left of the
 * principal after the periods repaid names the amount lent; a term in weeks; a repayment written as
 * the sum of its parts; a ledger's per-deal rate that its own interest shows to be the whole term's;
 * a plan whose 开始计息日 column is not its due date; a fee heading with a range in it; one fee
 * shown twice. (A list of products is pattern page 415.) Each expected figure is worked by hand
 * beside it, not with lib/finance.
 */
import { describe, expect, it } from 'vitest';
import type { RawTable } from '@/lib/model/extraction';
import { readSpec } from '../support/raw';

const table = (headers: string[], rows: string[][]): RawTable => ({
  locator: `#t${String(headers.length)}`,
  headers,
  rows,
  finePrint: false,
});

/** Twelve monthly rows of 1,710.00 from 2025-12-08, the first four paid. */
const orderPlan = table(
  ['第几期', '付款状态', '应付款时间', '月供'],
  Array.from({ length: 12 }, (_, i) => [
    String(i + 1),
    i < 4 ? '已支付' : '待支付',
    `${String(2025 + Math.floor((11 + i) / 12))}-${String(((11 + i) % 12) + 1).padStart(2, '0')}-08 00:00:00`,
    '1710.00',
  ]),
);

describe('the principal left on a record', () => {
  it('names the amount lent among the page’s figures', () => {
    // 剩余本金 12,000 after 4 of 12 equal principal parts: 12,000 × 12 ÷ 8 = 18,000, the figure
    // the page shows as 贷款费用 beside its 商品价格 19,800. 1,710 = 1,500 + a flat 210: 等本等息.
    const t = readSpec({
      pairs: [
        ['商品价格', '19800.00'],
        ['贷款费用', '18000.00'],
        ['剩余本金', '12000.00'],
        ['期数', '12'],
        ['月供', '1710.00'],
        ['下期还款期数', '5'],
      ],
      tables: [orderPlan],
    });
    expect(t.principal).toBe('18000.00');
    expect(t.repaymentMethod).toBe('等本等息');
    // The datetime cells date each row.
    expect(t.payments[0]?.dueDate).toBe('2025-12-08');
    expect(t.reading?.checks.find((k) => k.id === 'remaining-vs-principal')?.held).toBe(true);
  });

  it('offers no amount the page does not state', () => {
    // Without 贷款费用 18,000 nothing on the page is that amount: the price stays, and the check
    // records that 19,800 × 8 ÷ 12 = 13,200 is not the 12,000 left.
    const t = readSpec({
      pairs: [
        ['商品价格', '19800.00'],
        ['剩余本金', '12000.00'],
        ['期数', '12'],
        ['月供', '1710.00'],
        ['下期还款期数', '5'],
      ],
      tables: [orderPlan],
    });
    expect(t.principal).toBe('19800.00');
    const check = t.reading?.checks.find((k) => k.id === 'remaining-vs-principal');
    expect(check?.held).toBe(false);
    expect(check?.figures.computed).toBe('13200.00');
  });
});

describe('weekly loans', () => {
  it('reads a term in weeks and the one week’s repayment', () => {
    // 1周 = 7 days; 每周还款 1,545 on 1,500 is the single repayment.
    const t = readSpec({
      pairs: [
        ['借款金额', '￥1500'],
        ['借款期限', '1周'],
        ['每周还款', '¥1545'],
      ],
    });
    expect(t.termDays).toBe(7);
    expect(t.payments.map((p) => p.amount)).toEqual(['1545.00']);
  });

  it('adds up a repayment written as its parts', () => {
    // 到期应还：借款金额2000元＋利息56元 = 2,056.00.
    const t = readSpec({
      pairs: [
        ['借款金额', '2000元'],
        ['借款期限', '2周'],
        ['到期应还', '借款金额2000元＋利息56元'],
      ],
    });
    expect(t.termDays).toBe(14);
    expect(t.payments.map((p) => p.amount)).toEqual(['2056.00']);
  });
});

describe('a private ledger', () => {
  it('reads a per-deal rate as the whole term’s, by its own interest', () => {
    // 80,000 × 7.2% = 5,760 = the 利息 shown over 2026-01-10 → 2026-07-10: the rate is the six
    // months', not a year's (a year's 7.2% would be 2,880). Repaid once: 结算金额 85,760.
    const t = readSpec({
      tables: [
        table(
          ['姓名', '本金', '利率', '利息', '结算金额', '开始日期', '结束日期', '状态'],
          [['张三', '80,000', '7.2%', '5,760', '85,760', '2026-01-10', '2026-07-10', '未结清']],
        ),
      ],
      pairs: [
        ['本金', '80,000'],
        ['利率', '7.2%'],
        ['利息', '5,760'],
        ['结算金额', '85,760'],
        ['开始日期', '2026-01-10'],
        ['结束日期', '2026-07-10'],
      ],
    });
    expect(t.statedRates).toEqual([]);
    expect(t.termMonths).toBe(6);
    expect(t.repaymentMethod).toBe('到期一次性还本付息');
    expect(t.payments.map((p) => [p.dueDate, p.amount])).toEqual([['2026-07-10', '85760.00']]);
  });
});

describe('plans and fee notes', () => {
  it('dates a plan by its named due-date column, not the day interest starts', () => {
    // 还款总金额 is the row's total: 15,769.76 + 2,000.00 + a 1,000.00 fee = 18,769.76.
    const t = readSpec({
      pairs: [
        ['融资金额', '200000元'],
        ['融资期限', '12个月'],
      ],
      tables: [
        table(
          ['还款计划日', '期次', '开始计息日', '结束计息日', '还款本金', '还款利息', '还款总金额'],
          [
            ['2026-04-15', '1', '2026-03-15', '2026-04-15', '15,769.76', '2,000.00', '18,769.76'],
            ['2026-05-15', '2', '2026-04-15', '2026-05-15', '15,927.46', '1,842.30', '18,769.76'],
          ],
        ),
      ],
    });
    expect(t.payments.slice(0, 2).map((p) => [p.dueDate, p.amount])).toEqual([
      ['2026-04-15', '18769.76'],
      ['2026-05-15', '18769.76'],
    ]);
  });

  it('takes no fee from a fee heading’s range, and counts a fee shown twice once', () => {
    // "收费说明" is a heading; 500元至5,000,000元 a range of amounts. The fee is 借款管理费 50.00.
    const a = readSpec({
      pairs: [
        ['借款金额', '10000元'],
        ['借款期限', '15天'],
        [
          '收费说明',
          '借款金额应在500元至5,000,000元之间。按借款本金收取0.5%的借款管理费，在借款金额中直接扣除。',
        ],
        ['借款管理费', '50.00元'],
        ['到账金额', '9950元'],
      ],
    });
    expect(a.fees.filter((f) => f.when === 'upfront').map((f) => f.amount)).toEqual(['50.00']);
    // 服务费 270 in a list and again in its dialog: 1,500 − 270 = 1,230 received, one fee.
    const b = readSpec({
      pairs: [
        ['借款金额', '1500'],
        ['借款期限', '14天'],
        ['服务费', '270'],
        ['待放金额', '1230'],
        ['应还金额', '1500'],
        ['服务费', '270'],
      ],
    });
    expect(b.fees.filter((f) => f.when === 'upfront').map((f) => [f.name, f.amount])).toEqual([
      ['服务费', '270.00'],
    ]);
  });
});
