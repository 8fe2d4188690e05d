import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { computeApr, type LoanInput } from '@/lib/finance';
import type { Apr } from '@/lib/model/report';

const loan = (received: string, amounts: string[]): LoanInput => ({
  received,
  payments: amounts.map((amount) => ({ amount })),
});

describe('computeApr(loan, near)', () => {
  it('gives exactly the answer it gives without a starting point, however far off the starting point is', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 60 }),
        fc.integer({ min: 100_00, max: 1_000_000_00 }),
        fc.integer({ min: 1, max: 400 }),
        fc.constantFrom('0.000001', '0.01', '0.5', '3', '-0.9'),
        (n, receivedFen, markupPercent, nearPeriodic) => {
          const received = (receivedFen / 100).toFixed(2);
          const payment = ((receivedFen * (1 + markupPercent / 100)) / n / 100).toFixed(2);
          const input = loan(
            received,
            Array.from({ length: n }, () => payment),
          );
          const near: Apr = {
            nominal: '0',
            effective: '0',
            method: 'monthly',
            periodic: nearPeriodic,
          };
          expect(computeApr(input, near)).toEqual(computeApr(input));
        },
      ),
      { numRuns: 60 },
    );
  });
});
