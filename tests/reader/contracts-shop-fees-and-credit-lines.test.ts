/**
 * Round fifty-four's patterns: a P2P agreement that writes its sums in capitals and figures and
 * takes its fee out of the principal by a clause; a shop's 免息 plan with a fee paid when the
 * order is placed; a home-decoration plan "每月等额本金加手续费"; an amount lent with its periods
 * after a slash; and an application for a credit line. Each expected figure is worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import type { LoanTerms } from '@/lib/model/terms';
import { rawOf, readSpec } from '../support/raw';

const upfront = (t: LoanTerms): string[] =>
  t.fees.filter((f) => f.when === 'upfront').map((f) => f.amount ?? '');

describe('an agreement that writes its sums in capitals, then in figures', () => {
  const pairs: [string, string][] = [
    ['借款本金', '人民币(大写)陆万元整,人民币(小写)60000.00元'],
    ['借款利率', '12.0%/年'],
    ['还款方式', '每月等额本息'],
    ['还款期数', '36个月'],
  ];

  it('reads the amount in figures after the capitals and an ASCII comma', () => {
    expect(readSpec({ pairs }).principal).toBe('60000.00');
  });

  it('reads the fee the clause takes out, not the balance it pays over', () => {
    // 60,000 − 9,600.00 = 50,400.00 paid to the borrower.
    const t = readSpec({
      pairs,
      text: [
        '依据《信息咨询与服务协议》，借款人需向平台公司支付信息咨询服务费人民币（大写）玖仟陆佰元整，￥（小写）9,600.00元；',
        '借款人和出借人同意并授权平台公司从本协议第一部分约定的借款本金中扣除前述信息咨询服务费，并将扣除后的余额人民币（小写）50,400.00元支付至借款人收款账户。',
      ],
    });
    expect(upfront(t)).toEqual(['9600.00']);
    expect(t.received).toBe('50400.00');
  });

  it('sees no charge for prepaying in a late-payment penalty owed "if any"', () => {
    const t = readSpec({
      pairs,
      text: [
        '提前还款时，借款人须支付当月应还本息及剩余未还本金、全部应还未还本息（如有）、逾期还款违约金（如有）。',
      ],
    });
    expect(t.prepayment?.penalty).toBe(false);
  });

  it('still sees one when the penalty is for prepaying', () => {
    const t = readSpec({
      pairs,
      text: ['提前还款时，借款人须支付剩余未还本金及提前还款违约金（剩余本金的2%）。'],
    });
    expect(t.prepayment?.penalty).toBe(true);
  });
});

describe('a shop’s plan with a fee paid when the order is placed', () => {
  it('counts the fee paid at order time as taken before the money', () => {
    // 9,600 in 12 × 800.00, no interest; 分期服务费 576.00 at the order: 9,024.00 received.
    const t = readSpec({
      pairs: [
        ['分期金额', '￥9,600.00'],
        ['分期期数', '12期'],
        ['分期年利率', '0.00%（免息）'],
        ['每期应还', '￥800.00'],
        ['分期服务费', '￥576.00（下单时一次性支付）'],
      ],
    });
    expect(upfront(t)).toEqual(['576.00']);
    expect(t.received).toBe('9024.00');
  });
});

describe('"每月等额本金加手续费"', () => {
  it('is equal principal plus a fee on the whole amount, the note’s principal no fee', () => {
    // 42,000 in 24: 1,750.00 + 42,000 × 0.35% = 147.00, so 1,897.00 every month.
    const t = readSpec({
      pairs: [
        ['分期金额', '￥42,000.00'],
        ['分期期数', '24期'],
        ['月费率', '0.35%'],
        ['每期手续费', '￥147.00'],
        ['每期应还', '￥1,897.00'],
        [
          '还款方式为每月等额本金加手续费',
          '每期本金1,750.00元，手续费按分期金额42,000.00元×月费率0.35%每月收取，分期期间不因本金减少而降低。',
        ],
      ],
    });
    expect(t.repaymentMethod).toBe('等本等息');
    expect(new Set(t.payments.map((p) => p.amount))).toEqual(new Set(['1897.00']));
    expect(t.fees.filter((f) => f.when === 'periodic').map((f) => f.amount)).toEqual(['147.00']);
  });
});

describe('an amount lent with its periods after a slash', () => {
  it('reads "20,000.00 | / 12期 等额本息" as twelve periods', () => {
    const t = readSpec({
      pairs: [['借款金额（元）', '20,000.00']],
      text: ['/ 12期 等额本息', '年化利率（单利）：12.00%（月利率1.00%）'],
    });
    expect(t.termMonths).toBe(12);
    // 20,000 at 1% a month over 12: 1,776.98 (等额本息).
    expect(t.payments[0]?.amount).toBe('1776.98');
  });
});

describe('a bank named only by its kind', () => {
  it('is no lender’s name: "施工款由银行直接支付给装修公司"', () => {
    const t = readSpec({
      pairs: [
        ['分期金额', '￥42,000.00'],
        ['分期期数', '24期'],
        ['每期应还', '￥1,897.00'],
      ],
      text: [
        '家装分期合同以下单人为借款人，施工款由银行直接支付给装修公司。',
        '家装分期由汀兰银行股份有限公司提供。',
      ],
    });
    expect(t.lender.name).toBe('汀兰银行股份有限公司');
  });
});

describe('an application for a credit line', () => {
  it('is not a loan', () => {
    const t = readTerms(
      rawOf({
        title: '借款管理-额度申请',
        pairs: [
          ['可借额度（元）', '46,000.00'],
          ['申请类型：', '借款信用额度'],
          ['申请金额：', '50,000.00元'],
          ['授信额度：', '50,000.00元'],
        ],
        text: ['日利率低至0.02% 年化利率低至7.2% 最长可分24期'],
      }),
    );
    expect(t).toBeNull();
  });

  it('is a loan once one is drawn on it, with its instalment', () => {
    const t = readTerms(
      rawOf({
        title: '借款管理-额度申请',
        pairs: [
          ['申请类型：', '借款信用额度'],
          ['申请金额：', '10,000.00元'],
          ['借款期限', '12期'],
          ['每月还款', '888.49元'],
        ],
      }),
    );
    expect(t?.principal).toBe('10000.00');
  });
});
