/**
 * Plans sized to the borrower: pinned on tests/negotiate/independent_check.py, and for any debt,
 * capacity and offered rate every plan's payments stay within the capacity it was sized to, add
 * up to its total, and fall on monthly due dates.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { Decimal } from '@/lib/finance/decimal';
import { annuityParts, evenParts, MAX_PLAN_PERIODS, sizePlans } from '@/lib/negotiate/plans';

import { baseCase, caseOf } from './support';

const fen = (s: string): bigint => BigInt(new Decimal(s).times(100).toFixed(0));

describe('plans', () => {
  it('pins the interest-free plans on the independent computation', () => {
    const { plans } = sizePlans(caseOf({ ...baseCase, lumpSum: '10000' }), '14710.15');
    expect(plans.map((p) => [p.kind, p.periods, p.payment, p.last, p.total])).toEqual([
      ['fewest', 10, '1471.02', '1470.97', '14710.15'],
      ['lowest', 60, '245.17', '245.12', '14710.15'],
      ['settlement', 1, '10000.00', '10000.00', '10000.00'],
    ]);
    const [fewest, , settlement] = plans;
    expect(fewest?.rate?.nominal).toBe('0.000000');
    expect(fewest?.dueDates[0]).toBe('2026-12-30');
    expect(fewest?.dueDates.at(-1)).toBe('2027-09-30');
    expect(settlement?.waived).toBe('4710.15');
  });

  it('pins the plans at an offered 6% on the independent computation, IRR included', () => {
    const { plans } = sizePlans(caseOf({ ...baseCase, planRate: '6%' }), '14710.15');
    expect(plans.map((p) => [p.kind, p.periods, p.payment, p.last, p.total])).toEqual([
      ['fewest', 11, '1377.74', '1377.71', '15155.11'],
      ['lowest', 60, '284.39', '284.27', '17063.28'],
    ]);
    // Python: monthly IRR by bisection × 12 = 0.059998 (the fen rounding costs a hair).
    expect(plans[0]?.rate?.nominal).toBe('0.059998');
    expect(plans[1]?.rate?.nominal).toBe('0.060000');
  });

  it('says so when 60 months at the capacity cannot repay the debt', () => {
    const result = sizePlans(caseOf({ ...baseCase, monthlyCapacity: '200' }), '14710.15');
    expect(result.plans).toEqual([]);
    expect(result.shortfalls).toEqual(['capacity-below-60-periods']);
    expect(result.neededFor60).toBe('245.17');
  });

  it('offers nothing when nothing is owed', () => {
    expect(sizePlans(caseOf(baseCase), '0.00').shortfalls).toEqual(['nothing-owed']);
  });

  it('keeps every payment within the capacity and adds up to the total, for any figures', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50_000_000 }),
        fc.integer({ min: 100, max: 2_000_000 }),
        fc.integer({ min: 0, max: 2400 }),
        fc.option(fc.integer({ min: 1, max: 60_000_000 }), { nil: null }),
        (debtFen, capacityFen, rateBp, lumpFen) => {
          const c = caseOf({
            ...baseCase,
            monthlyCapacity: new Decimal(capacityFen).div(100).toString(),
            planRate: new Decimal(rateBp).div(10000).toString(),
            ...(lumpFen === null ? {} : { lumpSum: new Decimal(lumpFen).div(100).toString() }),
          });
          const debt = new Decimal(debtFen).div(100).toFixed(2);
          const { plans, shortfalls } = sizePlans(c, debt);
          for (const p of plans) {
            const limit = fen(p.capacity);
            expect(p.payments).toHaveLength(p.periods);
            expect(p.dueDates).toHaveLength(p.periods);
            expect(p.periods).toBeLessThanOrEqual(MAX_PLAN_PERIODS);
            for (const amount of p.payments) {
              expect(fen(amount) <= limit).toBe(true);
              expect(fen(amount) > 0n).toBe(true);
            }
            expect(p.payments.reduce((s, a) => s + fen(a), 0n)).toBe(fen(p.total));
            expect([...p.dueDates].sort()).toEqual(p.dueDates);
            if (p.kind !== 'settlement') expect(fen(p.total) >= BigInt(debtFen)).toBe(true);
            else expect(fen(p.total) <= BigInt(debtFen)).toBe(true);
          }
          // An installment plan is missing only when 60 months cannot carry the debt.
          if (!plans.some((p) => p.kind === 'fewest'))
            expect(shortfalls).toContain('capacity-below-60-periods');
        },
      ),
      { numRuns: 80 },
    );
  }, 60_000);

  it('splits evenly in whole fen, the last part never larger', () => {
    const parts = (p: { payment: Decimal; last: Decimal; periods: number }) => [
      p.payment.toFixed(2),
      p.last.toFixed(2),
      p.periods,
    ];
    expect(parts(evenParts(new Decimal('2.99'), 3))).toEqual(['1.00', '0.99', 3]);
    expect(parts(evenParts(new Decimal('0.07'), 5))).toEqual(['0.02', '0.01', 4]);
    expect(parts(annuityParts(new Decimal('1000'), 12, new Decimal(0)))).toEqual(
      parts(evenParts(new Decimal('1000'), 12)),
    );
  });
});
