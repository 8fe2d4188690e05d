/**
 * Back-office records, P2P project pages and shop checkouts: a plan that moves each part from 待还
 * to 已还 once paid; a P2P project's bidding window; a contract that states the total it lends in
 * words; a checkout's 应付金额 financed at no interest; a fee whose parts include the interest; a
 * plan list whose rows all say the loan's number of periods; a log of repayments made. Each
 * expected figure is worked by hand beside it, not with lib/finance.
 */
import { describe, expect, it } from 'vitest';
import { analyseTerms } from '@/lib/analysis/analyse';
import type { LoanTerms } from '@/lib/model/terms';
import { readTerms } from '@/lib/reader';
import { rawOf, readSpec, tableOf } from '../support/raw';

const findingOf = (t: LoanTerms, id: string): string | undefined =>
  analyseTerms(t, {
    input: 'test',
    url: 'https://loan.example/',
    title: '',
    settings: { lenderTypeOverride: null, userLpr: [] },
    now: '2026-06-01T00:00:00.000Z',
  }).findings.find((f) => f.id === id)?.outcome;

describe('a record that moves each part from 待还 to 已还', () => {
  it('reads a period’s principal and interest from whichever column holds them', () => {
    // 6,000 in 3 equal principal parts at 1% a month: 2,000 + 60, 2,000 + 40, 2,000 + 20. Period 1
    // is repaid (按时还款): its parts sit under 已还, and 4,000 of principal is left under 待还.
    const t = readSpec({
      pairs: [
        ['借款金额', '¥6,000.00'],
        ['借款期限', '3个月'],
        ['还款方式', '等额本金'],
        ['待还本金', '4,000.00'],
      ],
      tables: [
        tableOf(
          ['期数', '时间', '本期应还', '待还本金', '待还利息', '已还本金', '已还利息', '还款状态'],
          [
            ['第1期', '2026-02-20', '2,060.00', '0.00', '0.00', '2,000.00', '60.00', '按时还款'],
            ['第2期', '2026-03-20', '2,040.00', '2,000.00', '40.00', '0.00', '0.00', '未到期'],
            ['第3期', '2026-04-20', '2,020.00', '2,000.00', '20.00', '0.00', '0.00', '未到期'],
          ],
        ),
      ],
    });
    expect(t.principal).toBe('6000.00');
    expect(t.payments.map((p) => p.amount)).toEqual(['2060.00', '2040.00', '2020.00']);
    expect(t.reading?.doubt ?? null).toBeNull();
  });
});

describe('a P2P project page', () => {
  it('does not take the bidding window for the loan’s dates', () => {
    const t = readSpec({
      pairs: [
        ['借款总额', '￥200,000.00'],
        ['借款年利率', '10.80%'],
        ['借款期限', '12个月'],
        ['还款方式', '等额本息'],
        ['筹款进度', '100%'],
        ['开始时间', '2026-04-02 10:00'],
        ['截止日期', '2026-04-12 10:00'],
      ],
    });
    expect(t.disbursementDate).toBeNull();
    expect(t.contractDate).toBeNull();
  });

  it('reads the total a contract lends in words and figures', () => {
    const t = readSpec({
      text: [
        '2.1 甲方以约定的条件向乙方借款的总金额为人民币捌拾万元整（大写）（小写：800,000.00元）；借款用途为设备更新。',
        '3.1 本次借款期限为180天，自2026年3月10日起至2026年9月6日。',
        '3.2 利息共计47,342.47元，还款方式为到期一次性还本付息，到期应还本息合计847,342.47元。',
      ],
    });
    expect(t.principal).toBe('800000.00');
    expect(t.payments.map((p) => p.amount)).toEqual(['847342.47']);
  });

  it('does not take the heading of a table of lenders for a lender’s name', () => {
    const t = readSpec({
      lead: ['乙方(出借人)', '姓名', '网站用户名', '王*华', 'wanghua***'],
      pairs: [
        ['借款金额', '800,000.00元'],
        ['借款期限', '180天'],
        ['到期应还本息', '847,342.47元'],
      ],
    });
    expect(t.lender.name).not.toBe('姓名');
    expect(t.lenderType).not.toBe('private');
  });
});

describe('a loan back office', () => {
  it('reads 用款期限 as the term', () => {
    const t = readSpec({
      pairs: [
        ['用款金额', '60,000.00'],
        ['用款期限', '6个月（每月10日还款）'],
        ['还款方式', '先息后本'],
      ],
    });
    expect(t.termMonths).toBe(6);
  });

  it('reads a plan whose rows all say the loan’s number of periods by their dates', () => {
    // 3,000 in equal principal parts at 1% a month: 1,000 + 30, 1,000 + 20, 1,000 + 10.
    const t = readSpec({
      tables: [
        tableOf(
          ['姓名', '状态', '应还款日期', '本金', '利息', '贷款期数'],
          [
            ['许*宁', '已还款', '2026-02-10', '1000.00', '30.00', '3期'],
            ['许*宁', '待还款', '2026-03-10', '1000.00', '20.00', '3期'],
            ['许*宁', '待还款', '2026-04-10', '1000.00', '10.00', '3期'],
          ],
        ),
      ],
    });
    expect(t.principal).toBe('3000.00');
    expect(t.payments.map((p) => p.amount)).toEqual(['1030.00', '1020.00', '1010.00']);
  });

  it('does not take a log of repayments made for the plan', () => {
    // 1,500 for 14 days at 0.05% a day: 10.50 of interest, 1,510.50 due on 2026-06-17.
    const t = readSpec({
      pairs: [
        ['借款金额', '1500.00'],
        ['借款期限', '14天'],
        ['日利率', '0.05%'],
        ['利息', '10.50'],
        ['放款日期', '2026-06-03'],
        ['应还日期', '2026-06-17'],
        ['应还本息', '1510.50'],
      ],
      tables: [
        tableOf(
          [
            '序号',
            '本次还款金额',
            '应还款总金额',
            '已还款金额',
            '剩余应还款金额',
            '还款时间',
            '还款状态',
          ],
          [['1', '500.00', '1600.50', '500.00', '1100.50', '2026-06-21 10:13:05', '成功']],
        ),
      ],
    });
    expect(t.payments.map((p) => p.amount)).toEqual(['1510.50']);
  });
});

describe('rates written beside each other', () => {
  it('reads an annual rate in brackets with the basis it is counted on', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '￥100,000.00'],
        ['日利率', '0.02%（年化利率7.30%，按365天计）'],
        ['贷款周期', '60天'],
      ],
    });
    expect(t.statedRates.map((r) => [r.kind, r.value])).toContainEqual(['annual-simple', '0.073']);
  });

  it('reads a second rate under its own name after the first', () => {
    const t = readSpec({
      pairs: [
        ['订单金额', '6,999.00'],
        ['分期数', '12期'],
        ['分期手续费率', '0.5%/期 · 年化利率 10.90%'],
      ],
    });
    const rates = t.statedRates.map((r) => [r.kind, r.value]);
    expect(rates).toContainEqual(['fee-rate-monthly', '0.005']);
    expect(rates).toContainEqual(['annual-simple', '0.109']);
  });

  it('takes 总利率 for the whole term’s share, not a year’s rate', () => {
    // 12,000 at 0.75% a month on the original amount: 90 a month, 1,080 in all — 9% of it.
    const t = readSpec({
      pairs: [
        ['分期金额', '12,000.00'],
        ['分期数', '12期'],
        ['每期应还', '1,090.00'],
        ['总利率(单利)', '9.0000%'],
        ['月利率(单利)', '0.7500%'],
      ],
    });
    expect(t.statedRates.map((r) => r.label)).not.toContain('总利率(单利)');
  });
});

describe('a plan with a rate on each row', () => {
  const plan = {
    pairs: [
      ['分期金额', '3,000.00'],
      ['月利率(单利)', '0.7500%'],
    ] as [string, string][],
    tables: [
      tableOf(
        ['月', '还款日', '当月还款', '当月应还(含手续费)', '剩余本金', '实时年利率'],
        [
          ['1', '2026-07-25', '1000.00', '1022.50', '2000.00', '9.0000%'],
          ['2', '2026-08-25', '1000.00', '1022.50', '1000.00', '13.5000%'],
          ['3', '2026-09-25', '1000.00', '1022.50', '0.00', '27.0000%'],
        ],
      ),
    ],
  };

  it('is one loan’s periods, not a comparison of products', () => {
    const t = readTerms(rawOf(plan));
    expect(t?.payments.map((p) => p.amount)).toEqual(['1022.50', '1022.50', '1022.50']);
  });

  it('is not said to show no annual rate', () => {
    const t = readSpec(plan);
    expect(findingOf(t, 'apr-missing')).toBe('incomplete');
  });
});

describe('a shop checkout', () => {
  it('finances the 应付金额 that the plan repays with its first-period fee on top', () => {
    // 3,600 in 6 parts of 600, no interest; the 288.00 fee comes with the first: 888.00.
    const t = readSpec({
      pairs: [
        ['订单编号', 'LJ202608030193'],
        ['应付金额', '￥3,600.00'],
      ],
      text: ['先享后付 · 分6期 0利息', '下单日 2026-08-03。分期服务费288.00元于首期一次性收取。'],
      tables: [
        tableOf(
          ['期数', '还款日期', '应还金额', '分期服务费'],
          [
            ['第1期', '2026-09-03', '888.00', '288.00'],
            ['第2期', '2026-10-03', '600.00', '0.00'],
            ['第3期', '2026-11-03', '600.00', '0.00'],
            ['第4期', '2026-12-03', '600.00', '0.00'],
            ['第5期', '2027-01-03', '600.00', '0.00'],
            ['第6期', '2027-02-03', '600.00', '0.00'],
          ],
        ),
      ],
    });
    expect(t.principal).toBe('3600.00');
    expect(t.payments[0]?.amount).toBe('888.00');
    expect(t.contractDate).toBe('2026-08-03');
  });
});

describe('a cash loan whose fee holds the interest', () => {
  it('repays what the page says, the fee and its interest taken at payout', () => {
    // 2,000 for 14 days; 240 of fees (120 + 106 + 14 of interest) kept back: 1,760 paid out.
    const t = readSpec({
      pairs: [
        ['审核管理费', '120元'],
        ['借款管理费', '106元'],
        ['利息', '14元'],
        ['借款金额', '2000元'],
        ['借款期限', '14天'],
        ['手续费用', '240元 (审核管理费:120元,借款管理费:106元,利息:14元)'],
        ['到账金额', '1760元'],
      ],
      text: ['您需要 14天 后，还款 2000元'],
    });
    expect(t.payments.map((p) => p.amount)).toEqual(['2000.00']);
    expect(
      t.fees
        .filter((f) => f.when === 'upfront')
        .map((f) => f.amount)
        .sort(),
    ).toEqual(['106.00', '120.00', '14.00']);
  });
});
