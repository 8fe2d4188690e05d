import { describe, expect, it } from 'vitest';
import rule from '@/lib/rules/catalogue/cost-over-4x-lpr';
import type { LoanTerms } from '@/lib/model/terms';
import { apr, check } from './support/run';

const privateOn = (contractDate: string | null): Partial<LoanTerms> => ({
  lenderType: 'private',
  lender: { type: 'private', name: '周明远', evidence: '借条' },
  contractDate,
});

describe('cost-over-4x-lpr', () => {
  it('passes at exactly 4×LPR and fails just above (LPR 3.00% → 12%)', () => {
    expect(check(rule, { apr: apr('0.12'), terms: privateOn('2026-02-01') }).outcome).toBe('pass');
    const f = check(rule, { apr: apr('0.1201'), terms: privateOn('2026-02-01') });
    expect(f.outcome).toBe('fail');
    expect(f.severity).toBe('violation');
    expect(f.explanation.zh).toContain('3.00%（2025-05-20公布）');
  });

  it('uses the LPR published on the contract date itself', () => {
    // 2022-08-22: 3.70% → 3.65%; 14.70% is above 4 × 3.65% = 14.60% but not above 14.80%.
    expect(check(rule, { apr: apr('0.147'), terms: privateOn('2022-08-22') }).outcome).toBe('fail');
    expect(check(rule, { apr: apr('0.147'), terms: privateOn('2022-08-21') }).outcome).toBe('pass');
  });

  it('handles contracts either side of 2020-08-20 (民间借贷规定第31条)', () => {
    const after = check(rule, { apr: apr('0.20'), terms: privateOn('2020-08-20') });
    expect(after.severity).toBe('violation');
    expect(after.data['capValue']).toBe('0.154');
    const before = check(rule, { apr: apr('0.20'), terms: privateOn('2020-08-19') });
    expect(before.outcome).toBe('fail');
    expect(before.severity).toBe('warning');
    expect(before.explanation.zh).toContain('起诉时');
  });

  it('judges a legacy loan that ended before 2020-08-20 by the 24% line only', () => {
    const terms = { ...privateOn('2019-01-01'), termMonths: 6 };
    expect(check(rule, { apr: apr('0.20'), terms }).outcome).toBe('pass');
    expect(check(rule, { apr: apr('0.2401'), terms }).outcome).toBe('fail');
  });

  it('is a warning saying so when the LPR is from the unconfirmed rows', () => {
    const f = check(rule, { apr: apr('0.18'), terms: privateOn('2026-05-01') });
    expect(f.severity).toBe('warning');
    expect(f.basis.at(-1)?.confirmed).toBe(false);
    // What is uncertain is whether a newer LPR applied, not the published value itself.
    expect(f.explanation.zh).toContain('是否公布了更新的一年期LPR');
    expect(f.explanation.zh).not.toContain('未能核实原文');
  });

  it('uses today when the page shows no contract date, and says so', () => {
    const f = check(rule, {
      apr: apr('0.18'),
      terms: privateOn(null),
      context: { today: '2026-03-01' },
    });
    expect(f.explanation.zh).toContain('页面未写明合同日期，按今天 2026-03-01 计');
  });

  it('is inapplicable to licensed lenders and incomplete without a rate', () => {
    expect(check(rule, { apr: apr('0.18') }).outcome).toBe('inapplicable');
    expect(check(rule, { apr: null, terms: privateOn('2026-02-01') }).outcome).toBe('incomplete');
  });
});
