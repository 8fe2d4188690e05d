import { describe, expect, it } from 'vitest';
import rule from '@/lib/rules/catalogue/addon-preselected';
import { check } from './support/run';

describe('addon-preselected', () => {
  it('passes when nothing is pre-ticked', () => {
    expect(
      check(rule, { terms: { fees: [{ name: '会员费', when: 'upfront', amount: '99.00' }] } })
        .outcome,
    ).toBe('pass');
  });

  it('fails on a pre-ticked 权益卡, demanding its refund', () => {
    const f = check(rule, {
      terms: {
        fees: [{ name: '极速审核权益卡', when: 'upfront', amount: '799.00', preselected: true }],
      },
    });
    expect(f.outcome).toBe('fail');
    expect(f.severity).toBe('violation');
    expect(f.explanation.zh).toContain('「极速审核权益卡 799.00元」');
    expect(f.demands?.[0]).toContain('全额退还');
    expect(f.basis.map((b) => b.article)).toContain('第二十六条');
  });
});
