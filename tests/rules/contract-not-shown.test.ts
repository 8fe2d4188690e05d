import { describe, expect, it } from 'vitest';
import rule from '@/lib/rules/catalogue/contract-not-shown';
import { check } from './support/run';

describe('contract-not-shown', () => {
  it('passes when the agreement is shown', () => {
    expect(check(rule).outcome).toBe('pass');
  });

  it('fails (warning) when it is not, citing 第六百六十八条', () => {
    const f = check(rule, { terms: { agreementShown: false } });
    expect(f.severity).toBe('warning');
    expect(f.complaint).toContain('第六百六十八条');
  });

  it('is incomplete when the reader could not tell', () => {
    expect(check(rule, { terms: { agreementShown: null } }).outcome).toBe('incomplete');
  });

  it('is inapplicable to loans between natural persons (第668条 lets them agree otherwise)', () => {
    const f = check(rule, {
      terms: {
        agreementShown: false,
        lenderType: 'private',
        lender: { type: 'private', name: '张三', evidence: '借条' },
      },
    });
    expect(f.outcome).toBe('inapplicable');
    expect(f.explanation.zh).toContain('民间借贷');
  });
});
