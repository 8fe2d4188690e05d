/**
 * Bills and printed contracts: a headerless plan row whose total is the amount its others add up
 * to; a bill's lines with the parts between the date and the amount; a 分期 contract's 余款 and
 * 分期货款 as the amount lent; "货款利率0%" as the rate it states; 消费金融 is no fee; a trial run
 * that offers nothing is no loan; a promise of how low a cost goes is no loan; a product page read by
 * its worked example is asked for no agreement. Each expected figure is worked by hand beside it,
 * not with lib/finance.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import type { RawTable } from '@/lib/model/extraction';
import { rawOf, readSpec } from '../support/raw';

const headless = (rows: string[][]): RawTable => ({
  locator: '#plan',
  headers: [],
  rows,
  finePrint: false,
});

describe('plans without a header', () => {
  it('takes as each row’s total the amount its other amounts add up to', () => {
    // 956.76 + 96.00 + 144.00 = 1,196.76, wherever it stands in the row.
    const t = readSpec({
      pairs: [
        ['借款金额', '￥12,000.00'],
        ['借款期限', '3期'],
      ],
      tables: [
        headless([
          ['1/3期', '2026-04-25', '956.76', '96.00', '144.00', '1,196.76', '已还'],
          ['2/3期', '2026-05-25', '964.41', '88.35', '144.00', '1,196.76', '待还'],
          ['3/3期', '2026-06-25', '10,078.83', '8.36', '144.00', '10,231.19', '待还'],
        ]),
      ],
    });
    expect(t.payments.map((p) => p.amount)).toEqual(['1196.76', '1196.76', '10231.19']);
  });

  it('reads a bill’s lines with the parts between the date and the amount', () => {
    // "2026-03-08 （第1期） | 本金833.33 + 利息50.00 + 月服务费150.00 | ¥1033.33 | 已还清".
    const line = (d: string, n: number): string[] => [
      `${d} （第${String(n)}期）`,
      '本金833.33 + 利息50.00 + 月服务费150.00',
      '¥1033.33',
      n === 1 ? '已还清' : '待还',
    ];
    const t = readSpec({
      pairs: [
        ['借款金额', '¥2500.00'],
        ['借款期数', '3期'],
      ],
      text: [...line('2026-03-08', 1), ...line('2026-04-08', 2), ...line('2026-05-08', 3)],
    });
    expect(t.payments.map((p) => [p.dueDate, p.amount])).toEqual([
      ['2026-03-08', '1033.33'],
      ['2026-04-08', '1033.33'],
      ['2026-05-08', '1033.33'],
    ]);
    expect(t.payments[0]?.fees).toEqual({ 月服务费: '150.00' });
  });
});

describe('instalment contracts', () => {
  it('lends the 余款 left after the down payment, and the 分期货款 a guide states', () => {
    // 6,999.00 − 1,399.00 首付 = 5,600.00 余款, in 12 instalments.
    const a = readSpec({
      text: [
        '消费者购买上述产品应向销售方支付价款 6,999.00 元，于签订本合同时支付首付款 1,399.00 元，余款 5,600.00 元按月分期支付，共分为 12 期。',
      ],
    });
    expect(a.principal).toBe('5600.00');
    const b = readSpec({
      text: [
        '您本次分期付款业务的详情如下（分期货款 6,000.00 元，货款利率0%，每月还款额含货款333.33元），共18期。',
      ],
    });
    expect(b.principal).toBe('6000.00');
    // "货款利率0%" is the rate the contract states: none, in any period.
    expect(b.statedRates.map((r) => [r.kind, r.value])).toEqual([['annual-simple', '0']]);
  });

  it('names no fee after a 消费金融 lender', () => {
    // A dialog's whole text as one run: the first amount after "…禾丰消费" is the loan, not a fee.
    const t = readSpec({
      text: [
        '您的借款申请已由禾丰消费金融有限公司审批通过：借款金额50,000.00元借款期限24个月还款方式等额本息首期还款日2026-10-03信息服务费3,000.00元实际到账47,000.00元信息服务费由合作平台收取，放款时从借款金额中一次性扣除。',
      ],
    });
    expect(t.fees.map((f) => f.name)).not.toContainEqual(expect.stringMatching(/消费/));
  });
});

describe('pages that offer no loan', () => {
  it('leaves alone a trial run that says it is no commitment', () => {
    const raw = rawOf({
      title: '贷前咨询试算打印',
      lead: ['贷前咨询还款试算表'],
      pairs: [
        ['试算借款金额', '100000.00元'],
        ['试算期限', '24个月'],
        ['试算年利率', '2.85%'],
        ['还款方式', '等额本金'],
      ],
      text: ['（试算结果仅供参考，不构成贷款承诺）'],
    });
    expect(readTerms(raw)).toBeNull();
    // A bank's 试算结果 for the borrower's own application, "以借款合同为准", is that loan.
    const own = rawOf({
      title: '信用贷款试算结果',
      pairs: [
        ['贷款金额', '24,000.00 元'],
        ['贷款期限', '12 个月'],
        ['还款方式', '等额本金'],
        ['总利息', '780.00 元'],
      ],
      text: ['试算结果仅供参考，以借款合同为准。'],
    });
    expect(readTerms(own)?.principal).toBe('24000.00');
  });

  it('takes no loan from a promise of how low the cost goes', () => {
    const raw = rawOf({
      title: '额度审批',
      pairs: [['可用额度', '¥50000.00']],
      text: [
        '日利率0.03%起 实际以提现页为准',
        '最长可分12期 按月还款',
        '借1万元每天利息低至3元 随借随还',
      ],
    });
    expect(readTerms(raw)?.principal ?? null).toBeNull();
  });

  it('asks a product page read by its worked example for no agreement', () => {
    // The only loan is the example ("例如借款10万元…"): there is no contract to sign yet.
    const t = readSpec({
      title: '税易贷 - 产品详情',
      text: [
        '面向依法纳税满两年的小微企业主，年利率（单利）4.35%-7.20%，以审批结果为准。',
        '例如借款10万元、期限12个月、年利率4.35%，按月付息到期还本，利息合计约4,350.00元。',
        '立即申请',
      ],
    });
    expect(t.principal).toBe('100000.00');
    expect(t.agreementShown).toBeNull();
  });
});
