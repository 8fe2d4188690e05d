/**
 * Round ninety-two's loan brokers and 债务优化 pages (3420–3427): the amount the borrower kept once
 * the broker's fee was paid; a broker's fee due days after the money arrives; the day a contract
 * was signed, under the signature; a broker's charge for paying its own fee late; a fee's share
 * in its label; a stepper's numbers; a card repayment's 代还日期; the button that pays a fee.
 */
import { describe, expect, it } from 'vitest';
import { readSpec, upfrontNamed } from '../support/raw';

describe('a broker’s notes on a bank loan', () => {
  const notes = (kept: string) =>
    readSpec({
      pairs: [
        ['放款金额', '200,000.00'],
        ['期限', '36期'],
        ['还款方式', '等额本息'],
        ['年利率', '7.20%'],
        ['月供', '6,193.72元'],
      ],
      text: [`银行已放款，放款金额200,000.00元到客户储蓄卡。${kept}`],
    });

  it('take what the borrower kept for what the loan brought in', () => {
    expect(
      notes('客户当天已转账服务费6,000.00元（点位3%），客户实际到手194,000.00元。').received,
    ).toBe('194000.00');
  });

  it('…and the whole payout where nothing is said to be kept back', () => {
    expect(notes('回款已录入。').received).toBe('200000.00');
  });
});

describe('a 居间服务合同', () => {
  const contract = (late: string) =>
    readSpec({
      pairs: [
        ['借款金额', '30,000.00元'],
        ['借款期限', '12期'],
        ['还款方式', '等本等息'],
        ['月利率', '0.75%'],
        ['每期还款', '2,725.00元'],
      ],
      text: [
        '甲方应于本合同签订时一次性向乙方支付资料包装费人民币1,500.00元。',
        '居间服务费：贷款成功发放的，甲方应按实际放款金额的4%向乙方支付居间服务费，即人民币1,200.00元，于放款到账后3日内一次性转入乙方指定账户。',
        late,
        '本合同自双方签字（盖章）之日起生效。',
        '甲方（签字）：裴思源',
        '日期：2026年11月3日',
      ],
    });

  it('counts a fee due days after the money arrives as paid out of it', () => {
    const t = contract('');
    expect(upfrontNamed(t)).toEqual(['居间服务费|1200.00', '资料包装费|1500.00']);
    expect(t.received).toBe('27300.00');
  });

  it('reads the day signed under the signature, and takes it for no day the money moved', () => {
    const t = contract('');
    expect([t.contractDate, t.disbursementDate]).toEqual(['2026-11-03', null]);
  });

  it('leaves the broker’s charge for paying its fee late out of the loan’s overdue charges', () => {
    const t = contract(
      '甲方逾期支付居间服务费的，每逾期一日，按应付未付金额的千分之五向乙方支付违约金。',
    );
    expect(t.fees.filter((f) => f.when === 'overdue')).toEqual([]);
  });
});

describe('a card repayment (信用卡代还) order', () => {
  const order = readSpec({
    text: ['1', '支付服务费', '2', '资金方代还', '3', '到期还款'],
    pairs: [
      ['资金方', '瑞岭小额贷款有限公司'],
      ['代还金额', '50,000.00元'],
      ['代还日期', '2026-12-01'],
      ['借款期限', '30天'],
      ['日利率', '0.05%'],
      ['到期应还', '50,750.00元'],
      ['代还服务费（1.8%）', '900.00元'],
    ],
  });

  it('prices its fee once, from its label’s share: no monthly fee rate', () => {
    expect(order.statedRates.map((r) => r.kind)).toEqual(['daily']);
  });

  it('starts on its 代还日期', () => {
    expect(order.disbursementDate).toBe('2026-12-01');
  });

  it('counts the fee once, whatever else names it', () => {
    const t = readSpec({
      pairs: [
        ['代还金额', '50,000.00元'],
        ['借款期限', '30天'],
        ['日利率', '0.05%'],
        ['到期应还', '50,750.00元'],
        ['代还服务费（1.8%）', '900.00元'],
      ],
      text: ['代还服务费须在下单时先行支付。', '支付服务费 ¥900.00 并提交'],
    });
    expect(upfrontNamed(t)).toEqual(['代还服务费|900.00']);
    expect(t.received).toBe('49100.00');
  });
});

describe('a stepper’s numbers paired with its steps', () => {
  it('are no fees', () => {
    const t = readSpec({
      pairs: [
        ['支付服务费', '1'],
        ['资金方代还', '2'],
        ['到期还款', '3'],
        ['借款金额', '5,000.00元'],
        ['借款期限', '30天'],
        ['日利率', '0.05%'],
      ],
    });
    expect(t.fees.filter((f) => f.when !== 'overdue')).toEqual([]);
  });
});

describe('a loan’s own clause for paying late', () => {
  it('stays the loan’s, though it names fees', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '30,000.00元'],
        ['借款期限', '12期'],
        ['月利率', '0.75%'],
      ],
      text: ['借款人逾期支付本息及费用的，按逾期金额每日0.05%计收罚息。'],
    });
    expect(t.fees.filter((f) => f.when === 'overdue').map((f) => f.name)).toEqual(['罚息']);
  });
});
