/**
 * Round eighty-six (loan contracts rendered from templates): the principal in a clause "提供总额为
 * 人民币…的借款", not a share of it paid to a broker; the dates in a contract's blanks and brackets;
 * a P2P contract's lender in its parties table; a verb where a party's name would stand; a licensed
 * name that holds 和.
 */
import { describe, expect, it } from 'vitest';
import { readSpec } from '../support/raw';

const terms: [string, string][] = [
  ['借款期限', '12个月'],
  ['还款方式', '等额本息'],
  ['月利率', '1.20%'],
];

describe("a contract's clauses", () => {
  it('give the principal as the total the lender provides', () => {
    const t = readSpec({
      text: [
        '经借款人向出借人申请，出借人同意向借款人提供总额为人民币30000.00元的借款。',
        '7.3 借款人同意在借款成功时向居间服务人支付本次借款本金的3%（人民币900.00元）作为居间服务费。',
      ],
      pairs: terms,
    });
    expect(t.principal).toBe('30000.00');
  });

  it('give the principal the lender pays over ("向乙方…账户支付借款50,000.00元")', () => {
    const t = readSpec({
      text: ['甲方于2026年4月1日通过银行转账向乙方名下尾号3091的账户支付借款50,000.00元。'],
      pairs: terms,
    });
    expect(t.principal).toBe('50000.00');
  });

  it('date the signing in blanks, and the payout in brackets', () => {
    const signed = readSpec({
      text: ['本合同于 2026 年 03 月 12 日在 浙江省杭州市萧山区 签订。'],
      pairs: [['借款金额', '50000.00元'], ...terms],
    });
    expect(signed.contractDate).toBe('2026-03-12');
    const paid = readSpec({
      text: ['4.2 借款自放款日（2026年02月28日）起算，每月28日为还款日。'],
      pairs: [['借款金额', '50000.00元'], ...terms],
    });
    expect(paid.disbursementDate).toBe('2026-02-28');
    const clicked = readSpec({
      text: ['借款人于2026年02月28日14时06分51秒，在晟和分期确认签署本合同'],
      pairs: [['借款金额', '50000.00元'], ...terms],
    });
    expect(clicked.contractDate).toBe('2026-02-28');
  });
});

describe('who lends, in a contract', () => {
  it("is the person under the parties table's 姓名", () => {
    const t = readSpec({
      lead: [
        '出借人：(如下表所述)',
        '姓名',
        '用户名',
        '身份证号',
        '应还本息(元)',
        '胡清远',
        'hqy_touzi',
        '3308**********0516',
        '32391.18',
      ],
      pairs: [['借款金额', '30000.00元'], ...terms],
    });
    expect(t.lender).toMatchObject({ type: 'private', name: '胡清远' });
  });

  it('is no one where a verb stands in the name\'s place ("出借人同意向借款人提供…")', () => {
    const t = readSpec({
      text: [
        '出借人同意向借款人提供总额为人民币18000.00元的借款。',
        '晟和消费金融股份有限公司 ｜ 客服热线请以官方APP公布为准',
      ],
      pairs: terms,
    });
    expect(t.lender).toMatchObject({ type: 'consumer-finance', name: '晟和消费金融股份有限公司' });
  });

  it('keeps a licensed name whole where it holds 和, and cuts the word that joins it', () => {
    const whole = readSpec({
      text: ['资金方：晟和消费金融股份有限公司'],
      pairs: [['借款金额', '18000.00元'], ...terms],
    });
    expect(whole.lender.name).toBe('晟和消费金融股份有限公司');
    const joined = readSpec({
      text: ['本笔借款由和信小额贷款有限公司发放'],
      pairs: [['借款金额', '18000.00元'], ...terms],
    });
    expect(joined.lender.name).toBe('和信小额贷款有限公司');
  });
});
