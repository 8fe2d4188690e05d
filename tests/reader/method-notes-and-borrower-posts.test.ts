/**
 * Round eighty's article pages, read by pattern: a rate whose note names the IRR method it was
 * worked by, a card instalment's 分期入账日, a worked example that opens with the day the money was
 * paid out, and the app a borrower names in a post or under a loan's card.
 */
import { describe, expect, it } from 'vitest';
import { readSpec } from '../support/raw';

const CARD: [string, string][] = [
  ['分期金额', '150,000.00元'],
  ['分期期数', '36期'],
  ['每期手续费率', '0.25%'],
];

describe('a rate whose note names the IRR method', () => {
  it('is an IRR rate though its label says only 年化利率', () => {
    const t = readSpec({
      pairs: [...CARD, ['年化利率', '5.68%（原文：“按照IRR方法计算的年化利率为5.68%”）']],
      text: [],
    });
    const annual = t.statedRates.find((r) => r.value === '0.0568');
    expect(annual?.kind).toBe('annual-irr');
  });

  it('stays simple where the note says it is not the IRR', () => {
    const t = readSpec({
      pairs: [...CARD, ['年化利率', '3.00%（单利，并非IRR）']],
      text: [],
    });
    expect(t.statedRates.find((r) => r.value === '0.03')?.kind).toBe('annual-simple');
  });
});

describe('the day the money was paid out', () => {
  it('is a card instalment’s 分期入账日', () => {
    const t = readSpec({ pairs: [...CARD, ['分期入账日', '2026-04-25']], text: [] });
    expect(t.disbursementDate).toBe('2026-04-25');
  });

  it('opens a worked example’s clause that pays the sum out', () => {
    const t = readSpec({
      pairs: [
        ['贷款金额', '120,000.00元'],
        ['贷款期限', '24个月'],
        ['还款方式', '等额本金'],
      ],
      text: [
        '假设2026年6月20日他通过手机银行申请岚e贷，获批并放款120,000元，期限24个月，执行年利率4.20%。',
      ],
    });
    expect(t.disbursementDate).toBe('2026-06-20');
  });

  it('is not a day on which something is repaid', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '120,000.00元'],
        ['借款期限', '24个月'],
      ],
      text: ['2026年6月20日还款后，放款120,000元的那笔贷款只剩一期。'],
    });
    expect(t.disbursementDate).toBeNull();
  });
});

describe('the app a borrower borrowed on', () => {
  const LOAN: [string, string][] = [
    ['借款金额', '5,000.00元'],
    ['借款期限', '90天'],
    ['日利率', '0.05%'],
  ];

  it('is the name a loan’s number is kept under', () => {
    const t = readSpec({ pairs: [...LOAN], text: ['速米借 · 借款编号 SM2026050600731'] });
    expect([t.lender.type, t.lender.name]).toEqual(['platform-unspecified', '速米借']);
  });

  it('is the app in quotes a post says the money was borrowed on', () => {
    const t = readSpec({
      pairs: [...LOAN],
      text: ['上周手头紧，在“速米借”上借了5000，页面上写着年化利率18.25%。'],
    });
    expect([t.lender.type, t.lender.name]).toEqual(['platform-unspecified', '速米借']);
  });
});

describe('one figure, its method named once', () => {
  it('keeps the IRR rate, not a loose 年化 of the same figure in the text', () => {
    const t = readSpec({
      pairs: [...CARD, ['年化利率', '5.68%（原文：“按照IRR方法计算的年化利率为5.68%”）']],
      text: ['总结一下：分期本身年化5.68%，在车贷里算正常水平。'],
    });
    expect(t.statedRates.filter((r) => r.value === '0.0568').map((r) => r.kind)).toEqual([
      'annual-irr',
    ]);
  });
});

describe('a label that says 单利 beside a note on the IRR method', () => {
  it('stays the simple annual rate the disclosure names', () => {
    const t = readSpec({
      pairs: [...CARD, ['年化利率（单利）', '3.45%（按内部收益率法计算）']],
      text: [],
    });
    expect(t.statedRates.find((r) => r.value === '0.0345')?.kind).toBe('annual-simple');
  });
});
