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

  it('passes 等本等息 instalments that only repay the principal, the cost a fee at the start', () => {
    // 6 × 424.00 = 2,544.00 lent, 分期服务费 76.32 paid with the down payment (page 1900): the rate
    // comes from the fee, no charge on the original principal each period.
    const f = check(rule, {
      apr: apr('0.105272'),
      terms: {
        repaymentMethod: '等本等息',
        principal: '2544.00',
        payments: Array.from({ length: 6 }, () => ({ dueDate: null, amount: '424.00' })),
      },
    });
    expect(f.outcome).toBe('pass');
    expect(f.explanation.zh).toContain('没有发现');
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
