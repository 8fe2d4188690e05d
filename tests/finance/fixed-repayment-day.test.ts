/**
 * A monthly plan due on a fixed day of the month ("每月25日还款") from a loan paid out on another
 * day: its periods are months, as lenders count them, so the primary rate is the monthly IRR × 12;
 * the daily IRR on actual days stays beside it. Expected values are compute_truth.py's for the
 * same flows (pattern page 1121: aprIrr 0.199208, aprDaily365 0.194057).
 */
import { describe, expect, it } from 'vitest';

import { computeApr, type AprOutcome } from '@/lib/finance';
import { addMonths } from '@/lib/dates/iso';

import { expectNear } from './helpers';

function apr(outcome: AprOutcome) {
  if (!outcome.ok) throw new Error(outcome.problem.code);
  return outcome.apr;
}

/** 24 payments of 3,204.00 on the 25th of each month from `first`. */
const plan = (first: string) =>
  Array.from({ length: 24 }, (_, i) => ({ amount: '3204.00', dueDate: addMonths(first, i, 25) }));

describe('a plan due on a fixed day of the month', () => {
  it('is annualised in months when its first period runs 15–46 days (here 37)', () => {
    const result = apr(
      computeApr({ received: '63000.00', disbursedOn: '2025-09-18', payments: plan('2025-10-25') }),
    );
    expect(result.method).toBe('monthly');
    expectNear(result.nominal, '0.199208', '0.0000006');
    expectNear(result.daily365 ?? '0', '0.194057', '0.0000006');
  });

  it('stays on actual days when its first payment comes two months after the payout', () => {
    const result = apr(
      computeApr({ received: '63000.00', disbursedOn: '2025-08-18', payments: plan('2025-10-25') }),
    );
    expect(result.method).toBe('daily');
  });
});

describe('a monthly plan whose due dates are moved off weekends', () => {
  // Pattern page 4153: 15,000.00 paid out 2026-06-12, six payments of 2,650.00 on the 12th, those
  // falling on a Saturday or Sunday moved to the Friday before (compute_truth.py: aprIrr 0.202880,
  // aprDaily365 0.201835).
  const due = ['2026-07-10', '2026-08-12', '2026-09-11', '2026-10-12', '2026-11-12', '2026-12-11'];
  const payments = (dates: string[]) => dates.map((d) => ({ amount: '2650.00', dueDate: d }));

  it('is still annualised in months', () => {
    const result = apr(
      computeApr({ received: '15000.00', disbursedOn: '2026-06-12', payments: payments(due) }),
    );
    expect(result.method).toBe('monthly');
    expectNear(result.nominal, '0.202880', '0.0000006');
    expectNear(result.daily365 ?? '0', '0.201835', '0.0000006');
  });

  it('is not where a date is moved off a weekday', () => {
    const moved = due.map((d) => (d === '2026-08-12' ? '2026-08-14' : d));
    const result = apr(
      computeApr({ received: '15000.00', disbursedOn: '2026-06-12', payments: payments(moved) }),
    );
    expect(result.method).toBe('daily');
  });
});
