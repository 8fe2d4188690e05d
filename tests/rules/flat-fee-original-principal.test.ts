import { describe, expect, it } from 'vitest';
import rule from '@/lib/rules/catalogue/flat-fee-original-principal';
import type { Fee } from '@/lib/model/terms';
import { apr, check } from './support/run';

const fee: Fee = {
  name: '保证保险费',
  when: 'periodic',
  amount: '24.00',
  rate: '0.003',
  rateBasis: 'original-principal',
  ratePer: 'month',
};

describe('flat-fee-original-principal', () => {
  it('passes without a charge on the original principal', () => {
    expect(check(rule).outcome).toBe('pass');
  });

  it('passes an interest-free 等本等息 plan: equal parts of the price charge nothing flat', () => {
    // 3,588 in 12 × 299.00, no fee (a shop's 12期免息, page 1731): the true rate is 0.
    const f = check(rule, { apr: apr('0'), terms: { repaymentMethod: '等本等息' } });
    expect(f.outcome).toBe('pass');
  });

  it('fails (info) on 等本等息 with the page understating the rate', () => {
    const f = check(rule, {
      apr: apr('0.121994'),
      terms: {
        repaymentMethod: '等本等息',
        statedRates: [
          {
            label: '年化利率（单利）',
            kind: 'annual-simple',
            value: '0.066',
            valueText: '6.60%',
            primary: true,
          },
        ],
      },
    });
    expect(f.outcome).toBe('fail');
    expect(f.severity).toBe('info');
    expect(f.explanation.zh).toContain('12.20%');
  });

  it('passes when the page annual figure already reflects the flat fee', () => {
    const f = check(rule, {
      apr: apr('0.232843'),
      terms: {
        fees: [fee],
        statedRates: [
          {
            label: '综合年化成本（含保费）',
            kind: 'comprehensive-annual',
            value: '0.2328',
            valueText: '23.28%',
            primary: true,
          },
        ],
      },
    });
    expect(f.outcome).toBe('pass');
  });

  it('does not apply to interest-only loans, whose principal does not fall', () => {
    expect(check(rule, { terms: { repaymentMethod: '先息后本', fees: [fee] } }).outcome).toBe(
      'pass',
    );
  });

  it('is incomplete without a computed rate', () => {
    expect(check(rule, { apr: null, terms: { fees: [fee] } }).outcome).toBe('incomplete');
  });
});
