/**
 * A pay-later checkout's plan (page 785, rebuilt from a BNPL template): each row a date, a note in
 * words and the amount ("2026-04-03 | 首期（今天支付，含服务费¥18.00） | ¥318.00"), the first paid the
 * day the goods are bought.
 */
import { describe, expect, it } from 'vitest';
import { amountsOf, readSpec } from '../support/raw';

const pairs: [string, string][] = [
  ['订单金额', '¥1,200.00'],
  ['下单日期', '2026-04-03'],
];
const rows = [
  ['2026-04-03', '首期（今天支付，含服务费¥18.00）', '¥318.00'],
  ['2026-05-03', '每月自动扣款（含服务费¥18.00）', '¥318.00'],
  ['2026-06-03', '每月自动扣款（含服务费¥18.00）', '¥318.00'],
  ['2026-07-03', '每月自动扣款（含服务费¥18.00）', '¥318.00'],
].flat();
const lead = '共4期，首期今天支付，其余3期每月支付；每期服务费率1.5%（按商品总价计）';

describe('a plan row with a note in words between its date and its amount', () => {
  it('is read as the row, the fee its note names a part of it', () => {
    const t = readSpec({ pairs, text: [lead, '付款计划', ...rows, '合计应付', '¥1,272.00'] });
    expect(amountsOf(t)).toEqual(['318.00', '318.00', '318.00', '318.00']);
    expect(t.payments.map((p) => p.dueDate)).toEqual([
      '2026-04-03',
      '2026-05-03',
      '2026-06-03',
      '2026-07-03',
    ]);
    expect(t.payments[0]?.fees).toEqual({ 服务费: '18.00' });
  });
});

describe('a first instalment paid the day of the order', () => {
  it('keeps the order date as the day the loan starts', () => {
    const t = readSpec({ pairs, text: [lead, '付款计划', ...rows] });
    expect(t.disbursementDate).toBe('2026-04-03');
  });

  it('drops a start date on the first due date where the page does not say it is paid today', () => {
    const t = readSpec({
      pairs,
      text: [
        lead.replace('首期今天支付，其余3期每月支付；', ''),
        '付款计划',
        ...rows.map((x) => x.replace('今天支付，', '')),
      ],
    });
    expect(t.disbursementDate).toBeNull();
  });
});
