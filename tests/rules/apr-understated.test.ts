import { describe, expect, it } from 'vitest';
import rule from '@/lib/rules/catalogue/apr-understated';
import type { StatedRate } from '@/lib/model/terms';
import { apr, check } from './support/run';

const stated = (
  value: string,
  kind: StatedRate['kind'] = 'annual-simple',
  extra: Partial<StatedRate> = {},
): StatedRate => ({
  label: kind === 'annual-compound' ? '年化利率（复利）' : '年化利率（单利）',
  kind,
  value,
  valueText: value,
  primary: true,
  ...extra,
});

describe('apr-understated', () => {
  it('passes at exactly 0.5 pp below and fails just beyond (understatement.ts)', () => {
    expect(
      check(rule, { apr: apr('0.185'), terms: { statedRates: [stated('0.18')] } }).outcome,
    ).toBe('pass');
    // 0.27 pp: interest taken a month ahead on a stated 18.00 % is no accusation.
    expect(
      check(rule, { apr: apr('0.182741'), terms: { statedRates: [stated('0.18')] } }).outcome,
    ).toBe('pass');
    const f = check(rule, { apr: apr('0.185001'), terms: { statedRates: [stated('0.18')] } });
    expect(f.outcome).toBe('fail');
    expect(f.severity).toBe('violation');
    expect(f.basis.map((b) => b.article)).toEqual(['第三条']);
  });

  it('compares a 复利 figure with the effective rate, others with the nominal', () => {
    const computed = apr('0.18', '0.1956');
    expect(
      check(rule, { apr: computed, terms: { statedRates: [stated('0.1956', 'annual-compound')] } })
        .outcome,
    ).toBe('pass');
    expect(
      check(rule, { apr: computed, terms: { statedRates: [stated('0.18', 'annual-compound')] } })
        .outcome,
    ).toBe('fail');
    expect(
      check(rule, {
        apr: computed,
        terms: { statedRates: [stated('0.18', 'comprehensive-annual')] },
      }).outcome,
    ).toBe('pass');
  });

  it('quotes both rates and the gap', () => {
    const f = check(rule, {
      apr: apr('0.275656'),
      terms: { statedRates: [stated('0.156', 'annual-simple', { valueText: '15.60%' })] },
    });
    expect(f.explanation.zh).toContain('「年化利率（单利） 15.60%」');
    expect(f.explanation.zh).toContain('27.57%');
    expect(f.explanation.zh).toContain('11.97个百分点');
  });

  it('ignores context figures: with only a marketing minimum it is inapplicable', () => {
    const f = check(rule, {
      terms: { statedRates: [stated('0.073', 'annual-simple', { context: 'marketing-minimum' })] },
    });
    expect(f.outcome).toBe('inapplicable');
  });

  it('is a warning for private lending (公告第五条 only encourages)', () => {
    const f = check(rule, {
      apr: apr('0.30'),
      terms: {
        statedRates: [stated('0.18')],
        lenderType: 'private',
        lender: { type: 'private', name: '张三', evidence: '借条' },
      },
    });
    expect(f.severity).toBe('warning');
  });

  it('is incomplete without a computed rate', () => {
    expect(check(rule, { apr: null }).outcome).toBe('incomplete');
  });
});

describe('apr-understated without a primary mark', () => {
  it('takes the only non-context annual figure as the loan rate', () => {
    const lone: StatedRate = {
      label: '年化利率',
      kind: 'annual-simple',
      value: '0.144',
      valueText: '14.4%',
    };
    expect(check(rule, { apr: apr('0.3022'), terms: { statedRates: [lone] } }).outcome).toBe(
      'fail',
    );
    const two: StatedRate = { ...lone, label: '综合年化', kind: 'comprehensive-annual' };
    expect(check(rule, { apr: apr('0.3022'), terms: { statedRates: [lone, two] } }).outcome).toBe(
      'inapplicable',
    );
  });
});
