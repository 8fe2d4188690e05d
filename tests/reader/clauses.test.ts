/**
 * The clause reader: a negated clause is a promise, not a charge; a rate's own words name its
 * period; a one-off percentage is not a daily rate; deductions and fee timing move money in the
 * cash flows; the borrower's own bank is not the lender; the agreement page shows the agreement.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import { rawOf } from '../support/raw';

const LOAN: [string, string][] = [
  ['借款金额', '100,000.00元'],
  ['借款期限', '12个月'],
  ['还款方式', '等额本息'],
  ['年化利率（单利）', '4.35%'],
];

const read = (text: string[], pairs: [string, string][] = LOAN) => {
  const t = readTerms(rawOf({ pairs, text }));
  if (t === null) throw new Error('no terms read');
  return t;
};

describe('the clause reader', () => {
  it.each([
    '借款人可申请提前还款，无违约金。',
    '借款人提前还款的，贷款人不收取提前还款违约金。',
    '提前结清无需支付任何违约金或手续费。',
    '提前还款免收手续费。',
  ])('reads "%s" as free prepayment', (clause) => {
    const t = read([clause]);
    expect(t.prepayment?.penalty).toBe(false);
    expect(t.fees.filter((f) => f.when === 'prepayment')).toEqual([]);
  });

  it.each([
    '借款人提前还款的，贷款人不收取借款人提前还款违约金。',
    '提前还款的，剩余未入账的分期手续费不再收取。',
  ])('reads "%s", with words around the charge, as free prepayment', (clause) => {
    expect(read([clause]).prepayment?.penalty).toBe(false);
  });

  it('reads fees still owed for months not borrowed as a prepayment charge', () => {
    const t = read(['借款人提前还款的，仍应按本合同约定的借款期限支付全部居间服务费。']);
    expect(t.prepayment?.penalty).toBe(true);
  });

  it.each([
    ['逾期罚息利率为借款利率上浮50%。', '1.5'],
    ['逾期后按借款年化利率的1.5倍计收罚息。', '1.5'],
    ['逾期的，按合同执行利率加收30%计收罚息。', '1.3'],
  ])('reads "%s" as a multiple of the contract rate', (clause, multiple) => {
    const fee = read([clause]).fees.find((f) => f.when === 'overdue');
    expect(fee).toEqual(expect.objectContaining({ rate: multiple, rateBasis: 'contract-rate' }));
  });

  it('still reads a prepayment charge', () => {
    const t = read(['借款人提前还款的，应按提前还款本金的2%支付违约金。']);
    expect(t.prepayment?.penalty).toBe(true);
    expect(t.fees.find((f) => f.when === 'prepayment')?.rate).toBe('0.02');
  });

  it('picks the sentence about what prepaying costs, not another 提前 sentence', () => {
    const t = read([
      '我们将在还款日前提前3天提醒您还款。',
      '提前还本的，按剩余本金的1%收取违约金。',
    ]);
    expect(t.prepayment?.text).toContain('提前还本');
  });

  it('reads 每日按年化利率24% as 24% a year, not a day', () => {
    const t = read(['借款人未按期还款的，每日按年化利率24%计收罚息。']);
    const fee = t.fees.find((f) => f.when === 'overdue');
    expect(fee).toEqual(expect.objectContaining({ rate: '0.24', ratePer: 'year' }));
    // …and not as the loan's own rate.
    expect(t.statedRates.map((r) => r.value)).toEqual(['0.0435']);
  });

  it('reads a one-off surcharge as once, not per day', () => {
    const t = read(['逾期超过30天的，一次性收取逾期金额10%的违约金。']);
    expect(t.fees.find((f) => f.when === 'overdue')).toEqual(
      expect.objectContaining({ rate: '0.1', ratePer: 'once' }),
    );
  });

  it('does not read 无违约金 or 免收罚息 as overdue charges', () => {
    const t = read(['逾期3天内免收罚息，无违约金。']);
    expect(t.fees.filter((f) => f.when === 'overdue')).toEqual([]);
  });

  it('reads a fee deducted by clause as upfront, and the received amount with it', () => {
    const t = read(['平台服务费3,000元从借款中直接扣除。']);
    expect(t.fees).toContainEqual(
      expect.objectContaining({ name: '平台服务费', when: 'upfront', amount: '3000.00' }),
    );
    expect(t.received).toBe('97000.00');
  });

  it("prices the first three months' interest taken from the principal at the loan's rate", () => {
    // 30,000 × 1.5% × 3 = 1,350.00.
    const t = read(
      ['放款时从借款中直接扣除前三个月利息。'],
      [
        ['借款金额', '30,000.00元'],
        ['借款期限', '12个月'],
        ['还款方式', '先息后本'],
        ['月利率', '1.5%'],
      ],
    );
    expect(t.fees).toContainEqual(expect.objectContaining({ when: 'upfront', amount: '1350.00' }));
    expect(t.received).toBe('28650.00');
  });

  it('adds a fee billed with the first instalment to that instalment', () => {
    // 5,000 at 24% a year over 6 months: 892.63 a month; the 299.00 fee goes on the first bill.
    const t = read(
      [],
      [
        ['借款金额', '5,000.00元'],
        ['借款期限', '6个月'],
        ['还款方式', '等额本息'],
        ['年化利率（单利）', '24.00%'],
        ['每月还款', '892.63元'],
        ['会员费', '299.00元（随首期账单扣收）'],
      ],
    );
    expect(t.payments[0]?.amount).toBe('1191.63');
    expect(t.payments[1]?.amount).toBe('892.63');
  });

  it("does not take the borrower's own bank for the lender", () => {
    const t = read([], [...LOAN, ['还款银行卡', '招商银行（尾号6612）'], ['到账银行', '建设银行']]);
    expect(t.lenderType).not.toBe('bank');
  });

  it('names the lender, not the role, when both sit in one run', () => {
    const t = read(['贷款机构银杏消费金融有限公司']);
    expect(t.lender.name).toBe('银杏消费金融有限公司');
  });

  it('counts the agreement page itself as showing the agreement', () => {
    const t = read(['本合同自双方签署之日起生效。']);
    expect(t.agreementShown).toBe(true);
  });
});

describe('partial reports', () => {
  it('reads the clauses of a loan whose amount is not shown', () => {
    const t = readTerms(
      rawOf({
        pairs: [
          ['借款期限', '12个月'],
          ['还款方式', '等额本息'],
          ['年化利率（单利）', '9.6%'],
        ],
        text: ['借款人提前还款的，应按提前还款本金的3%支付违约金。'],
      }),
    );
    expect(t?.principal).toBeNull();
    expect(t?.prepayment?.penalty).toBe(true);
  });

  it('leaves a page with a rate but no loan terms alone', () => {
    expect(
      readTerms(rawOf({ pairs: [['七日年化收益率', '2.35%']], text: ['存款产品介绍'] })),
    ).toBeNull();
  });
});
