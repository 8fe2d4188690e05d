import { describe, expect, it } from 'vitest';
import rule from '@/lib/rules/catalogue/overdue-penalty-excessive';
import type { Fee } from '@/lib/model/terms';
import { check } from './support/run';

const daily = (name: string, rate: string): Fee => ({
  name,
  when: 'overdue',
  rate,
  ratePer: 'day',
  rateBasis: 'overdue-amount',
});
const privateLender = {
  lenderType: 'private',
  lender: { type: 'private', name: '周明远', evidence: '借条' },
} as const;

describe('overdue-penalty-excessive', () => {
  it('annualises daily × 365 and monthly × 12, strictly above 24%', () => {
    const at24: Fee = { name: '罚息', when: 'overdue', rate: '0.02', ratePer: 'month' };
    expect(check(rule, { terms: { fees: [at24] } }).outcome).toBe('pass');
    const f = check(rule, {
      terms: { fees: [daily('罚息', '0.0006'), daily('违约金', '0.0004')] },
    });
    expect(f.outcome).toBe('fail');
    expect(f.data['totalAnnualised']).toBe('0.365');
  });

  it('draws no conclusion when only a period the page never named puts it over the line', () => {
    // 逾期罚息利率 0.10% with no 日/月/年: a day's by its size would be 36.5 % a year.
    const assumed: Fee = { ...daily('罚息', '0.001'), periodAssumed: true };
    const f = check(rule, { terms: { fees: [assumed] } });
    expect(f.outcome).toBe('incomplete');
    expect(f.explanation.zh).toContain('没有写明按日、按月还是按年计收');
    // …while a stated daily rate over the line still fails beside it.
    expect(check(rule, { terms: { fees: [assumed, daily('违约金', '0.001')] } }).outcome).toBe(
      'fail',
    );
  });

  it('annualises a multiple of the contract rate against the contract annual rate', () => {
    const f = check(rule, {
      terms: { fees: [{ name: '罚息', when: 'overdue', rate: '1.5', rateBasis: 'contract-rate' }] },
    });
    expect(f.data['totalAnnualised']).toBe('0.27');
    expect(f.outcome).toBe('fail');
  });

  it('lists one-off charges without annualising them', () => {
    const f = check(rule, {
      terms: {
        fees: [
          daily('罚息', '0.0005'),
          { name: '逾期服务费', when: 'overdue', amount: '30.00', ratePer: 'once' },
        ],
      },
    });
    expect(f.outcome).toBe('pass');
    expect(f.explanation.zh).toContain('「逾期服务费」');
  });

  it('caps private lending at 4×LPR (民间借贷规定第28–29条)', () => {
    const f = check(rule, {
      terms: { ...privateLender, fees: [daily('逾期利息', '0.0005')], contractDate: '2026-02-01' },
    });
    expect(f.outcome).toBe('fail');
    expect(f.data['capValue']).toBe('0.12');
    expect(f.basis.map((b) => b.article)).toEqual([
      '第二十八条',
      '第二十九条',
      '2025-05-20公布值3%',
    ]);
  });

  it('is a warning when the LPR used is from the unconfirmed rows', () => {
    const f = check(rule, {
      terms: { ...privateLender, fees: [daily('逾期利息', '0.0005')], contractDate: '2026-05-01' },
    });
    expect(f.severity).toBe('warning');
    // What is uncertain is whether a newer LPR applied, not the published value itself.
    expect(f.explanation.zh).toContain('是否公布了更新的一年期LPR');
    expect(f.explanation.zh).not.toContain('未能核实原文');
  });

  it('is incomplete without overdue terms, or when a component cannot be annualised', () => {
    expect(check(rule, { terms: { fees: [] } }).missing).toEqual([
      '逾期罚息、违约金等逾期收费条款',
    ]);
    const f = check(rule, { terms: { fees: [{ name: '违约金', when: 'overdue' }] } });
    expect(f.outcome).toBe('incomplete');
  });
});
