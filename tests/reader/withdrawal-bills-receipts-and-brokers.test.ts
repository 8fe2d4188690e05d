/**
 * Round forty's patterns, from credit-line apps, printed and exported documents, and loan
 * aggregators and brokers: a bill's rows marked "第1/3期 · date" with their parts on a line of
 * their own; a cash instalment that states only its fee rate and its 应还总额; a fee a receipt
 * says is paid "每期与本息一并"; a P2P agreement whose lenders are the platform's users; a
 * product FAQ listing its terms as choices ("12月、18月、24月"). Each expected figure is worked by
 * hand beside it.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import { rawOf, readSpec } from '../support/raw';

describe('a cash instalment bill', () => {
  // 3,000 in 3 parts of 1,000.00, each with 0.80 % of 3,000 = 24.00: 1,024.00, and 3,072.00 in all.
  const summary: [string, string][] = [
    ['取现金额', '3,000.00'],
    ['分期期数', '3期'],
    ['每期手续费率', '0.80%'],
    ['应还总额', '3,072.00'],
  ];

  it('reads rows marked "第1/3期 · date" with their parts between the date and the amount', () => {
    const rows = ['2026-05-15', '2026-06-15', '2026-07-15'].flatMap((d, i) => [
      `第${String(i + 1)}/3期 · ${d}`,
      '本金1,000.00 + 分期手续费24.00',
      '1,024.00',
    ]);
    const t = readSpec({ pairs: summary, text: rows });
    expect(t.payments.map((p) => [p.dueDate, p.amount])).toEqual([
      ['2026-05-15', '1024.00'],
      ['2026-06-15', '1024.00'],
      ['2026-07-15', '1024.00'],
    ]);
  });

  it('derives the rows from the fee rate when the 应还总额 is the amount and n fees', () => {
    const t = readSpec({ pairs: summary });
    expect(t.payments.map((p) => p.amount)).toEqual(['1024.00', '1024.00', '1024.00']);
  });

  it('derives nothing when the 应还总额 is not the amount and n fees', () => {
    const t = readSpec({
      pairs: summary.map(([l, v]): [string, string] => [l, l === '应还总额' ? '3,150.00' : v]),
    });
    expect(t.payments).toEqual([]);
  });
});

describe('a loan receipt whose management fee is paid with each instalment', () => {
  it('charges the fee each period, not once more with the last', () => {
    // 30,000 over 12 months at 0.9 % a month: 2,648.65, plus 0.5 % of 30,000 = 150.00 a month.
    const t = readSpec({
      pairs: [
        ['借款金额', '¥30,000.00'],
        ['借款期限', '12个月'],
        ['月利率', '0.90%'],
        ['还款方式', '等额本息'],
        ['每期账户管理费', '150.00元'],
      ],
      text: [
        '账户管理费按借款本金（30,000.00元）计收，自第一期起每期与本息一并扣收，提前结清的按实际使用期数计收。',
      ],
    });
    expect(t.fees.filter((f) => f.name === '账户管理费').map((f) => f.when)).toEqual(['periodic']);
    expect(t.payments[0]?.amount).toBe('2798.65');
  });
});

describe('a broker’s quote', () => {
  it('counts a fee due days after the bank pays out as taken at the start', () => {
    // 150,000 from the bank; 3 % = 4,500.00 to the broker within 3 working days of payout.
    const t = readSpec({
      pairs: [
        ['资金方', '澄湖农村商业银行股份有限公司'],
        ['贷款金额', '150,000.00元'],
        ['银行年利率', '7.20%'],
        ['贷款期限', '36期'],
        ['还款方式', '等额本息'],
        ['中介服务费', '4,500.00元'],
      ],
      text: ['（贷款额度 × 费率3%，银行放款后3个工作日内一次性支付给我司）'],
    });
    expect(t.fees.find((f) => f.name === '中介服务费')).toMatchObject({
      when: 'upfront',
      amount: '4500.00',
    });
  });
});

describe('a P2P agreement whose lenders are the platform’s users', () => {
  it('names the platform that matched them', () => {
    const t = readSpec({
      pairs: [
        ['甲方（出借人）', '通过本平台出借资金的出借人（详见平台出借记录）'],
        ['丙方（居间服务方）', '澜江融信信息服务有限公司'],
        ['借款金额', '80,000.00元'],
        ['借款期限', '12个月'],
      ],
    });
    expect(t.lender).toMatchObject({
      name: '澜江融信信息服务有限公司',
      type: 'platform-unspecified',
    });
  });
});

describe('a product FAQ', () => {
  it('lists its terms as choices, and is no loan', () => {
    const raw = rawOf({
      title: '买车贷常见问题',
      pairs: [
        ['借款期限', '12月、18月、24月；'],
        ['借款利息', '0.6%/月；'],
        ['借款额度', '车辆成交价的30%-70%，最高50万元；'],
      ],
    });
    const t = readTerms(raw);
    expect(t?.termMonths ?? null).toBeNull();
  });
});
