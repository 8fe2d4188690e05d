/**
 * Round eighty-five (助贷 loans with a guarantor's fee): a total written as its parts is the loan's
 * whole, not an instalment; a product sheet's own 还款示例 is the loan it offers; a rate's note in
 * brackets keeps its comma; a product sheet's 【headed】 lines are items of their own.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import { rawOf, readSpec } from '../support/raw';

const BULLET = [
  '1.1借款本金：人民币20,000.00元（大写：贰万元整）。',
  '1.2借款期限：6个月，自2026年2月10日起至2026年8月10日止。',
  '1.3借款利率：月利率0.9%，折合年利率10.8%（单利），利息 = 借款本金 × 月利率 × 借款月数，共计1,080.00元。',
  '1.4还款方式：到期一次性还本付息，甲方应于2026年8月10日一次性归还借款本金及利息。',
  '2.2甲方应向丙方支付担保费，担保费按借款本金每月0.6%计算，共计720.00元，于到期日与借款本息一并支付。',
];
const TOTAL =
  '2.3甲方到期应还总额 = 借款本金20,000.00元 + 利息1,080.00元 + 担保费720.00元 = 21,800.00元。';

describe('a total written as its parts', () => {
  it('charges its fee once, with the payment the clause names', () => {
    const t = readSpec({ text: [...BULLET, TOTAL] });
    expect(t.fees.filter((f) => f.name === '担保费').map((f) => [f.when, f.amount])).toEqual([
      ['once', '720.00'],
    ]);
    expect(t.payments.map((p) => p.amount)).toEqual(['21800.00']);
  });

  it('is not an instalment: each instalment written as its parts still holds a periodic fee', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '12,000.00元'],
        ['借款期限', '12期'],
      ],
      text: ['每期应还 = 本金1,000.00元 + 利息54.00元 + 服务费9.60元 = 1,063.60元'],
    });
    expect(t.fees.filter((f) => f.name === '服务费').map((f) => [f.when, f.amount])).toEqual([
      ['periodic', '9.60'],
    ]);
  });
});

const SHEET = [
  '云杉银行·助业贷（担保增信）',
  '贷款机构：云杉银行股份有限公司',
  '借款额度：5万元-30万元',
  '借款期限：12期、24期、36期',
  '【还款示例】借款金额100,000元，期限24期，等额本息，贷款年利率7.20%，月担保费率0.10%：第1-23期每期应还本息4,486.33元 + 担保费100.00元 = 4,586.33元；',
];

describe("a product sheet's 还款示例", () => {
  it('is the loan the sheet offers, with no button to apply', () => {
    const t = readSpec({ text: SHEET });
    expect([t.principal, t.termMonths, t.repaymentMethod]).toEqual(['100000.00', 24, '等额本息']);
  });

  it('is not an article\'s illustration ("例如借款…")', () => {
    const t = readTerms(
      rawOf({
        text: [
          '什么是等额本息？',
          '例如借款金额100,000元，期限24期，等额本息，年利率7.20%，每期应还4,486.33元。',
        ],
      }),
    );
    expect(t).toBeNull();
  });
});

describe("a rate's note in brackets", () => {
  it('keeps its comma inside the label', () => {
    const t = readSpec({ text: [...SHEET, '综合年化成本（IRR，含担保费）9.39%'] });
    expect(t.statedRates.map((r) => [r.label, r.value])).toContainEqual([
      '综合年化成本（IRR，含担保费）',
      '0.0939',
    ]);
  });
});

describe("a product sheet's 【headed】 lines in one element", () => {
  it('are items of their own: a rate is not read into the overdue clause on the next line', () => {
    const raw = rawOf({
      text: [
        ...SHEET,
        '综合年化成本（IRR，含担保费）9.39%',
        '【逾期说明】逾期罚息利率为贷款年利率上浮50%，按逾期本金及利息按日计收；',
      ],
    });
    // The sheet's lines are <br>-separated runs of one element.
    for (const b of raw.blocks.slice(4)) b.locator = '#content > div.info_text';
    const t = readTerms(raw);
    expect(t?.statedRates.map((r) => r.value)).toContain('0.0939');
  });
});

describe('a second rate laid out after a labelled one in its cell', () => {
  it('is read under its own name ("月利率 | 0.80% <em>年化利率（单利） 9.60%</em>")', () => {
    const raw = rawOf({
      pairs: [
        ['借款金额', '30,000.00元'],
        ['借款期限', '12个月'],
        ['还款方式', '等额本金'],
        ['月利率', '0.80%'],
      ],
      text: ['年化利率（单利） 9.60%'],
    });
    const value = raw.blocks.findIndex((b) => b.text === '0.80%');
    const cell = 'table > tbody > tr:nth-of-type(4) > td:nth-of-type(2)';
    raw.blocks.forEach((b, i) => {
      if (i === value) b.locator = cell;
      if (i === value + 1) b.locator = `${cell} > em`;
    });
    const t = readTerms(raw);
    expect(t?.statedRates.map((r) => [r.kind, r.value])).toEqual(
      expect.arrayContaining([
        ['monthly', '0.008'],
        ['annual-simple', '0.096'],
      ]),
    );
  });
});

describe('a second rate in the value itself', () => {
  it('is read under its own name, a space and a note apart ("0.80% 年化利率（单利） 9.60%")', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '30,000.00元'],
        ['借款期限', '12个月'],
        ['月利率', '0.80% 年化利率（单利） 9.60%'],
      ],
    });
    expect(t.statedRates.map((r) => [r.kind, r.value])).toEqual(
      expect.arrayContaining([
        ['monthly', '0.008'],
        ['annual-simple', '0.096'],
      ]),
    );
  });
});

describe("a fee rate just after an amount's unit", () => {
  it('is labelled without the unit ("1,800.00 元 | 担保费率0.50%/月")', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '30,000.00元'],
        ['借款期限', '12个月'],
        ['月利率', '0.80%'],
      ],
      text: ['融资担保费 1,800.00 元担保费率0.50%/月×12个月，放款时一次性收取'],
    });
    expect(t.statedRates.map((r) => r.label)).toContain('担保费率');
  });
});
