/** 民法典第670条 over-charge, against figures worked by hand. */
import { describe, expect, it } from 'vitest';

import { deductionUnder670, overchargeOnDeduction, overchargeUnder670 } from '@/lib/finance';
import { Decimal } from '@/lib/finance/decimal';
import type { LoanTerms } from '@/lib/model/terms';

// Contract 10,000 at 1%/month, 12 × 等额本息, 1,000 deducted so 9,000 received (anchors.md §7.7).
// Contract schedule: pmt 888.49 (10000 × 0.01/(1 − 1.01^−12) = 888.4879), last 888.47, total 10,661.86.
// Lawful schedule on 9,000 at 1%: pmt 799.64 (799.6391), last 799.64, total 9,595.68.
// Over-charge = 10,661.86 − 9,595.68 = 1,066.18.
const spec = {
  principal: new Decimal(10000),
  repayment: { type: 'annuity' as const, monthlyRate: new Decimal('0.01'), n: 12 },
  upfrontDeductions: [{ name: '砍头息', amount: new Decimal(1000) }],
};

function terms(overrides: Partial<LoanTerms>): LoanTerms {
  return {
    principal: '10000.00',
    received: '9000.00',
    termMonths: 12,
    termDays: null,
    repaymentMethod: '等额本息',
    payments: [
      ...Array.from({ length: 11 }, () => ({ dueDate: null, amount: '888.49' })),
      { dueDate: null, amount: '888.47' },
    ],
    statedRates: [],
    fees: [],
    lenderType: 'unknown',
    lender: { type: 'unknown', name: null, evidence: null },
    contractDate: null,
    disbursementDate: null,
    prepayment: null,
    agreementShown: null,
    unreadable: [],
    sources: {},
    ...overrides,
  };
}

describe('民法典第670条 over-charge', () => {
  it('rebuilds the schedule on the received amount: 1,066.18', () => {
    expect(overchargeUnder670(spec)).toBe('1066.18');
  });

  it('is zero without a deduction and without fees', () => {
    expect(overchargeUnder670({ ...spec, upfrontDeductions: [] })).toBe('0.00');
  });

  it('from page terms of an 等额本息 loan, rebuilt at the rate read back from the schedule: 1,066.18', () => {
    expect(deductionUnder670(terms({}))).toEqual({
      contractTotal: '10661.86',
      lawfulTotal: '9595.68',
      overcharge: '1066.18',
      method: 'rebuilt-annuity',
    });
  });

  it('from page terms of an unnamed structure, scaling each payment by 9,000/10,000: 1,066.20', () => {
    // 888.49 × 0.9 = 799.641 → 799.64 (× 11), 888.47 × 0.9 = 799.623 → 799.62; lawful 9,595.66.
    expect(overchargeOnDeduction(terms({ repaymentMethod: null }))).toBe('1066.20');
  });

  it('leaves a periodic fee out: it is not interest on the deducted money and has its own basis', () => {
    // Each payment carries a 20.00 fee: repaid 10,661.86 + 240, but only principal and interest count.
    const withFee = terms({
      payments: terms({}).payments.map((p) => ({
        ...p,
        amount: new Decimal(p.amount).plus(20).toFixed(2),
      })),
      fees: [{ name: '服务费', when: 'periodic', amount: '20.00' }],
    });
    expect(overchargeOnDeduction(withFee)).toBe('1066.18');
    expect(
      overchargeUnder670({
        ...spec,
        periodicFees: [{ name: '服务费', amount: new Decimal(20) }],
      }),
    ).toBe('1066.18');
  });

  it('does not apply without a deduction or with missing amounts', () => {
    expect(overchargeOnDeduction(terms({ received: '10000.00' }))).toBeNull();
    expect(overchargeOnDeduction(terms({ received: null }))).toBeNull();
    expect(overchargeOnDeduction(terms({ payments: [] }))).toBeNull();
  });
});
