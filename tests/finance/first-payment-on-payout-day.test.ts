/**
 * A pay-later plan whose first instalment is paid the day the goods are bought ("共4期，首期今天支付，
 * 其余3期每月支付"): a flow at t = 0 that nets against what was received, then monthly periods. The
 * expected value is compute_truth.py's for the same loan written the fixture's way — the first
 * instalment a down payment, 882.00 received, three payments of 318.00 (pattern page 785: aprIrr
 * 0.483433).
 */
import { describe, expect, it } from 'vitest';

import { computeApr, type AprOutcome } from '@/lib/finance';

import { expectNear } from './helpers';

function apr(outcome: AprOutcome) {
  if (!outcome.ok) throw new Error(outcome.problem.code);
  return outcome.apr;
}

const payments = ['2026-04-03', '2026-05-03', '2026-06-03', '2026-07-03'].map((dueDate) => ({
  amount: '318.00',
  dueDate,
}));

describe('a plan whose first payment falls on the day of disbursement', () => {
  it('counts that payment at t = 0 and the rest in months', () => {
    const result = apr(computeApr({ received: '1200.00', disbursedOn: '2026-04-03', payments }));
    expect(result.method).toBe('monthly');
    expectNear(result.nominal, '0.483433', '0.0000006');
  });

  it('gives what the same loan gives written with the first payment as a down payment', () => {
    const down = apr(
      computeApr({ received: '882.00', disbursedOn: '2026-04-03', payments: payments.slice(1) }),
    );
    const atPayout = apr(computeApr({ received: '1200.00', disbursedOn: '2026-04-03', payments }));
    expectNear(atPayout.nominal, down.nominal, '0.0000001');
  });

  it('still refuses a lone repayment due the day the money is paid out', () => {
    const only = computeApr({
      received: '1000.00',
      disbursedOn: '2026-04-03',
      payments: [{ amount: '1010.00', dueDate: '2026-04-03' }],
    });
    expect(only.ok && only.apr.daily365).toBeFalsy();
  });
});
