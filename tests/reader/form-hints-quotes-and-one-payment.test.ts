/**
 * Round eighty-one's app screens: a form's hint under 借款金额 ("建议借款范围: 1,000 - 200,000 元") is
 * a range, not the amount; the sum a quote was worked on ("按借款50,000元、分24期…试算") is the
 * amount, checked by the 月供 beside it; and "到期一次付清" is one repayment at the end.
 */
import { describe, expect, it } from 'vitest';
import { readSpec } from '../support/raw';

describe('a loan form with its quote', () => {
  // 50,000 over 24 months at 6.50 % a year: 50,000 × 0.0054167 / (1 − 1.0054167⁻²⁴) = 2,227.31.
  const t = readSpec({
    pairs: [
      ['借款金额 (元)', '建议借款范围: 1,000 - 200,000 元'],
      ['借款期限', '24 个月 (2年)'],
      ['月供金额', '2227.31 元'],
    ],
    text: ['末期 2227.40 元 · 按借款50,000元、分24期、等额本息、年化利率（单利）6.50%试算'],
  });

  it('does not take the hint’s upper end as the amount', () => {
    expect(t.principal).not.toBe('200000.00');
  });

  it('takes the sum the quote was worked on', () => {
    expect([t.principal, t.termMonths, t.repaymentMethod]).toEqual(['50000.00', 24, '等额本息']);
  });
});

describe('到期一次付清', () => {
  it('is one repayment of principal and interest at the end', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '6,000.00 元'],
        ['借款期限', '3 个月'],
        ['利息', '270.00 元'],
        ['还款方式', '到期一次付清'],
      ],
      text: [],
    });
    expect(t.repaymentMethod).toBe('到期一次性还本付息');
  });

  it('is not the principal repaid at the end of a loan whose interest is paid monthly', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '6,000.00 元'],
        ['借款期限', '3 个月'],
        ['还款方式', '按月付息，到期一次还清本金'],
      ],
      text: [],
    });
    expect(t.repaymentMethod).not.toBe('到期一次性还本付息');
  });
});

describe('合同期限 written as two dates', () => {
  it('runs the loan from the first to the second', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '6,000.00 元'],
        ['借款期限', '3 个月'],
        ['利息', '270.00 元'],
        ['合同期限', '2026-02-10 至 2026-05-10'],
        ['还款方式', '到期一次付清'],
      ],
      text: [],
    });
    expect([t.disbursementDate, t.payments.at(-1)?.dueDate]).toEqual(['2026-02-10', '2026-05-10']);
  });
});
