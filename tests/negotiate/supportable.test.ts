/**
 * What the law supports, pinned on independent examples: a licensed lender (24%, 法发〔2017〕22号)
 * and private lending (4 × the one-year LPR of 2025-05-20, 3.00% → 12%, 民间借贷规定第25、28–29条),
 * each with and without a deduction at disbursement (民法典第670条). Every expected figure comes
 * from tests/negotiate/independent_check.py (Python decimal), not from the code under test.
 */
import { describe, expect, it } from 'vitest';

import { supportable } from '@/lib/negotiate/supportable';
import { stepText } from '@/lib/negotiate/steps-text';

import { baseCase, caseOf } from './support';

const noDeduction = { ...baseCase, received: '20000' };
const privateCase = { ...baseCase, lenderType: 'private', contractDate: '2025-06-01' };

describe('supportable', () => {
  it.each([
    ['licensed, deduction', baseCase, '13000.00', '795.52', '914.63', '14710.15', '2668.55'],
    ['licensed, no deduction', noDeduction, '14200.00', '846.30', '999.06', '16045.36', '1333.34'],
    ['private, deduction', privateCase, '13000.00', '399.43', '457.32', '13856.75', '3521.95'],
    [
      'private, no deduction',
      { ...privateCase, received: '20000' },
      '14200.00',
      '424.92',
      '499.53',
      '15124.45',
      '2254.25',
    ],
  ])('%s', (_name, json, principal, interest, overdue, total, disputed) => {
    const result = supportable(caseOf(json), []);
    expect(result.demanded.total).toBe('17378.70');
    expect(result.supportable).toEqual({ principal, interest, overdueCharges: overdue, total });
    expect(result.disputed.total).toBe(disputed);
    expect(result.overdueDays).toBe(107);
    // The parts add up, on both sides.
    const sum = (a: { principal: string; interest: string; overdueCharges: string }) =>
      [a.principal, a.interest, a.overdueCharges].reduce((s, v) => s + Number(v) * 100, 0);
    expect(sum(result.supportable)).toBeCloseTo(Number(total) * 100, 6);
    expect(sum(result.disputed)).toBeCloseTo(Number(disputed) * 100, 6);
  });

  it('uses the line for the lender type and says which', () => {
    expect(supportable(caseOf(baseCase), []).line).toMatchObject({
      kind: 'licensed-24',
      rate: '0.240000',
      borrowerMustAsk: true,
    });
    const priv = supportable(caseOf(privateCase), []);
    expect(priv.line).toMatchObject({
      kind: 'private-4x-lpr',
      rate: '0.120000',
      borrowerMustAsk: false,
    });
    expect(priv.line.confirmed).toBe(true);
    // A private loan formed before 2020-08-20 keeps the 2015 interpretation's 24% (第31条).
    expect(
      supportable(
        caseOf({ ...privateCase, contractDate: '2020-05-01', overdueSince: '2020-09-01' }),
        [],
      ).line.kind,
    ).toBe('private-legacy-24');
    // Unknown: the higher line, never the lower private one.
    const unknown = supportable(caseOf({ ...baseCase, lenderType: 'unknown' }), []);
    expect(unknown.line.rate).toBe('0.240000');
    expect(unknown.steps.map((s) => s.id)).toContain('lender-type-unknown');
  });

  it('marks a step resting on an unconfirmed LPR as uncertain', () => {
    // legal.md §6: fixings from 2026-04-20 on are UNVERIFIED.
    const result = supportable(
      caseOf({ ...privateCase, contractDate: '2026-06-01', overdueSince: '2026-08-15' }),
      [],
    );
    expect(result.line.confirmed).toBe(false);
    expect(result.steps.find((s) => s.id.startsWith('overdue'))?.confirmed).toBe(false);
  });

  it('supports everything when the demand is within the line, and says so', () => {
    const result = supportable(
      caseOf({ ...noDeduction, owed: { principal: '14200', interest: '846.30', penalty: '500' } }),
      [],
    );
    expect(result.disputed.total).toBe('0.00');
    expect(result.steps.map((s) => s.id)).toContain('overdue-within-line');
  });

  it('sets principal paid on money never lent off against the charges', () => {
    // Contract 20,000, received 18,800 (1,200 deducted); the lender still claims 1,000 principal:
    // 200 of principal was repaid on money never lent.
    const result = supportable(
      caseOf({ ...baseCase, owed: { principal: '1000', interest: '100', penalty: '50' } }),
      [],
    );
    // interest 100 × 0.94 = 94.00; overdue cap on 0 outstanding = 0; 94 − 200 → 0.
    expect(result.supportable.total).toBe('0.00');
    expect(result.steps.map((s) => s.id)).toContain('set-off');
  });

  it('shows each step in both languages with the figures filled in', () => {
    const result = supportable(caseOf(baseCase), []);
    const overdue = result.steps.find((s) => s.id === 'overdue-over-line');
    if (overdue === undefined) throw new Error('the demand is over the line');
    expect(stepText(overdue, 'zh')).toContain(
      '13,000.00 元 × 年利率 24.00% × 107 ÷ 365 = 914.63 元',
    );
    expect(stepText(overdue, 'en')).toContain('914.63');
    for (const s of result.steps) expect(stepText(s, 'zh')).not.toMatch(/\{\w+\}/);
  });
});
