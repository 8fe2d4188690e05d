/**
 * Record and application pages read by their own figures: a plan whose rows give the instalment
 * and its charge, periods in Chinese numerals after a title column, a loan list's one repayment,
 * fees under a heading that says they are paid before the money arrives, a term inside the method,
 * and an investor's yield that is no loan rate. Each figure is worked by hand beside it.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import { rawOf, readSpec } from '../support/raw';

describe('a plan whose rows give the instalment and its charge', () => {
  it('adds up the principal the rows leave after the charge', () => {
    // 3 rows of 608.00 含息费108.00: 500.00 principal each, 1,500.00 borrowed.
    const t = readSpec({
      text: [
        '1/3期',
        '2026-02-15',
        '608.00元',
        '含息费108.00元',
        '2/3期',
        '2026-03-15',
        '608.00元',
        '含息费108.00元',
        '逾期费21.89元',
        '3/3期',
        '2026-04-15',
        '608.00元',
        '含息费108.00元',
      ],
    });
    expect(t.principal).toBe('1500.00');
    expect(t.payments.map((p) => p.amount)).toEqual(['608.00', '608.00', '608.00']);
    // 108 on 1,500 is 7.2 %, a whole hundredth of a percent: a flat charge.
    expect(t.repaymentMethod).toBe('等本等息');
  });

  it('finds the period column after a title column, in Chinese numerals', () => {
    // 本期应还本息 − 利息 is each row's principal: 1,015.02 − 20.00 = 995.02 and
    // 1,015.02 − 10.05 = 1,004.97, so 1,999.99 was borrowed.
    const t = readSpec({
      tables: [
        {
          locator: 'table',
          finePrint: false,
          headers: [
            '标题',
            '第几期',
            '应还款日期',
            '实际还款日期',
            '本期应还本息',
            '利息',
            '逾期罚款',
          ],
          rows: [
            ['周转借款', '一', '2026-02-18', '2026-02-17', '￥1015.02', '￥20.00', '￥0.00'],
            ['周转借款', '二', '2026-03-18', '', '￥1015.02', '￥10.05', '￥0.00'],
          ],
        },
      ],
    });
    expect(t.principal).toBe('1999.99');
    expect(t.payments.map((p) => [p.dueDate, p.amount])).toEqual([
      ['2026-02-18', '1015.02'],
      ['2026-03-18', '1015.02'],
    ]);
  });
});

describe('a loan list’s one repayment', () => {
  it('is repaid at the end of the months from its loan date to its due date', () => {
    // 20,000 at 12 % for 3 months: 20,000 + 600 = 20,600 (89 days would be 585.21 of interest).
    const t = readSpec({
      tables: [
        {
          locator: 'table',
          finePrint: false,
          headers: ['编号', '借款金额', '年化利率', '借款时间', '应还时间', '应还金额'],
          rows: [['1027', '20000.00', '12.00 %', '2026-02-10', '2026-05-10', '20600.00']],
        },
      ],
      pairs: [
        ['借款金额', '20000.00'],
        ['年化利率', '12.00 %'],
        ['借款时间', '2026-02-10'],
        ['应还时间', '2026-05-10'],
        ['应还金额', '20600.00'],
      ],
    });
    expect([t.termMonths, t.termDays, t.repaymentMethod]).toEqual([3, null, '到期一次性还本付息']);
    expect(t.payments.map((p) => [p.dueDate, p.amount])).toEqual([['2026-05-10', '20600.00']]);
  });
});

describe('a bank loan receipt', () => {
  it('counts a year of 360 days when its interest says so', () => {
    // 800,000 × 3.65 % × 90 / 360 = 7,300.00 (a 365-day year would give 7,200.00).
    const t = readSpec({
      pairs: [
        ['借据金额', '¥ 800,000.00'],
        ['发放日', '2026-03-16'],
        ['到期日', '2026-06-14'],
        ['利率', '3.65％'],
      ],
      text: ['本笔到期应还利息 ¥ 7,300.00。'],
    });
    expect([t.principal, t.termDays]).toEqual(['800000.00', 90]);
    expect(t.payments.map((p) => [p.dueDate, p.amount])).toEqual([['2026-06-14', '807300.00']]);
  });
});

describe('an approval page', () => {
  it('reads the approved amount, the term in the method and fees paid before the money arrives', () => {
    const t = readSpec({
      pairs: [
        ['您获批的贷款金额', '200000元'],
        ['担保费', '6000元'],
        ['居间费', '10000元'],
        ['还款方式', '等额本息12个月'],
        ['年利率', '9.6%'],
      ],
      lead: ['放款前您要支付'],
    });
    expect([t.principal, t.termMonths, t.received]).toEqual(['200000.00', 12, '184000.00']);
  });
});

describe('an investor’s yield', () => {
  it('is no loan rate', () => {
    const t = readTerms(
      rawOf({
        pairs: [
          ['项目金额', '2000000元'],
          ['理财期限', '30天'],
          ['预期年化收益率', '8%'],
        ],
      }),
    );
    expect(t?.statedRates ?? []).toEqual([]);
  });
});

describe('a plan written as cards of labelled fields', () => {
  const card = (
    date: string,
    n: number,
    principal: string,
    interest: string,
  ): [string, string][] => [
    ['还款时间', date],
    ['期数', String(n)],
    ['还款金额', '916.8 元'],
    ['本金金额', `${principal} 元`],
    ['利息金额', `${interest} 元`],
  ];
  it('reads one row per card, and no card field as the loan’s amount or term', () => {
    // 10,000 at 1.5 % a month: 150.00 of interest in month 1, (10,000 − 766.80) × 1.5 % = 138.50.
    const t = readSpec({
      pairs: [
        ['总提款金额', '10,000.00 元'],
        ['总利息金额', '416.82 元'],
        ...card('2026-07-10', 1, '766.80', '150.00'),
        ...card('2026-08-10', 2, '778.30', '138.50'),
        ...card('2026-09-10', 3, '789.98', '126.82'),
      ],
    });
    expect(t.principal).toBe('10000.00');
    expect(t.payments.map((p) => [p.dueDate, p.amount])).toEqual([
      ['2026-07-10', '916.80'],
      ['2026-08-10', '916.80'],
      ['2026-09-10', '916.80'],
    ]);
    expect(
      t.reading?.rejected.some((r) => r.reason === 'plan-row' && r.value === '766.80 元'),
    ).toBe(true);
  });

  it('are no plan when a card carries a charge beside its amount', () => {
    const t = readTerms(
      rawOf({
        pairs: [
          ['应还款', '¥545.00'],
          ['服务包', '¥25.00'],
          ['还款时间', '2026.01.07'],
          ['应还款', '¥545.00'],
          ['服务包', '¥25.00'],
          ['还款时间', '2026.02.08'],
        ],
      }),
    );
    expect(t?.payments ?? []).toEqual([]);
  });
});

describe('instalments stated by ranges of periods', () => {
  it('are a plan when the ranges run from period 1 without a gap', () => {
    const t = readSpec({
      pairs: [
        ['贷款金额', '20000.00元'],
        ['分期期数', '24期(含宽限期3期)'],
        ['宽限期每期应还', '第1-3期：280.00元'],
        ['宽限期后每期应还', '第4-23期：1158.42元；第24期：1158.31元'],
      ],
    });
    expect(t.payments.map((p) => p.amount)).toEqual([
      ...Array<string>(3).fill('280.00'),
      ...Array<string>(20).fill('1158.42'),
      '1158.31',
    ]);
  });
});

describe('a withdrawal of one’s own balance', () => {
  it('is no loan: an amount field left empty is not a loan on its own', () => {
    expect(
      readTerms(rawOf({ pairs: [['提现金额', '¥']], text: ['提现手续费+税点=6%'] })),
    ).toBeNull();
  });
});

describe('a product page whose only loan is its worked example', () => {
  const page = (extra: string[]) =>
    rawOf({
      pairs: [['贷款金额', '3 - 30万元']],
      text: [
        ...extra,
        '年利率4.35%～7.20%，以借款30万元、期限12个月、先息后本为例：执行年利率5.22%（月利率0.435%），每月付息1,305.00元。',
      ],
    });
  it('reads the example as the loan: 300,000 × 0.435 % = 1,305.00 a month, the principal at the end', () => {
    const t = readTerms(page(['立即申请']));
    expect([t?.principal, t?.termMonths, t?.repaymentMethod]).toEqual([
      '300000.00',
      12,
      '先息后本',
    ]);
    expect(t?.payments.map((p) => p.amount).slice(-2)).toEqual(['1305.00', '301305.00']);
    expect(t?.statedRates.find((r) => r.primary)?.value).toBe('0.0522');
    // The range is a range, and its low end no rate of this loan.
    expect(t?.statedRates.find((r) => r.value === '0.0435')?.context).toBe('range');
  });
  it('reads nothing on a page with no button to apply (a help page, an article)', () => {
    expect(readTerms(page([]))).toBeNull();
  });
});

describe('an instalment times its periods', () => {
  it('gives the term: 月供 ¥364.80 * 18期', () => {
    const t = readSpec({
      pairs: [
        ['贷款金额', '¥5400'],
        ['月供', '¥364.80'],
      ],
      text: ['*', '18期'],
    });
    expect([t.termMonths, t.payments.length]).toEqual([18, 18]);
  });
});

describe('a private lending record in an admin form', () => {
  it('reads 欠款金额, a rate with no sign, the lender with an id, and the days between the dates', () => {
    // 20,000 × 14.8 % × 184 / 365 = 1,492.16.
    const t = readSpec({
      pairs: [
        ['出借人', '韩立诚 (id:30217)'],
        ['借款方', '宋雨桐 (id:30588)'],
        ['欠款金额', '20000.00'],
        ['年化利率', '14.8'],
        ['起始日期', '2026-03-01'],
        ['还款日期', '2026-09-01'],
        ['利息', '1492.16'],
        ['本息', '21492.16'],
      ],
    });
    expect([t.principal, t.lenderType, t.lender.name]).toEqual(['20000.00', 'private', '韩立诚']);
    expect(t.statedRates.map((r) => [r.kind, r.value])).toEqual([['annual-simple', '0.148']]);
    expect(t.payments.map((p) => [p.dueDate, p.amount])).toEqual([['2026-09-01', '21492.16']]);
  });
});

describe('an approval written in prose', () => {
  it('is the loan where its instalment agrees: 200,000 at 0.5 % a month over 12 = 17,213.29', () => {
    const t = readSpec({
      text: [
        '审批结果：审批额度20万元，借款期限12个月，还款方式为等额本息，执行年利率6.00%（月利率0.5%），每月还款17,213.29元。',
      ],
    });
    expect([t.principal, t.termMonths]).toEqual(['200000.00', 12]);
  });
});

describe('a plan drawn as a grid of runs', () => {
  it('reads the header runs as the table’s header and each date’s runs as a row', () => {
    const t = readSpec({
      text: [
        '还款日期',
        '本金',
        '利息',
        '应还本息',
        '2026-07-15',
        '981.41',
        '45.00',
        '1026.41',
        '2026-08-15',
        '988.77',
        '37.64',
        '1026.41',
      ],
    });
    // The principal is the rows' own: 981.41 + 988.77.
    expect(t.principal).toBe('1970.18');
    expect(t.payments.map((p) => [p.dueDate, p.amount])).toEqual([
      ['2026-07-15', '1026.41'],
      ['2026-08-15', '1026.41'],
    ]);
  });
});

describe('a loan receipt that shows only the current instalment', () => {
  it('takes 本期应还 as the instalment, 起止日期 as the loan’s dates and no bank from a card number', () => {
    const t = readSpec({
      pairs: [
        ['本期应还', '￥1,799.51'],
        ['借款金额：', '20,000.00'],
        ['起止日期：', '2026-03-12 - 2027-03-12'],
        ['首个还款日：', '2026-04-12'],
        ['借款期限：', '12个月'],
        ['提款卡号：', '6217…(建设银行)'],
      ],
    });
    expect([t.disbursementDate, t.lender.name]).toEqual(['2026-03-12', null]);
    expect(t.payments.map((p) => [p.dueDate, p.amount]).slice(0, 2)).toEqual([
      ['2026-04-12', '1799.51'],
      ['2026-05-12', '1799.51'],
    ]);
  });
});

describe('an overdue order that shows each row’s 应还本息', () => {
  it('takes it as the instalment when n of them repay the loan: 12 × 733.44 on 8,000', () => {
    const t = readSpec({
      pairs: [
        ['交易时间', '2026-01-08 10:21:37'],
        ['分期期数', '12期'],
        ['分期金额（元）', '￥8000.00'],
        ['应还本息', '733.44元'],
      ],
    });
    expect(t.disbursementDate).toBe('2026-01-08');
    expect(t.payments.length).toBe(12);
    expect(t.payments[0]).toMatchObject({ dueDate: '2026-02-08', amount: '733.44' });
  });
});

describe('a table of options with a radio in each row', () => {
  it('gives the chosen row’s rates as the loan’s and the others’ as options not taken', () => {
    const radio = (label: string, checked: boolean) => ({
      kind: 'radio' as const,
      checked,
      label,
      locator: `#p${label}`,
    });
    const t = readSpec({
      pairs: [
        ['分期金额', '111,860.00元'],
        ['每期应还', '3,275.01元'],
      ],
      controls: [radio('24期', false), radio('36期', true), radio('48期', false)],
      tables: [
        {
          locator: 'table',
          finePrint: false,
          headers: ['分期期数', '月手续费率', '每期应还（元）', '年化利率（单利）'],
          rows: [
            ['24期', '0.20%', '4,884.55', '4.54%'],
            ['36期', '0.15%', '3,275.01', '3.45%'],
            ['48期', '0.14%', '2,487.02', '3.22%'],
          ],
        },
      ],
    });
    const rates = t.statedRates.map((r) => `${r.value}|${r.context ?? ''}`).sort();
    expect(rates).toEqual([
      '0.0014|other-option',
      '0.0015|',
      '0.002|other-option',
      '0.0322|other-option',
      '0.0345|',
      '0.0454|other-option',
    ]);
  });
});

describe('a marketing minimum in prose', () => {
  it('is a stated rate in context: "年利率低至5.2%" beside the loan’s own 7.2 %', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '100,000.00元'],
        ['借款期限', '12个月'],
        ['年利率', '7.2%'],
      ],
      text: ['期限灵活：可选6个月、12个月；年利率低至5.2%，最高可借30万元。'],
    });
    expect(t.statedRates.map((r) => [r.value, r.context ?? null])).toEqual([
      ['0.072', null],
      ['0.052', 'marketing-minimum'],
    ]);
  });
});
