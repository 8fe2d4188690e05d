/**
 * Round eighty-three's restructured debts, enterprise back offices and printed vouchers: a fee
 * table whose 费用类型 column names the fees and whose 备注 says when each is paid; a teller
 * voucher's 基准利率 beside its 执行利率 (the benchmark, not the loan's rate); an extension's
 * fee paid when it is signed ("于本协议签署时结清原借款期内利息…并一次性支付展期服务费"); and a lease's
 * 计划租金 over its 计划本金 and 计划租息.
 */
import { describe, expect, it } from 'vitest';
import { readSpec, tableOf, upfrontNamed } from '../support/raw';

describe('a fee table named by 费用类型, its timing in 备注', () => {
  const table = (note: string) =>
    tableOf(
      ['费用类型', '费用标准', '金额', '计划到账日', '备注'],
      [['服务费', '3.00', '6,000.00', '2026-03-06', note]],
    );
  const pairs: [string, string][] = [
    ['贷款金额', '200,000.00'],
    ['借款期限', '24个月'],
    ['月利率', '0.45%'],
    ['还款方式', '等额本息'],
  ];

  it('takes a fee paid on the day of payout out of what arrives', () => {
    const t = readSpec({ pairs, tables: [table('放款当日由客户一次性支付至我司账户')] });
    expect(upfrontNamed(t)).toEqual(['服务费|6000.00']);
    expect(t.received).toBe('194000.00');
  });

  it('says nothing of a fee whose note does not say when', () => {
    const t = readSpec({ pairs, tables: [table('按合同约定收取')] });
    expect(upfrontNamed(t)).toEqual([]);
  });
});

describe('a benchmark beside the rate a loan is charged', () => {
  it('is not the loan’s rate', () => {
    const t = readSpec({
      pairs: [
        ['贷款金额', '24,000.00'],
        ['还款方式', '等额本金'],
        ['期限(月)', '12'],
        ['基准利率(年利率)', '3.0 %'],
        ['执行利率(月利率)', '18.0 ‰'],
      ],
    });
    expect(t.statedRates.map((r) => r.value)).not.toContain('0.03');
    expect(t.payments[0]?.amount).toBe('2432.00');
  });
});

describe('an extension’s fee paid when it is signed', () => {
  it('comes off what the extension brings in', () => {
    const t = readSpec({
      pairs: [
        ['展期本金', '人民币【3,000.00】元'],
        ['展期期限', '【30】天，自【2026年4月2日】起至【2026年5月2日】止'],
      ],
      text: [
        '1.3 展期日利率：【0.05%】；展期利息 = 展期本金 × 展期日利率 × 展期天数 = 【45.00】元。',
        '还款方式：【到期一次性还本付息】，乙方应于【2026年5月2日】归还本息合计人民币【3,045.00】元。',
        '乙方应于本协议签署时结清原借款期内利息【21.00】元，并一次性支付展期服务费人民币【90.00】元；上述款项支付成功后本展期生效。',
      ],
    });
    expect(upfrontNamed(t)).toEqual(['展期服务费|90.00']);
    expect(t.received).toBe('2910.00');
  });
});

describe('a lease’s plan of 计划租金 = 计划本金 + 计划租息', () => {
  it('repays each rent', () => {
    const rows = [1, 2, 3].map((k) => [
      String(k),
      `2026-0${String(k + 1)}-25`,
      '10,600.00',
      '10,000.00',
      '600.00',
    ]);
    const t = readSpec({
      pairs: [
        ['融资金额', '30,000.00'],
        ['租赁期限', '3个月'],
      ],
      tables: [tableOf(['期次', '计划日期', '计划租金', '计划本金', '计划租息'], rows)],
    });
    expect(t.payments.map((p) => p.amount)).toEqual(['10600.00', '10600.00', '10600.00']);
  });
});
