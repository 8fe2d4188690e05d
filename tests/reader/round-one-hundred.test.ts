/**
 * Round one hundred's patterns (pages 4092–4159): loans opened in a drawer or dialog over a list,
 * card instalments paid into a debit card, overdue bills.
 */
import { describe, expect, it } from 'vitest';

import { readTerms } from '@/lib/reader';
import { chromiumPage } from '../support/chromium-page';
import { readPatternPage } from '../support/read-pattern-page';
import { amountsOf, rawOf, readSpec, tableOf } from '../support/raw';

const planRows = (n: number): string[][] => [
  ...Array.from({ length: n }, (_, i) => [
    String(i + 1),
    `2026-${String(i + 3).padStart(2, '0')}-10`,
    '1,000.00',
    '60.00',
    '1,060.00',
  ]),
  ['合计', '', `${String(n)},000.00`, `${String(n * 60)}.00`, `${String(n * 1060)}.00`],
];

describe('a record opened over a list of them', () => {
  const list = tableOf(
    ['订单编号', '借款人', '借款金额(元)', '期数', '放款日期', '状态'],
    [
      ['JH0318', '韩**', '6,000.00', '6期', '2026-02-10', '还款中'],
      ['JH0452', '邵**', '12,000.00', '6期', '2026-02-11', '还款中'],
      ['JH0127', '温**', '50,000.00', '24期', '2026-02-09', '已结清'],
    ],
    'body > table:nth-of-type(1)',
  );
  const plan = tableOf(
    ['期次', '应还日期', '应还本金', '应还利息', '应还合计'],
    planRows(6),
    'body > div.drawer > table',
  );
  const opened: [string, string][] = [
    ['借款人', '韩**（身份证 3502**********1026）'],
    ['借款金额', '6,000.00元'],
    ['借款期限', '6期'],
    ['放款日期', '2026-02-10'],
  ];

  it('reads the loan a drawer opens over an order list, its plan closed by a 合计 row', () => {
    const t = readSpec({ pairs: opened, tables: [list, plan] });
    expect(t.principal).toBe('6000.00');
    expect(amountsOf(t)).toEqual(Array<string>(6).fill('1060.00'));
  });

  it('still reads no loan from the list alone, or with no plan of the opened one', () => {
    expect(readTerms(rawOf({ tables: [list] }))).toBeNull();
    expect(readTerms(rawOf({ pairs: opened, tables: [list] }))).toBeNull();
  });
});

describe('overdue charges', () => {
  it('reads "另计罚息8.38元" beside a daily 罚息 rate as what that rate has run up', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '6,000.00元'],
        ['借款期限', '6期'],
        ['还款方式', '等本等息'],
        ['月利率', '0.8%'],
      ],
      text: [
        '第4/6期 已逾期8天 1,048.00 另计罚息8.38元、逾期管理费30.00元',
        '逾期期间按逾期未还金额每日0.1%收取罚息；每笔逾期账单一次性收取逾期管理费30.00元。',
      ],
    });
    const overdue = t.fees.filter((f) => f.when === 'overdue');
    expect(overdue.map((f) => `${f.name}|${f.rate ?? f.amount ?? ''}`)).toEqual([
      '罚息|0.001',
      '逾期管理费|30.00',
    ]);
  });
});

describe('card instalments paid into a debit card', () => {
  const base: [string, string][] = [
    ['分期金额', '20,000.00元'],
    ['分期期数', '24期'],
    ['每期手续费率', '0.55%'],
  ];

  it('reads 资金划入日期 as the day the loan is paid out', () => {
    const t = readSpec({ pairs: [...base, ['资金划入日期', '2026-04-16']] });
    expect(t.disbursementDate).toBe('2026-04-16');
  });

  it('reads a fee "放款时从分期金额中一次性扣收" as taken at payout, not billed with the first period', () => {
    const t = readSpec({
      pairs: [
        ...base,
        ['手续费收取方式', '放款时从分期金额中一次性扣收全部手续费'],
        ['分期手续费', '2,640.00元（0.55% × 24期 × 20,000.00元）'],
        ['实际到账金额', '17,360.00元'],
      ],
    });
    expect(t.fees.filter((f) => f.when === 'upfront').map((f) => f.amount)).toEqual(['2640.00']);
    expect(t.fees.filter((f) => f.when === 'once')).toEqual([]);
    expect(t.received).toBe('17360.00');
  });
});

describe('a checkout’s instalment picker', () => {
  const option = (label: string, checked: boolean) => ({
    kind: 'radio' as const,
    checked,
    label,
    locator: `#pick > label:nth-of-type(${label.slice(0, 2)})`,
  });
  const picker = {
    text: [
      '一次付清',
      '全款',
      '¥4,800.00',
      '3期',
      '¥1,628.80',
      '合计：¥4,886.40',
      '6期',
      '¥838.40',
    ],
    pairs: [
      ['全款', '¥4,800.00'],
      ['合计', '¥5,030.40'],
    ] as [string, string][],
    controls: [
      option('一次付清 全款 ¥4,800.00', false),
      option('3期 ¥1,628.80 合计：¥4,886.40', false),
      option('6期 ¥838.40 合计：¥5,030.40', true),
    ],
  };

  it('reads the chosen "6期 ¥838.40 合计：¥5,030.40" against the pay-in-full price', () => {
    const t = readSpec(picker);
    expect(t.principal).toBe('4800.00');
    expect(amountsOf(t)).toEqual(Array<string>(6).fill('838.40'));
  });
});

describe('quotes, forms and ledgers', () => {
  it('reads a quote form’s "我想借 ¥9000 · 分 1.5 年 · 每月还款 ¥550"', () => {
    const t = readSpec({
      pairs: [
        ['我想借', '¥9000'],
        ['分', '1.5 年'],
        ['借款利率', '10%'],
        ['每月还款', '¥550'],
      ],
    });
    expect(t.principal).toBe('9000.00');
    expect(t.termMonths).toBe(18);
    expect(amountsOf(t)).toEqual(Array<string>(18).fill('550.00'));
  });

  it('reads "每月扣回本金1,000.00元及利息60.00元，共1,060.00元，10个月扣清" as the instalment and term', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '(大写)￥壹万元整'],
        ['借款利息', '月息0.6%(按借款本金计收,折合年息7.2%)'],
        ['还款方式', '工资扣回:每月扣回本金1,000.00元及利息60.00元,共1,060.00元,10个月扣清'],
      ],
    });
    expect(t.principal).toBe('10000.00');
    expect(amountsOf(t)).toEqual(Array<string>(10).fill('1060.00'));
  });

  it('reads a union loan’s "每月工资代扣2,000.00元", 实际拨付金额 and 拨付日期', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '20,000.00元'],
        ['借款期限', '10个月'],
        ['还款方式', '每月工资代扣2,000.00元'],
        ['借款年利率', '0.00%(免息)'],
        ['实际拨付金额', '19,400.00元'],
        ['拨付日期', '2026-06-22'],
      ],
    });
    expect(amountsOf(t)).toEqual(Array<string>(10).fill('2000.00'));
    expect(t.received).toBe('19400.00');
    expect(t.disbursementDate).toBe('2026-06-22');
  });

  it('reads the day written before 放款 in a plan’s note: "2026-02-10 放款"', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '9,000.00元'],
        ['每月还款', '794.60元'],
        ['借款期限', '12期'],
      ],
      text: [
        '本笔分期由青禾消费金融有限公司发放，借款本金 9,000.00 元，2026-02-10 放款，分 12 期。',
      ],
    });
    expect(t.disbursementDate).toBe('2026-02-10');
  });
});

describe('days a page writes that are not the day paid out', () => {
  const plan: [string, string][] = [
    ['借款金额', '10,000.00元'],
    ['借款期限', '12期'],
    ['每月还款', '954.52元'],
  ];

  it('takes no day a plan’s estimate assumes: "本计划按2026-07-12放款测算"', () => {
    const t = readSpec({ pairs: plan, text: ['本计划按2026-07-12放款测算，实际以放款日为准。'] });
    expect(t.disbursementDate).toBeNull();
  });

  it('takes no day the original loan of a restructure was made', () => {
    const t = readSpec({
      pairs: [
        ['原借款', '15,000.00元，2025-09-28放款，逾期87天'],
        ...plan,
        ['协议签署日期', '2026-03-28'],
      ],
    });
    expect(t.disbursementDate).toBe('2026-03-28');
  });
});

describe('who lends, and what a late payment costs', () => {
  it('names no lender from the borrower’s card "招商银行【6217】"', () => {
    const t = readSpec({
      text: ['招商银行【6217】', '原借款 汐川消费金融有限公司 · 8,000.00元'],
      pairs: [
        ['协商本金', '6,000.00元'],
        ['分期期数', '6期（等额本息）'],
        ['年化利率', '6.00%'],
      ],
    });
    expect(t.lender.name).not.toBe('招商银行');
  });

  it('reads "催收服务费：逾期超过15天的，一次性收取50元" as a one-off charge of 50 yuan', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '12,000.00元'],
        ['借款期限', '12期'],
        ['年利率', '14.40%'],
        ['还款方式', '等额本息'],
      ],
      text: ['催收服务费：逾期超过15天的，一次性收取50元'],
    });
    expect(
      t.fees.filter((f) => f.when === 'overdue').map((f) => `${f.name}|${f.amount ?? ''}`),
    ).toEqual(['催收服务费|50.00']);
  });
});

describe('pages read by the real scanner', () => {
  const chromium = chromiumPage();

  it('reads a release dialog opened over the applications list, dates moved off weekends (page 4153)', async () => {
    const t = await readPatternPage(chromium.page, 4153, '支票号');
    expect(t?.principal).toBe('15000.00');
    expect(t?.payments.map((p) => p.dueDate)).toEqual([
      '2026-07-10',
      '2026-08-12',
      '2026-09-11',
      '2026-10-12',
      '2026-11-12',
      '2026-12-11',
    ]);
  });

  it('takes no figure inside an option for the amount lent (page 4116)', async () => {
    // MUI radios drawn by script: "¥838.40", the chosen option's own instalment, once read as
    // the amount lent gave 1,180 %.
    const t = await readPatternPage(chromium.page, 4116, '合计：¥5,030.40');
    expect(t?.principal).toBe('4800.00');
    expect(t && amountsOf(t)).toEqual(Array<string>(6).fill('838.40'));
  });

  it('reads no loan from a payroll ledger of several employees’ advances (page 4134)', async () => {
    // Its 员工姓名 column names six people, each row an advance of their own.
    expect(await readPatternPage(chromium.page, 4134, '韦思齐')).toBeNull();
  });

  it('keeps the due dates of a plan the scanner also read as a table without them (page 4117)', async () => {
    const t = await readPatternPage(chromium.page, 4117, '总计：9,535.14');
    expect(t?.payments[0]).toMatchObject({ dueDate: '2026-03-10', amount: '794.60' });
    expect(t?.disbursementDate).toBe('2026-02-10');
  });
});
