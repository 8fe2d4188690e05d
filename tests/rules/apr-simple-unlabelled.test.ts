import { describe, expect, it } from 'vitest';
import rule from '@/lib/rules/catalogue/apr-simple-unlabelled';
import type { StatedRate } from '@/lib/model/terms';
import { apr, check } from './support/run';

const rate = (label: string, value: string): StatedRate => ({
  label,
  kind: 'annual-simple',
  value,
  valueText: value,
  primary: true,
});

describe('apr-simple-unlabelled', () => {
  it('passes when the label says 单利', () => {
    expect(check(rule).outcome).toBe('pass');
  });

  it('fails (warning) when an unlabelled figure is below the compound rate by more than 0.25 pp', () => {
    const f = check(rule, {
      apr: apr('0.156107', '0.167775'),
      terms: { statedRates: [rate('年利率', '0.102')] },
    });
    expect(f.outcome).toBe('fail');
    expect(f.severity).toBe('warning');
    expect(f.complaint).toContain('应说明是单利');
  });

  it('passes an unlabelled figure that is the compound rate (within 0.25 pp)', () => {
    expect(
      check(rule, {
        apr: apr('0.18', '0.1956'),
        terms: { statedRates: [rate('年化利率', '0.1931')] },
      }).outcome,
    ).toBe('pass');
    expect(
      check(rule, {
        apr: apr('0.18', '0.1956'),
        terms: { statedRates: [rate('年化利率', '0.193')] },
      }).outcome,
    ).toBe('fail');
  });

  it('is inapplicable with no simple-kind annual figure', () => {
    const irr: StatedRate = {
      label: '贷款年化利率（IRR）',
      kind: 'annual-irr',
      value: '0.0396',
      valueText: '3.96%',
      primary: true,
    };
    expect(check(rule, { terms: { statedRates: [irr] } }).outcome).toBe('inapplicable');
  });

  it('is incomplete without a computed rate', () => {
    expect(
      check(rule, { apr: null, terms: { statedRates: [rate('年利率', '0.102')] } }).outcome,
    ).toBe('incomplete');
  });
});
