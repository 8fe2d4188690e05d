import { describe, expect, it } from 'vitest';
import rule from '@/lib/rules/catalogue/cost-over-36';
import { UNPLACED_FEE } from '@/lib/model/terms';
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

  it('gives no all-clear where a fee the page does not time would cross the line at payout', () => {
    // "贷款手续费：480 元 · 贷款保险：240 元" on a back office's loan form, in no instalment.
    const unplaced = {
      terms: {
        unreadable: [
          { label: '贷款手续费', text: '480.00', reason: UNPLACED_FEE },
          { label: '贷款保险', text: '240.00', reason: UNPLACED_FEE },
        ],
      },
      apr: apr('0.3000'),
    };
    const f = check(rule, { ...unplaced, context: { aprWithUnplacedFees: apr('0.3801') } });
    expect(f.outcome).toBe('incomplete');
    expect(f.explanation.zh).toContain('「贷款手续费480.00元」、「贷款保险240.00元」');
    expect(f.explanation.zh).toContain('38.01%');
    expect(f.explanation.en).toContain('without saying when it is charged');
    // …and the ✓ stands where even at payout they keep the rate within the line.
    const still = check(rule, { ...unplaced, context: { aprWithUnplacedFees: apr('0.3000') } });
    expect(still.outcome).toBe('pass');
  });
});
