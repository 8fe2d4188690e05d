import { describe, expect, it } from 'vitest';
import rule from '@/lib/rules/catalogue/apr-less-prominent';
import type { StatedRate } from '@/lib/model/terms';
import { check } from './support/run';

const daily = (finePrint: boolean): StatedRate => ({
  label: '日利率',
  kind: 'daily',
  value: '0.0005',
  valueText: '0.05%',
  source: { text: '日利率0.05%', locator: '.hero', finePrint },
});
const annual = (finePrint: boolean): StatedRate => ({
  label: '年化利率（单利）',
  kind: 'annual-simple',
  value: '0.18',
  valueText: '18.00%',
  primary: true,
  source: { text: '年化利率（单利）18.00%', locator: 'details', finePrint },
});

describe('apr-less-prominent', () => {
  it('passes when no daily or monthly rate competes with the annual one', () => {
    expect(check(rule).outcome).toBe('pass');
  });

  it('fails when the annual rate is only in fine print and a daily rate is in view', () => {
    const f = check(rule, { terms: { statedRates: [daily(false), annual(true)] } });
    expect(f.outcome).toBe('fail');
    expect(f.evidence.some((e) => e.finePrint === true)).toBe(true);
  });

  it('is incomplete, naming the prominence data it lacks, when both are in view', () => {
    const f = check(rule, { terms: { statedRates: [daily(false), annual(false)] } });
    expect(f.outcome).toBe('incomplete');
    expect(f.missing).toEqual(['各利率在页面上的字号、位置和强调方式']);
  });

  it('is inapplicable when there is no annual rate at all', () => {
    expect(check(rule, { terms: { statedRates: [daily(false)] } }).outcome).toBe('inapplicable');
  });
});
