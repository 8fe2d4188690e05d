import { describe, expect, it } from 'vitest';
import rule from '@/lib/rules/catalogue/prepayment-charge';
import { check } from './support/run';

describe('prepayment-charge', () => {
  it('passes when the clause charges nothing', () => {
    expect(check(rule).outcome).toBe('pass');
  });

  it('fails as a warning on a prepayment penalty, quoting the clause and 第六百七十七条', () => {
    const f = check(rule, {
      terms: {
        prepayment: { text: '应按提前偿还本金的3%向贷款人支付提前还款违约金', penalty: true },
      },
    });
    expect(f.outcome).toBe('fail');
    expect(f.severity).toBe('warning');
    expect(f.explanation.zh).toContain('提前偿还本金的3%');
    expect(f.complaint).toContain('第六百七十七条');
  });

  it('fails on a prepayment fee even without a clause', () => {
    expect(
      check(rule, {
        terms: {
          prepayment: null,
          fees: [{ name: '提前还款手续费', when: 'prepayment', amount: '100.00' }],
        },
      }).outcome,
    ).toBe('fail');
  });

  it('is incomplete without a prepayment clause', () => {
    expect(check(rule, { terms: { prepayment: null } }).missing).toEqual(['提前还款条款']);
  });
});
