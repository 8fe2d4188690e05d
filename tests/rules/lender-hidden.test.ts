import { describe, expect, it } from 'vitest';
import rule from '@/lib/rules/catalogue/lender-hidden';
import { check } from './support/run';

describe('lender-hidden', () => {
  it('passes when a licensed lender is named', () => {
    expect(check(rule).outcome).toBe('pass');
  });

  it('fails (warning) on a platform brand without a named lender', () => {
    const f = check(rule, {
      terms: {
        lenderType: 'unknown',
        lender: { type: 'unknown', name: null, evidence: null, platform: '闪鲸借' },
      },
    });
    expect(f.outcome).toBe('fail');
    expect(f.severity).toBe('warning');
    expect(f.explanation.zh).toContain('「闪鲸借」');
  });

  it('is incomplete when no lender was read, or its type is unclear', () => {
    expect(
      check(rule, {
        terms: { lenderType: 'unknown', lender: { type: 'unknown', name: null, evidence: null } },
      }).missing,
    ).toEqual(['放款机构名称']);
    expect(
      check(rule, {
        terms: {
          lenderType: 'unknown',
          lender: { type: 'unknown', name: '某某科技有限公司', evidence: null },
        },
      }).outcome,
    ).toBe('incomplete');
  });
});

describe("lender-hidden: the page's own words", () => {
  it('fails (not "could not verify") when the page says the money comes from an unnamed partner', () => {
    const f = check(rule, {
      terms: {
        lenderType: 'unknown',
        lender: {
          type: 'unknown',
          name: null,
          evidence: null,
          hiddenBy: '资金由合作机构提供，本平台仅提供信息服务。',
        },
      },
    });
    expect(f.outcome).toBe('fail');
    expect(f.explanation.zh).toContain('资金由合作机构提供');
    expect(f.evidence[0]?.text).toBe('资金由合作机构提供，本平台仅提供信息服务。');
  });

  it('still could not verify when nothing names or hides the lender', () => {
    const f = check(rule, {
      terms: { lenderType: 'unknown', lender: { type: 'unknown', name: null, evidence: null } },
    });
    expect(f.outcome).toBe('incomplete');
  });
});
