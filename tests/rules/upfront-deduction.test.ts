import { describe, expect, it } from 'vitest';
import rule from '@/lib/rules/catalogue/upfront-deduction';
import { check } from './support/run';

describe('upfront-deduction', () => {
  it('passes when the whole contract amount is paid out', () => {
    expect(check(rule).outcome).toBe('pass');
  });

  it('fails on 砍头息, quoting both amounts and 民法典第六百七十条', () => {
    const f = check(rule, {
      terms: {
        received: '9200.00',
        fees: [{ name: '平台服务费', when: 'upfront', amount: '800.00' }],
        sources: { received: { text: '实际到账 9,200.00元', locator: '#recv', finePrint: false } },
      },
    });
    expect(f.outcome).toBe('fail');
    expect(f.severity).toBe('violation');
    expect(f.explanation.zh).toContain('借款金额10,000.00元，实际到账9,200.00元');
    expect(f.explanation.zh).toContain('「平台服务费 800.00元」');
    expect(f.complaint).toContain('民法典》第六百七十条');
    expect(f.complaint).toContain('9,200.00元');
    expect(f.demands?.[0]).toContain('按实际到账金额9,200.00元重新计算');
    expect(f.basis.map((b) => b.article)).toEqual(['第六百七十条']);
    expect(f.evidence).toContainEqual({
      label: '实际到账金额',
      text: '实际到账 9,200.00元',
      locator: '#recv',
    });
    expect(f.data['deductedValue']).toBe('800.00');
  });

  it('demands the refund computed under 第670条 when it is known', () => {
    const f = check(rule, { terms: { received: '9500.00' }, context: { overcharge670: '1234.5' } });
    expect(f.outcome).toBe('fail');
    expect(f.demands).toContain('退还（或在后续还款中抵减）多收取的1,234.50元；');
  });

  it('adds 民间借贷规定第二十六条 for private lending', () => {
    const f = check(rule, {
      terms: {
        received: '9500.00',
        lenderType: 'private',
        lender: { type: 'private', name: '张三', evidence: '借条' },
      },
    });
    expect(f.basis.map((b) => b.article)).toEqual(['第六百七十条', '第二十六条']);
  });

  it('is a warning when the contract predates 民法典 (2021-01-01)', () => {
    const f = check(rule, { terms: { received: '9500.00', contractDate: '2020-12-31' } });
    expect(f.outcome).toBe('fail');
    expect(f.severity).toBe('warning');
    expect(f.explanation.zh).toContain('2021-01-01');
  });

  it('is incomplete, naming the missing amount, when the amount received is not shown', () => {
    const f = check(rule, { terms: { received: null } });
    expect(f.outcome).toBe('incomplete');
    expect(f.missing).toEqual(['实际到账金额']);
  });

  it('never reports a deduction of one cent less as a pass', () => {
    expect(check(rule, { terms: { received: '9999.99' } }).outcome).toBe('fail');
  });
});
