/**
 * Round eighty-two's e-signing pages, chart dashboards and legacy contracts: a 签订时间 dates the
 * contract; a note drawn between a fee and its figure ("信息服务费 | 放款时扣除 | 450.00") says when
 * the fee is paid; a note in a charge's row ("逾期违约金 | 183.36 | 每期91.68") is that charge's; a fee
 * paid "于到期还款日与借款本息一并扣收" adds to a single repayment of principal and interest; a
 * Word contract's "人民币（大写）贰仟肆佰元整（¥2,400.00）" is the fee's amount; a credit line's 已提款 is
 * the amount lent.
 */
import { describe, expect, it } from 'vitest';
import type { RawExtraction } from '@/lib/model/extraction';
import { readTerms } from '@/lib/reader';
import { amountsOf, rawOf, readSpec, upfrontNamed } from '../support/raw';

const LOAN: [string, string][] = [
  ['借款金额', '12,000.00元'],
  ['借款期限', '12个月'],
  ['年利率', '12.00%'],
  ['还款方式', '等额本息'],
];

/** `runs` laid out on one line after the loan's pairs; `pair` joins two of them as the scanner did. */
function oneLine(runs: string[], pair?: [number, number]): RawExtraction {
  const raw = rawOf({ pairs: LOAN, text: runs });
  const first = raw.blocks.length - runs.length;
  const y = raw.blocks[first]?.y ?? 0;
  raw.blocks.slice(first).forEach((b, i) => {
    b.y = y;
    b.x = 100 * i;
  });
  if (pair) {
    const [l, v] = pair.map((k) => first + k) as [number, number];
    raw.pairs.push({
      label: runs[pair[0]] ?? '',
      value: runs[pair[1]] ?? '',
      via: 'same-element',
      labelBlock: l,
      valueBlock: v,
    });
  }
  return raw;
}

describe('a signing time', () => {
  for (const label of ['合同签订时间', '签订时间', '签署时间']) {
    it(`dates the contract when labelled ${label}`, () => {
      const t = readSpec({ pairs: [...LOAN, [label, '2026-03-02 14:20:11']], text: [] });
      expect(t.contractDate).toBe('2026-03-02');
    });
  }

  it('leaves a page with no signing date undated', () => {
    const t = readSpec({ pairs: [...LOAN, ['打印时间', '2026-03-02 14:20:11']], text: [] });
    expect(t.contractDate).toBeNull();
  });
});

describe('a note between a fee and its figure', () => {
  it('says the fee is taken at payout', () => {
    const t = readTerms(oneLine(['信息服务费', '放款时扣除', '450.00'], [1, 2]));
    expect(t && upfrontNamed(t)).toEqual(['信息服务费|450.00']);
    expect(t?.received).toBe('11550.00');
  });

  it('is no fee where nothing named a fee stands before it', () => {
    const t = readTerms(oneLine(['审核结果', '放款时扣除', '450.00'], [1, 2]));
    expect(t && upfrontNamed(t)).toEqual([]);
  });
});

describe('a note in the row of a charge', () => {
  it('is not the loan’s instalment', () => {
    const raw = oneLine(['逾期违约金', '183.36', '每期91.68']);
    const t = readTerms(raw);
    expect(t && amountsOf(t)[0]).toBe('1066.19');
  });

  it('while the same run on a line of its own is', () => {
    const t = readSpec({ pairs: LOAN, text: ['每期1,066.19'] });
    expect(amountsOf(t)[0]).toBe('1066.19');
  });
});

describe('a fee paid with a single repayment', () => {
  const text = [
    '您本次申请借款人民币【5,000.00】元，借款期限【60天】，自【2026年06月02日】起至【2026年08月01日】止，还款方式为到期一次性还本付息。',
    '借款日利率为【0.05%】，按实际借款天数计息，到期应还本息合计人民币【5,150.00】元。',
  ];

  it('is added to it when it is principal and interest alone', () => {
    const t = readSpec({
      pairs: [],
      text: [...text, '您还应支付会员服务费人民币【198.00】元，于到期还款日与借款本息一并扣收。'],
    });
    expect(amountsOf(t)).toEqual(['5348.00']);
  });

  it('is not added where the rate is that fee’s own', () => {
    const t = readSpec({
      pairs: [
        ['融资金额', '20,000.00元'],
        ['融资期限', '30天'],
        ['日费率', '0.1%'],
        ['到期应还', '20,600.00元'],
      ],
      text: [
        '账户管理费 20.00元/天（日费率0.1%，按融资金额计），30天合计600.00元，到期与融资本金一并归还',
      ],
    });
    expect(amountsOf(t)).toEqual(['20600.00']);
  });

  it('is not added twice to a repayment that holds it', () => {
    const t = readSpec({
      pairs: [],
      text: [
        text[0] ?? '',
        '借款日利率为【0.05%】，按实际借款天数计息，到期应还合计人民币【5,348.00】元（含会员服务费）。',
        '会员服务费人民币【198.00】元，于到期还款日与借款本息一并扣收。',
      ],
    });
    expect(amountsOf(t)).toEqual(['5348.00']);
  });
});

describe('a Word contract’s fee in capitals, then its figure in brackets', () => {
  it('is the fee taken at payout', () => {
    const t = readSpec({
      pairs: [
        ['借款本金', '¥30,000.00元'],
        ['借款期限', '12个月'],
        ['还款方式', '按月等本等息'],
      ],
      text: [
        '2.1、丙方为本次借款提供居间服务，向甲方收取平台服务费人民币（大写） 贰仟肆佰元整 （¥2,400.00）。',
        '2.2、平台服务费于放款时从借款本金中一次性扣收。',
      ],
    });
    expect(upfrontNamed(t)).toEqual(['平台服务费|2400.00']);
    expect(t.received).toBe('27600.00');
  });
});

describe('a bare ¥ figure after a fee’s name', () => {
  it('is the next field’s, not the fee’s', () => {
    // "还款总额 | 本金+利息，不含已扣除的服务费 | ¥21,866.39": a caption between a total and its figure.
    const t = readSpec({
      pairs: LOAN,
      text: ['本金+利息，不含已扣除的服务费', '¥21,866.39'],
    });
    expect(upfrontNamed(t)).toEqual([]);
  });
});

describe('a credit line’s drawdown', () => {
  it('is the amount lent, not the line', () => {
    const t = readSpec({
      pairs: [
        ['已提款', '600,000.00'],
        ['贷款额度', '1,000,000.00'],
        ['贷款期限', '12个月'],
        ['年利率', '3.60%'],
        ['还款方式', '等额本金'],
      ],
      text: [],
    });
    expect(t.principal).toBe('600000.00');
    expect(amountsOf(t)[0]).toBe('51800.00');
  });
});
