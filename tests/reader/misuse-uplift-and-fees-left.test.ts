/**
 * Round eighty-one's bank and broker pages: a penalty for misusing the loan is no charge for paying
 * late, a raise over the contract rate that states what it comes to is that one rate, and a
 * broker's fees for the months left, owed when the loan is repaid early, are a prepayment charge.
 */
import { describe, expect, it } from 'vitest';
import { readSpec, tableOf } from '../support/raw';

const LOAN: [string, string][] = [
  ['贷款金额', '500,000.00元'],
  ['贷款期限', '36个月'],
  ['执行年利率', '3.60%'],
  ['还款方式', '等额本金'],
];

describe('penalties in a bank contract’s summary', () => {
  const t = readSpec({
    pairs: [
      ...LOAN,
      [
        '逾期罚息利率',
        '5.40%。借款人未按期归还本息的，对逾期部分自逾期之日起按执行利率上浮50%即年利率5.40%计收罚息。',
      ],
      [
        '挤占挪用罚息利率',
        '7.20%。借款人未按约定用途使用贷款的，对挤占挪用部分按执行利率上浮100%即年利率7.20%计收罚息。',
      ],
    ],
    text: [],
  });
  const overdue = t.fees.filter((f) => f.when === 'overdue');

  it('reads the overdue 罚息 once, at the 5.40% a year the raise comes to', () => {
    expect(overdue.map((f) => [f.name, f.rate, f.ratePer])).toEqual([['罚息', '0.054', 'year']]);
  });

  it('leaves the penalty for misusing the loan out of the overdue charges', () => {
    expect(overdue.some((f) => f.rate === '0.072' || f.rate === '2')).toBe(false);
  });

  it('keeps a raise that states no rate as a multiple of the contract rate', () => {
    const u = readSpec({
      pairs: LOAN,
      text: ['借款人未按期归还本息的，对逾期部分按执行利率上浮50%计收罚息。'],
    });
    const f = u.fees.find((x) => x.when === 'overdue');
    expect([f?.rate, f?.rateBasis]).toEqual(['1.5', 'contract-rate']);
  });
});

describe('a broker’s fees for the months left', () => {
  it('are a charge for repaying early when owed at once', () => {
    const t = readSpec({
      pairs: LOAN,
      text: ['借款人提前还清银行贷款的，剩余各期居间咨询服务费应于结清当日一次性付清。'],
    });
    expect(t.prepayment?.penalty).toBe(true);
    expect(t.prepayment?.text).toMatch(/剩余各期居间咨询服务费/);
  });

  it('are no charge when the page waives them', () => {
    const t = readSpec({
      pairs: LOAN,
      text: ['借款人提前还清的，剩余各期服务费不再收取。'],
    });
    expect(t.prepayment?.penalty).toBe(false);
  });
});

describe('a contract’s 项目 table', () => {
  it('reads a fee whose way of charging says it is taken at payout', () => {
    const t = readSpec({
      pairs: [
        ['合同金额', '60,000.00元'],
        ['借款期限', '12个月'],
        ['年利率', '12%'],
        ['还款方式', '等额本息'],
      ],
      text: [],
      tables: [
        tableOf(
          ['项目', '标准', '金额（元）', '收取方式'],
          [
            ['GPS安装费', '一次性', '1,500.00', '放款时从借款中一次性扣除'],
            ['实际到账金额', '合同金额 − GPS安装费', '58,500.00', '划入借款人储蓄卡'],
          ],
        ),
      ],
    });
    expect(t.fees.filter((f) => f.when === 'upfront').map((f) => [f.name, f.amount])).toEqual([
      ['GPS安装费', '1500.00'],
    ]);
  });
});
