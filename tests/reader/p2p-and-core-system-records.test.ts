/**
 * P2P agreements and small-loan core systems: a table of the loan's lenders with no 合计 row; a fee
 * paid beside each instalment the method gives without it; a 本息 column with a fee column beside
 * it; what is owed over what was paid; a term whose unit is a field of its own; 按月分期还款; an
 * amount a sentence names against a plan's bare cells; an investor's 利息收益 on ¥100. Each expected
 * figure is worked by hand beside it, not with lib/finance.
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

describe('a P2P agreement', () => {
  it('lends what its lenders lent together, and adds the monthly fee to each instalment', () => {
    // 10,000 + 8,000 + 12,000 = 30,000 at 14% over 12 months: each lender's 月还款本息 adds up to
    // 897.87 + 718.30 + 1,077.44 = 2,693.61 (the annuity at 14%), and 借款管理费 ¥180.00 a month
    // is paid with it: 2,873.61.
    const t = readSpec({
      tables: [
        table(
          ['出借人(id)', '借款金额', '借款期限', '年利率', '月还款本息'],
          [
            ['wjq_2011', '10000元', '12个月', '14%', '897.87 元'],
            ['海上明月', '8000元', '12个月', '14%', '718.30 元'],
            ['zhangtl', '12000元', '12个月', '14%', '1077.44 元'],
          ],
        ),
      ],
      text: [
        '还款方式：按月分期还款。',
        '借款管理费：借款人每月按借款本金的0.6%向本网站支付借款管理费，即每月￥180.00，与当期本息一并支付。',
      ],
    });
    expect(t.principal).toBe('30000.00');
    expect(t.payments[0]?.amount).toBe('2873.61');
    // The lenders' table names no person who lends: "借款金额" is a heading, not a name.
    expect(t.lender.name).not.toBe('借款金额');
  });

  it('reads 按月分期还款 as equal instalments, and the amount a sentence names over a plan’s cells', () => {
    // 12,000 at 18% over 6 months, 等额本息: 2,106.30 a month. Only periods 4–6 are listed.
    const t = readSpec({
      text: ['借款概况：周转借款，借款金额￥12000.00，年利率18%，借款期限6个月，按月分期还款。'],
      tables: [
        table(
          ['标题', '第几期', '应还款日期', '本期应还本息', '利息'],
          [
            ['周转借款', '4/6', '2026-05-20 00:00', '￥2106.30', '￥92.01'],
            ['周转借款', '5/6', '2026-06-20 00:00', '￥2106.30', '￥61.80'],
            ['周转借款', '6/6', '2026-07-20 00:00', '￥2106.33', '￥31.13'],
          ],
        ),
      ],
    });
    expect(t.principal).toBe('12000.00');
    expect(t.repaymentMethod).toBe('等额本息');
    expect(t.payments[0]?.amount).toBe('2106.30');
  });

  it('takes no total interest from an investor’s return on a ¥100 bid', () => {
    // 60,000 at 12% over 12 months is 5,330.93 a month, whatever ¥100 earns a lender (6.62).
    const t = readSpec({
      pairs: [
        ['借款金额', '￥60000'],
        ['年利率', '12 %'],
        ['借款期限', '12个月'],
        ['还款方式', '按月分期还款'],
      ],
      text: ['投标100元,年利率12 %，期限12个月,可获得利息收益￥6.62元'],
    });
    expect(t.payments[0]?.amount).toBe('5330.93');
  });
});

describe('a core system’s records', () => {
  it('adds a fee column to a total that is principal and interest alone', () => {
    // 待还本息 1,758.32 + 借款管理费 160.00 = 1,918.32.
    const t = readSpec({
      pairs: [
        ['借款金额', '￥20,000.00'],
        ['年利率', '10%'],
        ['期限', '12个月'],
      ],
      tables: [
        table(
          ['还款日', '已还金额', '待还本息', '借款管理费', '状态'],
          [
            ['2026-02-12', '￥1,918.32', '￥1,758.32', '￥160.00', '准时还款'],
            ['2026-03-12', '￥0.00', '￥1,758.32', '￥160.00', '待还'],
          ],
        ),
      ],
    });
    expect(t.payments.slice(0, 2).map((p) => p.amount)).toEqual(['1918.32', '1918.32']);
  });

  it('takes what is owed over what was paid, rows not yet due at 0.00', () => {
    const t = readSpec({
      pairs: [
        ['贷款金额', '10000'],
        ['贷款期限', '3个月'],
      ],
      tables: [
        table(
          ['还款金额', '还款日期', '应还金额', '应还日期', '还款期数'],
          [
            ['3346.67', '2026-04-03', '3346.67', '2026-04-05', '1'],
            ['0', '', '3346.67', '2026-05-05', '2'],
            ['0', '', '3346.66', '2026-06-05', '3'],
          ],
        ),
      ],
    });
    expect(t.payments.map((p) => [p.dueDate, p.amount])).toEqual([
      ['2026-04-05', '3346.67'],
      ['2026-05-05', '3346.67'],
      ['2026-06-05', '3346.66'],
    ]);
  });

  it('reads a term whose unit is a field of its own, and a form’s required mark', () => {
    const t = readSpec({
      pairs: [
        ['贷款 *', '80000'],
        ['贷款期限类型', '月'],
        ['贷款期限', '12'],
        ['贷款日期', '2026-04-15'],
        ['开始还款日期', '2026-05-15'],
        ['还款方式', '等额本息'],
        ['年化利率(%)', '7.20'],
      ],
    });
    expect([t.principal, t.termMonths, t.disbursementDate]).toEqual(['80000.00', 12, '2026-04-15']);
    expect(t.payments[0]?.dueDate).toBe('2026-05-15');
  });

  it('reads an extension as its own loan, its fee taken at signing', () => {
    // 20,000 for 3 months at 1.5% a month, interest monthly: 300, 300, 20,300; 600 kept back.
    const t = readSpec({
      pairs: [
        ['展期本金（元）', '20000.00'],
        ['展期期限', '3个月（2026-07-01 至 2026-10-01）'],
        ['展期利率', '月利率1.5%（年化利率18%）'],
        ['还款方式', '先息后本'],
        ['展期服务费（元）', '600.00（签订展期协议时一次性收取）'],
      ],
    });
    expect([t.principal, t.received, t.termMonths]).toEqual(['20000.00', '19400.00', 3]);
    expect(t.payments.map((p) => p.amount)).toEqual(['300.00', '300.00', '20300.00']);
  });
});
