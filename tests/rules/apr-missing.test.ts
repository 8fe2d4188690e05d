import { describe, expect, it } from 'vitest';
import rule from '@/lib/rules/catalogue/apr-missing';
import { check } from './support/run';

describe('apr-missing', () => {
  it('passes when an annual rate is shown', () => {
    expect(check(rule).outcome).toBe('pass');
  });

  it('fails when only a daily rate is shown, quoting it', () => {
    const f = check(rule, {
      terms: {
        statedRates: [{ label: '日利率', kind: 'daily', value: '0.0006', valueText: '万分之6' }],
      },
    });
    expect(f.outcome).toBe('fail');
    expect(f.severity).toBe('violation');
    expect(f.explanation.zh).toContain('「日利率 万分之6」');
    expect(f.complaint).toContain('《中国人民银行公告〔2021〕第3号》第一条');
  });

  it('counts a context annual figure as shown', () => {
    const f = check(rule, {
      terms: {
        statedRates: [
          { label: '日利率', kind: 'daily', value: '0.0006', valueText: '万分之6' },
          {
            label: '综合年化资金成本不超过',
            kind: 'comprehensive-annual',
            value: '0.24',
            valueText: '24%',
            context: 'cap-claim',
          },
        ],
      },
    });
    expect(f.outcome).toBe('pass');
  });

  it('is a warning for private lending', () => {
    const f = check(rule, {
      terms: {
        statedRates: [{ label: '月利率', kind: 'monthly', value: '0.015', valueText: '1.5%' }],
        lenderType: 'private',
        lender: { type: 'private', name: '周明远', evidence: '借条' },
      },
    });
    expect(f.severity).toBe('warning');
    expect(f.basis.map((b) => b.article)).toEqual(['第一条', '第五条']);
  });

  it('fails a page that shows a loan but no rate at all (公告〔2021〕第3号 第一条)', () => {
    const f = check(rule, { terms: { statedRates: [] } });
    expect(f.outcome).toBe('fail');
    expect(f.explanation.zh).toContain('没有写任何利率');
  });

  it('does not accuse a page whose annual rate the reader could not place', () => {
    const f = check(rule, {
      terms: {
        statedRates: [],
        unreadable: [
          { label: '年化利率', text: '年利率（即预期年收益率）10.8%', reason: 'rate not placed' },
        ],
      },
    });
    expect(f.outcome).toBe('incomplete');
    expect(f.explanation.zh).toContain('年利率（即预期年收益率）10.8%');
  });

  it('is incomplete when no rate and no loan figures were read', () => {
    const f = check(rule, {
      terms: { statedRates: [], principal: null, termMonths: null, payments: [] },
    });
    expect(f.missing).toEqual(['页面展示的利率']);
  });
});
