import { describe, expect, it } from 'vitest';
import rule from '@/lib/rules/catalogue/cost-over-24';
import { apr, check } from './support/run';

const privateLender = {
  lenderType: 'private',
  lender: { type: 'private', name: '张三', evidence: '借条' },
} as const;

describe('cost-over-24', () => {
  it('passes at exactly 24.00% and fails at 24.01% (strictly above)', () => {
    expect(check(rule, { apr: apr('0.24') }).outcome).toBe('pass');
    const f = check(rule, { apr: apr('0.2401') });
    expect(f.outcome).toBe('fail');
    expect(f.severity).toBe('violation');
  });

  it('cites 法发〔2017〕22号 for a licensed lender and quotes the true rate', () => {
    const f = check(rule, { apr: apr('0.275656', '0.313293') });
    expect(f.basis.map((b) => b.article)).toEqual(['第二条']);
    expect(f.explanation.zh).toContain('27.57%');
    expect(f.explanation.zh).toContain('「年化利率（单利） 18.00%」');
    expect(f.complaint).toContain('法发〔2017〕22号');
  });

  it('applies to private lending too, citing 民间借贷规定第二十五条', () => {
    const f = check(rule, { apr: apr('0.30'), terms: privateLender });
    expect(f.outcome).toBe('fail');
    expect(f.basis.map((b) => b.article)).toEqual(['第二十五条']);
  });

  it('applies the 2015 regime to private contracts before 2020-08-20, as a warning', () => {
    const before = check(rule, {
      apr: apr('0.30'),
      terms: { ...privateLender, contractDate: '2020-08-19' },
    });
    expect(before.severity).toBe('warning');
    expect(before.basis[0]?.instrument).toContain('法释〔2015〕18号');
    const after = check(rule, {
      apr: apr('0.30'),
      terms: { ...privateLender, contractDate: '2020-08-20' },
    });
    expect(after.severity).toBe('violation');
  });

  it('applies to an unknown lender, citing both lines', () => {
    const f = check(rule, {
      apr: apr('0.30'),
      terms: { lenderType: 'unknown', lender: { type: 'unknown', name: null, evidence: null } },
    });
    expect(f.outcome).toBe('fail');
    expect(f.basis).toHaveLength(2);
  });

  it('is incomplete without a computable rate, saying so in each language', () => {
    // Why the rate could not be computed is the report's `aprProblem`, said once by the view.
    const f = check(rule, { apr: null });
    expect(f.outcome).toBe('incomplete');
    expect(f.explanation.zh).toContain('无法计算这笔借款的真实年化利率');
    expect(f.explanation.en).toContain('could not be computed');
    expect(f.explanation.en).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
