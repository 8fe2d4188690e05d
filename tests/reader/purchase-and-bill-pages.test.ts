/**
 * Instalment purchases and cash-loan bills read by their own arithmetic: the amount financed is
 * the price less the down payment (and a price that already is that is not reduced twice), a
 * bill's one repayment is its balance less the overdue charges or what a settled bill repaid, a
 * plan's rows may put their amount before their date, and a table's action column is no column.
 * Each expected figure is worked by hand beside it, not with lib/finance.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import { continuesFigure } from '@/lib/extract/text-kind';
import { rawOf, readSpec } from '../support/raw';

describe('an instalment purchase', () => {
  it('finances the price less the down payment', () => {
    // 6,799.0 − 1,399.0 = 5,400.00 over 18 months of 343.20 (5,400 / 18 = 300 + 43.20 a month).
    const t = readSpec({
      pairs: [
        ['价款', '6799.0元'],
        ['首付金额', '1399.0元'],
        ['分期月数', '18个月'],
        ['每月付款金额', '343.2元'],
      ],
    });
    expect(t.principal).toBe('5400.00');
    expect(t.termMonths).toBe(18);
    expect(t.payments).toHaveLength(18);
  });

  it('takes a down payment given as a share of the price', () => {
    // 首付30% of 8,000.00 is 2,400.00: 5,600.00 financed.
    const t = readSpec({
      pairs: [
        ['商品单价', '¥8000.00'],
        ['首付金额', '首付30%'],
        ['分期期数', '3期'],
        ['月供', '¥1,920.00'],
      ],
    });
    expect(t.principal).toBe('5600.00');
  });

  it('does not take the down payment off a price that is already net of it', () => {
    // 5,299.0 − 1,099 = 4,200.0, the 总价 the page states: 4,200 is financed, not 3,101.
    const t = readSpec({
      pairs: [
        ['价格', '￥5299.0'],
        ['总价', '￥4200.0'],
        ['首付金额', '1099'],
        ['分期月数', '12月'],
        ['月供', '￥400.4'],
      ],
    });
    expect(t.principal).toBe('4200.00');
  });

  it('is interest-free when its instalments repay just the price less the down payment', () => {
    // (3,600 − 720) / 6 = 480.00 exactly.
    const t = readSpec({
      pairs: [
        ['商品价格', '￥3600'],
        ['首付', '￥720'],
        ['分期数', '6'],
        ['每期付款', '￥480.00'],
      ],
    });
    expect(t.principal).toBe('2880.00');
    expect(t.payments.map((p) => p.amount)).toEqual(Array(6).fill('480.00'));
  });
});

describe('a checkout that offers 分期 options', () => {
  it("reads the chosen option's periods, instalment and fee, not another option's", () => {
    // (2,400 / 6) + 18.00 = 418.00 a period: the price is the amount financed, at no interest.
    const option = (label: string, checked: boolean) => ({
      kind: 'radio' as const,
      checked,
      label,
      locator: `#${label.slice(0, 2)}`,
    });
    const t = readSpec({
      pairs: [
        ['商品总价', '￥2400.00'],
        ['手续费', '￥18.40/期'],
      ],
      controls: [
        option('3期（￥818.40/期） 手续费：￥18.40/期', false),
        option('6期（￥418.00/期） 手续费：￥18.00/期', true),
        option('12期（￥215.00/期） 手续费：￥15.00/期', false),
      ],
    });
    expect(t.principal).toBe('2400.00');
    expect(t.termMonths).toBe(6);
    expect(t.fees.filter((f) => f.when === 'periodic').map((f) => f.amount)).toEqual(['18.00']);
    expect(t.payments.map((p) => p.amount)).toEqual(Array(6).fill('418.00'));
  });
});

describe("a cash-loan bill's one repayment", () => {
  it('is the balance due less the overdue charge beside it', () => {
    // 待还 3,036.00 − 逾期费 36.00 = 3,000.00, due 14 days after 2026-05-06.
    const t = readSpec({
      pairs: [
        ['借款金额', '3000.00'],
        ['借款期限', '14天'],
        ['到账金额(元)', '2790.00'],
        ['已还金额(元)', '0.00'],
        ['逾期费(元)', '36.00'],
        ['待还金额(元)', '3036.00'],
        ['借款时间', '2026-05-06'],
      ],
    });
    expect(t.payments.map((p) => [p.dueDate, p.amount])).toEqual([['2026-05-20', '3000.00']]);
  });

  it('is what a settled bill repaid', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '5000.00'],
        ['借款期限', '30天'],
        ['已还金额(元)', '5037.50'],
        ['待还金额(元)', '0.00'],
        ['借款时间', '2026-03-02'],
      ],
    });
    expect(t.payments.map((p) => p.amount)).toEqual(['5037.50']);
  });
});

describe('plan rows in other orders and shapes', () => {
  it('reads the amount before the period and a date with its status glued on', () => {
    const rows = ['1', '2', '3'].flatMap((k) => [
      '￥886.40',
      `(${k}/3)期`,
      `2026-0${k}-15${k === '1' ? '已还款' : '待还款'}`,
    ]);
    const t = readSpec({ pairs: [['分期总额', '￥2,400.00']], text: rows });
    expect(t.payments.map((p) => [p.dueDate, p.amount])).toEqual([
      ['2026-01-15', '886.40'],
      ['2026-02-15', '886.40'],
      ['2026-03-15', '886.40'],
    ]);
  });

  it("does not take a timeline's step numbers for instalments", () => {
    const t = readTerms(
      rawOf({
        pairs: [['订单号', 'QH2026012800457']],
        text: ['待收货', '4', '2026-01-31', '还款中', '5', '2026-02-02'],
      }),
    );
    expect(t?.payments ?? []).toEqual([]);
  });

  it('leaves out an action column and reads no principal before the last row as 先息后本', () => {
    // 当月还款金额 0.00 with a 450.00 fee is no instalment of 0.00: the fee comes on top.
    const row = (k: number, principal: string, action: string): string[] => [
      `${String(k)}/4期`,
      `2026-0${String(k + 1)}-15`,
      principal,
      '¥450.00',
      action,
    ];
    const t = readSpec({
      pairs: [['借款金额', '5000元']],
      tables: [
        {
          locator: 'table',
          finePrint: false,
          headers: ['期数', '账单日期', '当月还款金额', '服务费'],
          rows: [
            row(1, '¥0.00', ''),
            row(2, '¥0.00', ''),
            row(3, '¥0.00', ''),
            row(4, '¥5,000.00', '马上还款'),
          ],
        },
      ],
    });
    expect(t.payments.map((p) => p.amount)).toEqual(['450.00', '450.00', '450.00', '5450.00']);
    expect(t.repaymentMethod).toBe('先息后本');
  });
});

describe('a list of rows numbered without 期', () => {
  it('reads "1 | ¥1846.67 | 本金1666.67+服务费180.00 | 已支付" as period 1 and its parts', () => {
    const rows = [1, 2, 3].flatMap((k) => [
      String(k),
      '¥1846.67',
      '本金1666.67+服务费180.00',
      k === 1 ? '已支付' : '待支付',
    ]);
    const t = readSpec({
      pairs: [
        ['分期金额', '5000.01元'],
        ['总期数', '3期'],
      ],
      text: rows,
    });
    expect(t.termMonths).toBe(3);
    expect(t.payments.map((p) => p.amount)).toEqual(['1846.67', '1846.67', '1846.67']);
  });
});

describe('a contract that fills its blanks in brackets', () => {
  it('reads the amount, the rate and 先息后本 said in its own words', () => {
    const t = readSpec({
      text: [
        '乙方向甲方借款金额为人民币（大写）【壹万伍仟】元（￥:15000元）整。',
        '借款期限为 【6】个月，自 2026年3月1日 起至 2026年9月1日 止。',
        '四、借款利率按月利率【1.5%】计付利息，每月利息在【次月1日】支付，本金于借款期限届满之日前付清。',
      ],
    });
    expect(t.statedRates.map((r) => [r.kind, r.value])).toEqual([['monthly', '0.015']]);
    expect(t.repaymentMethod).toBe('先息后本');
  });
});

describe('pieces of one date set in bold', () => {
  it.each([
    ['2026', '年', true],
    ['2026年', '5', true],
    ['每月15', '日', true],
    ['2,000', '年化利率', false],
  ])('%s + %s joins: %s', (a, b, joined) => {
    expect(continuesFigure(a, b)).toBe(joined);
  });
});
