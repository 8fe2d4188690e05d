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
