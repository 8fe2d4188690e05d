import { describe, expect, it } from 'vitest';
import rule from '@/lib/rules/catalogue/cost-over-36';
import { apr, check } from './support/run';

describe('cost-over-36', () => {
  it('passes at exactly 36.00% and fails at 36.01%', () => {
    expect(check(rule, { apr: apr('0.36') }).outcome).toBe('pass');
    expect(check(rule, { apr: apr('0.3601') }).outcome).toBe('fail');
  });

  it('mentions the 非法放贷 line for a platform that names no lender', () => {
    const f = check(rule, {
      apr: apr('0.464676', '0.5776'),
      terms: {
        lenderType: 'platform-unspecified',
        lender: { type: 'platform-unspecified', name: '金橙分', evidence: '金橙分' },
      },
    });
    expect(f.severity).toBe('violation');
    expect(f.basis.map((b) => b.article)).toContain('第二条');
    expect(f.explanation.zh).toContain('46.47%');
  });

  it('voids interest above 36% for a private contract before 2020-08-20', () => {
    const f = check(rule, {
      apr: apr('0.40'),
      terms: {
        lenderType: 'private',
        lender: { type: 'private', name: '张三', evidence: '借条' },
        contractDate: '2019-05-01',
      },
    });
    expect(f.outcome).toBe('fail');
    expect(f.complaint).toContain('法释〔2015〕18号');
  });

  it('is incomplete without a rate', () => {
    expect(check(rule, { apr: null }).outcome).toBe('incomplete');
  });
});
