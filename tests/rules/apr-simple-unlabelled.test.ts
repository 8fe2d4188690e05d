import { describe, expect, it } from 'vitest';
import rule from '@/lib/rules/catalogue/apr-simple-unlabelled';
import type { StatedRate } from '@/lib/model/terms';
import { apr, check } from './support/run';

const rate = (label: string, value: string): StatedRate => ({
  label,
  kind: 'annual-simple',
  value,
  valueText: value,
  primary: true,
});

describe('apr-simple-unlabelled', () => {
  it('passes when the label says 单利', () => {
    expect(check(rule).outcome).toBe('pass');
  });

  it('passes when the value itself says 单利 under a plain label ("贷款利率：年化利率（单利）14.4%")', () => {
    const f = check(rule, {
      apr: apr('0.18', '0.1956'),
      terms: {
        statedRates: [{ ...rate('贷款利率', '0.18'), valueText: '年化利率(单利)18%(月利率1.5%)' }],
      },
    });
    expect(f.outcome).toBe('pass');
  });

  it('fails (warning) when an unlabelled figure is the contract rate × 12, below its compound form', () => {
    // Contract rate 1.5% a month: 12 × 1.5% = 18.00%, compounded (1.015^12 − 1) = 19.56%.
    const f = check(rule, {
      apr: apr('0.18', '0.1956'),
      terms: { statedRates: [rate('年利率', '0.18')] },
    });
    expect(f.outcome).toBe('fail');
    expect(f.severity).toBe('warning');
    expect(f.complaint).toContain('应说明是单利');
    expect(f.data.contractCompoundValue).toBe('0.195618');
  });

  it('compares with the contract rate, not the fee-laden true rate', () => {
    // Membership sample: 8,000 at 1% a month (等额本息, 710.79 of principal and interest), a
    // 60.00 fee on top and 299 deducted, so the true rate is 35.25%; the page says 12.00%.
    const payments = Array.from({ length: 12 }, () => ({
      dueDate: null,
      amount: '770.79',
      principal: '650.00',
      interest: '60.79',
    }));
    const f = check(rule, {
      apr: apr('0.352539', '0.415468'),
      terms: {
        principal: '8000.00',
        received: '7701.00',
        payments: payments.map((p, i) =>
          i === 0 ? { ...p, principal: '630.79', interest: '80.00' } : p,
        ),
        fees: [{ name: '担保服务费', when: 'periodic', amount: '60.00' }],
        statedRates: [rate('年化利率', '0.12')],
      },
    });
    expect(f.outcome).toBe('fail');
    expect(f.explanation.zh).not.toContain('41.55%');
  });

  it('passes an unlabelled figure that is not the simple form (the compound one, or one that leaves fees out)', () => {
    for (const value of ['0.1956', '0.102']) {
      expect(
        check(rule, {
          apr: apr('0.18', '0.1956'),
          terms: { statedRates: [rate('年化利率', value)] },
        }).outcome,
      ).toBe('pass');
    }
  });

  it('is inapplicable with no simple-kind annual figure', () => {
    const irr: StatedRate = {
      label: '贷款年化利率（IRR）',
      kind: 'annual-irr',
      value: '0.0396',
      valueText: '3.96%',
      primary: true,
    };
    expect(check(rule, { terms: { statedRates: [irr] } }).outcome).toBe('inapplicable');
  });

  it('is incomplete when the contract rate cannot be read (fees, no principal and interest split)', () => {
    expect(
      check(rule, {
        terms: {
          statedRates: [rate('年利率', '0.102')],
          fees: [{ name: '服务费', when: 'periodic', amount: '50.00' }],
        },
      }).outcome,
    ).toBe('incomplete');
  });
});
