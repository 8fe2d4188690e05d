import { describe, expect, it } from 'vitest';
import rule from '@/lib/rules/catalogue/fee-outside-apr';
import type { Fee } from '@/lib/model/terms';
import { apr, check } from './support/run';

const fee: Fee = { name: '平台服务费', when: 'upfront', amount: '4500.00' };
const rate15 = [
  {
    label: '年化利率（单利）',
    kind: 'annual-simple',
    value: '0.156',
    valueText: '15.60%',
    primary: true,
  },
] as const;

describe('fee-outside-apr', () => {
  it('passes with no fee besides interest', () => {
    expect(check(rule).outcome).toBe('pass');
  });

  it('fails when the fees are not in the annual rate shown, naming them', () => {
    const f = check(rule, {
      apr: apr('0.275656'),
      terms: { fees: [fee], statedRates: [...rate15] },
    });
    expect(f.outcome).toBe('fail');
    expect(f.explanation.zh).toContain('「平台服务费 4,500.00元」');
    expect(f.basis.map((b) => b.article)).toEqual(['第三条']);
  });

  it('adds the 2026 明示 rule for contracts from 2026-08-01', () => {
    const f = check(rule, {
      apr: apr('0.275656'),
      terms: { fees: [fee], statedRates: [...rate15], contractDate: '2026-08-01' },
    });
    expect(f.basis.map((b) => b.instrument)).toContain('《个人贷款业务明示综合融资成本规定》');
    const before = check(rule, {
      apr: apr('0.275656'),
      terms: { fees: [fee], statedRates: [...rate15], contractDate: '2026-07-31' },
    });
    expect(before.basis).toHaveLength(1);
  });

  it('passes when the annual figure includes the fees', () => {
    expect(
      check(rule, { apr: apr('0.1580'), terms: { fees: [fee], statedRates: [...rate15] } }).outcome,
    ).toBe('pass');
  });

  it('is inapplicable with no annual figure, incomplete with no computed rate', () => {
    expect(check(rule, { terms: { fees: [fee], statedRates: [] } }).outcome).toBe('inapplicable');
    expect(check(rule, { apr: null, terms: { fees: [fee] } }).outcome).toBe('incomplete');
  });
});
