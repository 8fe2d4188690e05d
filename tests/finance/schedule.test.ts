/**
 * Builder features the fixture corpus does not exercise, against schedules worked by hand
 * (each figure below is computed in the comment beside it).
 */
import { describe, expect, it } from 'vitest';

import { buildSchedule, dailyRateFromAnnual, type Schedule } from '@/lib/finance';
import { Decimal } from '@/lib/finance/decimal';
import { formatMoney } from '@/lib/finance/money';

function lines(schedule: Schedule) {
  return schedule.rows.map((r) => [
    formatMoney(r.principal),
    formatMoney(r.interest),
    formatMoney(r.amount),
  ]);
}

describe('schedule builders', () => {
  it('等额本息 with a 45-day first period: first interest pro rata on a 30-day month', () => {
    // pmt = 1200 × 0.01 / (1 − 1.01^−3) = 408.0265 → 408.03
    // 1: interest 1200 × 0.01 × 45/30 = 18.00, principal 408.03 − 12.00 = 396.03, balance 803.97
    // 2: interest 8.0397 → 8.04, principal 399.99, balance 403.98
    // 3: interest 4.0398 → 4.04, principal 403.98 (clears), amount 408.02
    const schedule = buildSchedule({
      principal: new Decimal(1200),
      repayment: { type: 'annuity', monthlyRate: new Decimal('0.01'), n: 3, firstPeriodDays: 45 },
    });
    expect(lines(schedule)).toEqual([
      ['396.03', '18.00', '414.03'],
      ['399.99', '8.04', '408.03'],
      ['403.98', '4.04', '408.02'],
    ]);
  });

  it('daily interest on actual days, 365 and 360 bases', () => {
    const dueDates = ['2026-02-01', '2026-03-01']; // 31 and 28 days
    const on = (basis: 360 | 365) =>
      buildSchedule({
        principal: new Decimal(10000),
        disbursedOn: '2026-01-01',
        dueDates,
        repayment: {
          type: 'daily-interest',
          dailyRate: dailyRateFromAnnual(new Decimal('0.0365'), basis),
          principalRepayment: 'equal-principal',
        },
      });
    // 365: 10000 × 0.0001 × 31 = 31.00; 5000 × 0.0001 × 28 = 14.00
    expect(lines(on(365))).toEqual([
      ['5000.00', '31.00', '5031.00'],
      ['5000.00', '14.00', '5014.00'],
    ]);
    // 360: 10000 × 0.0365/360 × 31 = 31.4306 → 31.43; 5000 × 0.0365/360 × 28 = 14.1944 → 14.19
    expect(lines(on(360))).toEqual([
      ['5000.00', '31.43', '5031.43'],
      ['5000.00', '14.19', '5014.19'],
    ]);
    expect(on(365).rows.map((r) => r.days)).toEqual([31, 28]);
  });

  it('fees: fixed, % of original principal, % of balance, one-off; upfront deductions reduce received', () => {
    const schedule = buildSchedule({
      principal: new Decimal(3000),
      repayment: { type: 'equal-principal', monthlyRate: new Decimal(0), n: 3 },
      upfrontDeductions: [{ name: '服务费', amount: new Decimal(150) }],
      periodicFees: [
        { name: '账户管理费', amount: new Decimal('5.5') },
        { name: '担保费', rateOnPrincipal: new Decimal('0.002') }, // 6.00
        { name: '保险费', rateOnBalance: new Decimal('0.01') }, // 30.00, 20.00, 10.00
        { name: '会员费', amount: new Decimal(9), periods: [1] },
      ],
      oneOffFees: [{ name: '提现费', amount: new Decimal(50), period: 2 }],
    });
    expect(formatMoney(schedule.received)).toBe('2850.00');
    expect(schedule.rows.map((r) => formatMoney(r.amount))).toEqual([
      '1050.50',
      '1081.50',
      '1021.50',
    ]);
    expect(Object.keys(schedule.rows[1]?.fees ?? {})).toEqual([
      '账户管理费',
      '担保费',
      '保险费',
      '提现费',
    ]);
  });

  it('到期一次性还本付息 by days gets its due date from the disbursement date', () => {
    const schedule = buildSchedule({
      principal: new Decimal(3000),
      disbursedOn: '2026-10-09',
      repayment: { type: 'bullet-days', dailyRate: new Decimal('0.0005'), days: 30 },
    });
    expect(schedule.rows[0]?.dueDate).toBe('2026-11-08');
    expect(lines(schedule)).toEqual([['3000.00', '45.00', '3045.00']]);
  });

  it('monthly due dates clamp to the month end', () => {
    const schedule = buildSchedule({
      principal: new Decimal(300),
      disbursedOn: '2026-01-31',
      repayment: { type: 'interest-only', monthlyRate: new Decimal('0.01'), n: 3 },
    });
    expect(schedule.rows.map((r) => r.dueDate)).toEqual(['2026-02-28', '2026-03-31', '2026-04-30']);
  });
});
