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

  const sized = (rate: StatedRate, fontSize: number): StatedRate => ({
    ...rate,
    prominence: { fontSize, y: 100 },
  });

  it('fails when a daily rate is set at least 1.2× the annual rate’s size, and quotes both sizes', () => {
    const f = check(rule, {
      terms: { statedRates: [sized(daily(false), 16.8), sized(annual(false), 14)] },
    });
    expect(f.outcome).toBe('fail');
    expect(f.explanation.zh).toContain('16.8px');
    expect(f.explanation.zh).toContain('14px');
    expect(f.complaint).toContain('第3号》第一条');
  });

  it('passes just below the ratio, and when the annual rate is the larger', () => {
    expect(
      check(rule, { terms: { statedRates: [sized(daily(false), 16.7), sized(annual(false), 14)] } })
        .outcome,
    ).toBe('pass');
    const f = check(rule, {
      terms: { statedRates: [sized(daily(false), 14), sized(annual(false), 32)] },
    });
    expect(f.outcome).toBe('pass');
    expect(f.explanation.zh).toContain('32px');
  });

  it('counts a marketing banner’s daily rate, the display PBOC 公告第一条 is about', () => {
    const banner: StatedRate = {
      ...sized(daily(false), 48),
      label: '日息低至',
      context: 'marketing-minimum',
    };
    expect(
      check(rule, { terms: { statedRates: [banner, sized(annual(false), 14)] } }).outcome,
    ).toBe('fail');
  });

  it('is a warning for private lending, which the announcement only encourages (第五条)', () => {
    const f = check(rule, {
      terms: {
        statedRates: [sized(daily(false), 30), sized(annual(false), 14)],
        lenderType: 'private',
        lender: { type: 'private', name: '张三', evidence: '借条' },
      },
    });
    expect(f.outcome).toBe('fail');
    expect(f.severity).toBe('warning');
  });

  it('passes when the only daily or monthly figure is in collapsed fine print', () => {
    expect(check(rule, { terms: { statedRates: [daily(true), annual(false)] } }).outcome).toBe(
      'pass',
    );
  });

  it('is inapplicable when there is no annual rate at all', () => {
    expect(check(rule, { terms: { statedRates: [daily(false)] } }).outcome).toBe('inapplicable');
  });
});
