import { describe, expect, it } from 'vitest';
import rule from '@/lib/rules/catalogue/cost-over-24';
import { UNPLACED_FEE } from '@/lib/model/terms';
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

  it('gives no all-clear where a fee the page does not time would cross the line at payout', () => {
    // "贷款手续费：480 元 · 贷款保险：240 元" on a back office's loan form, in no instalment.
    const unplaced = {
      terms: {
        unreadable: [
          { label: '贷款手续费', text: '480.00', reason: UNPLACED_FEE },
          { label: '贷款保险', text: '240.00', reason: UNPLACED_FEE },
        ],
      },
      apr: apr('0.2000'),
    };
    const f = check(rule, { ...unplaced, context: { aprWithUnplacedFees: apr('0.2601') } });
    expect(f.outcome).toBe('incomplete');
    expect(f.explanation.zh).toContain('「贷款手续费480.00元」、「贷款保险240.00元」');
    expect(f.explanation.zh).toContain('26.01%');
    expect(f.explanation.en).toContain('without saying when it is charged');
    // …and the ✓ stands where even at payout they keep the rate within the line.
    const still = check(rule, { ...unplaced, context: { aprWithUnplacedFees: apr('0.2000') } });
    expect(still.outcome).toBe('pass');
  });
});
