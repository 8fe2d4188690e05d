/**
 * Round forty-one's patterns, from React Native web builds, Element UI credit back offices and
 * marketing-heavy lending pages: a plan whose fixed columns are drawn as a second table laid over
 * it; a table of the loan's fees, one a row; a salary advance whose worked example lends more than
 * the plan repays; a platform's cumulative statistics; product cards each with its own floor rate.
 * Each expected figure is worked by hand beside it.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import { rawOf, readSpec, tableOf } from '../support/raw';

describe('a plan whose fixed columns are a second table laid over it', () => {
  // 36,000 over 12 months at 9.6 % a year: 3,158.28 a month, plus 0.9 % of 36,000 = 324.00.
  const amounts = [
    ['', '', '2870.28', '288.00', '324.00', '3482.28', '33129.72', ''],
    ['', '', '2893.24', '265.04', '324.00', '3482.28', '30236.48', ''],
    ['', '', '2916.39', '241.89', '324.00', '3482.28', '27320.09', ''],
  ];
  const fixed = [
    ['1', '2026-04-16', '', '', '', '', '', ''],
    ['2', '2026-05-16', '', '', '', '', '', ''],
    ['3', '2026-06-16', '', '', '', '', '', ''],
  ];
  it('reads each column from the copy that fills it', () => {
    const t = readSpec({
      pairs: [
        ['合同金额', '36000.00'],
        ['借款期限', '3个月'],
      ],
      tables: [
        tableOf(
          ['', '', '应还本金', '应还利息', '平台服务费', '应还总额', '剩余本金', ''],
          amounts,
        ),
        tableOf(['期数', '应还日期', '', '', '', '', '', ''], fixed, 'body > div.fixed > table'),
      ],
    });
    expect(t.payments.map((p) => [p.dueDate, p.amount])).toEqual([
      ['2026-04-16', '3482.28'],
      ['2026-05-16', '3482.28'],
      ['2026-06-16', '3482.28'],
    ]);
  });
});

describe('a table of the loan’s fees', () => {
  const fees = (how: string): ReturnType<typeof tableOf> =>
    tableOf(
      ['费用名称', '收取方式', '计费基数', '月服务费率', '每期金额', '收取期数', '合计'],
      [['平台服务费', how, '合同金额', '0.90%', '324.00', '12期', '3888.00']],
    );
  const loan: [string, string][] = [
    ['合同金额', '36000.00'],
    ['借款期限', '12个月'],
    ['产品利率', '9.6000%'],
    ['还款方式', '等额本息'],
  ];

  it('charges a fee taken with each instalment every period', () => {
    const t = readSpec({ pairs: loan, tables: [fees('按月收取（随每期还款）')] });
    expect(t.fees.find((f) => f.name === '平台服务费')).toMatchObject({
      when: 'periodic',
      amount: '324.00',
    });
  });

  it('reads no fee whose way of charging says nothing of when', () => {
    const t = readSpec({ pairs: loan, tables: [fees('详见合同')] });
    expect(t.fees.some((f) => f.name === '平台服务费')).toBe(false);
  });
});

describe('a salary advance under a worked example', () => {
  const page = (amountLabel: string): ReturnType<typeof rawOf> =>
    rawOf({
      text: [
        '算一算：借1万日息仅5元——按日利率0.05%计，借10,000元用一天的利息为5元，用30天为150元。',
      ],
      pairs: [
        [amountLabel, '5,000.00元'],
        ['借款天数', '30天'],
        ['日利率', '0.05%'],
        ['放款日', '2026-06-15'],
        ['到期日', '2026-07-15'],
        ['到期应还', '5,075.00元'],
      ],
    });

  it('reads the advance the plan states (预支金额), not the example', () => {
    // 5,000 for 30 days at 0.05 % a day: 75.00 of interest.
    expect(readTerms(page('预支金额'))?.payments.map((p) => p.amount)).toEqual(['5075.00']);
  });

  it('doubts an example that lends more than the page’s own 到期应还 repays', () => {
    const t = readTerms(page('方案金额'));
    expect(t?.reading?.doubt?.code).toBe('figures-disagree');
  });
});

describe('a lending platform’s landing page', () => {
  it('reads no cumulative statistic as an amount paid out', () => {
    const t = readTerms(
      rawOf({
        pairs: [
          ['累计放款金额', '1,286.40亿'],
          ['借款期限', '12个月'],
        ],
      }),
    );
    expect(t?.received ?? null).toBeNull();
    expect(t?.principal ?? null).toBeNull();
  });

  it('is a comparison of products when each card has its own floor rate', () => {
    const card = (rate: string, term: string): [string, string][] => [
      ['参考利率', rate],
      ['借款期限', term],
    ];
    const raw = rawOf({
      pairs: [
        ...card('年化利率12%起', '12期'),
        ...card('日息0.03%起', '7-30天'),
        ...card('年化利率7.2%起', '6-36期'),
      ],
      text: ['举例：借1万元分12期，按年化7.2%（单利）、等额本息计算，每月约还866.19元。'],
    });
    expect(readTerms(raw)).toBeNull();
  });
});

describe('fees on an instalment app', () => {
  it('takes a fee collected on the day of signing at the start', () => {
    const t = readSpec({
      pairs: [
        ['分期金额', '24,000.00元'],
        ['分期期数', '12期'],
        ['月利率', '0.75%'],
        ['还款方式', '等额本金'],
        ['手续费', '360.00元 签约当日收取'],
      ],
    });
    expect(t.fees.find((f) => f.name === '手续费')?.when).toBe('upfront');
  });

  it('names a fee without the arrow that folds its details', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '¥2,000.00'],
        ['借款期限', '7天'],
        ['日利率', '0.1%'],
        ['审核费 ▾', '¥160.00'],
      ],
      text: ['审核费在放款时从借款金额中扣除'],
    });
    expect(t.fees.map((f) => f.name)).toContain('审核费');
  });
});
