/**
 * Property tests: loans built by the schedule builders at a known rate give that rate back, the
 * NPV at the answer is zero, and no finite input throws or yields NaN.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { buildSchedule, computeApr, loanCashFlows, npv, solveIrr } from '@/lib/finance';
import { Decimal } from '@/lib/finance/decimal';
import { aprProblemCodes } from '@/lib/model/report-codes';

function scheduleFlows(schedule: ReturnType<typeof buildSchedule>) {
  return loanCashFlows(
    schedule.received,
    schedule.rows.map((row) => ({ t: row.period, amount: row.amount })),
  );
}

// Principals of 10^7 yuan and more make the fen rounding of each instalment move the IRR by far
// less than 1e-8, so what remains is the solver's own error.
const bigPrincipal = fc
  .integer({ min: 10_000_000, max: 9_000_000_000 })
  .map((yuan) => new Decimal(yuan));
const monthlyRate = fc
  .integer({ min: 1, max: 30_000 })
  .map((tenThousandths) => new Decimal(tenThousandths).div(100_000));

describe('solver recovers the rate a schedule was built at', () => {
  it('等额本息, 1 to 360 periods, 0.001% to 30% a month: within 1e-8', () => {
    fc.assert(
      fc.property(
        bigPrincipal,
        monthlyRate,
        fc.integer({ min: 1, max: 360 }),
        (principal, rate, n) => {
          const schedule = buildSchedule({
            principal,
            repayment: { type: 'annuity', monthlyRate: rate, n },
          });
          const result = solveIrr(scheduleFlows(schedule));
          expect(result.kind).toBe('unique');
          if (result.kind === 'unique') expect(result.rate.minus(rate).abs().lt('1e-8')).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('先息后本 with interest exact in fen: the rate exactly, and NPV at it is zero', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 5_000 }),
        fc.integer({ min: 1, max: 60 }),
        (hundreds, basisPoints, n) => {
          const principal = new Decimal(hundreds).times(100);
          const rate = new Decimal(basisPoints).div(10_000);
          const flows = scheduleFlows(
            buildSchedule({
              principal,
              repayment: { type: 'interest-only', monthlyRate: rate, n },
            }),
          );
          const result = solveIrr(flows);
          if (result.kind !== 'unique') throw new Error(result.kind);
          expect(result.rate.minus(rate).abs().lt('1e-25')).toBe(true);
          expect(npv(result.rate, flows).abs().lt(principal.times('1e-25'))).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('day-counted flows (t in days, −90% to +5,000% a year): NPV at the answer is zero', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 24 }),
        fc.integer({ min: -60, max: 1_000 }),
        (gaps, perMilleDaily) => {
          const daily = new Decimal(perMilleDaily).div(100_000);
          let t = 0;
          const payments = gaps.map((gap) => {
            t += gap;
            return { t, amount: new Decimal(1000) };
          });
          // received = the payments discounted at `daily`, so `daily` is the IRR by construction.
          const received = payments.reduce(
            (sum, p) => sum.plus(p.amount.div(daily.plus(1).pow(p.t))),
            new Decimal(0),
          );
          const flows = loanCashFlows(received, payments);
          const result = solveIrr(flows);
          if (result.kind !== 'unique') throw new Error(result.kind);
          expect(result.rate.minus(daily).abs().lt('1e-20')).toBe(true);
          expect(npv(result.rate, flows).abs().lt(received.times('1e-25'))).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('no finite input throws or yields NaN', () => {
  const money = fc
    .bigInt({ min: -(10n ** 14n), max: 10n ** 14n })
    .map((fen) => new Decimal(fen.toString()).div(100).toFixed(2));

  it('computeApr on arbitrary amounts and dates', () => {
    fc.assert(
      fc.property(
        money,
        fc.array(
          fc.record({ amount: money, days: fc.option(fc.integer({ min: -30, max: 20_000 })) }),
          { maxLength: 40 },
        ),
        fc.option(fc.integer({ min: 0, max: 4000 })),
        (received, rows, termDays) => {
          const outcome = computeApr({
            received,
            disbursedOn: '2026-01-01',
            payments: rows.map((row) => ({
              amount: row.amount,
              dueDate:
                row.days === null
                  ? null
                  : new Date(Date.UTC(2026, 0, 1 + row.days)).toISOString().slice(0, 10),
            })),
            termDays,
          });
          expect(JSON.stringify(outcome)).not.toMatch(/NaN|Infinity/);
          if (!outcome.ok) expect(aprProblemCodes).toContain(outcome.problem.code);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('solveIrr on arbitrary signed flows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1_000_000, max: 1_000_000 }), { minLength: 1, maxLength: 12 }),
        (amounts) => {
          const result = solveIrr(amounts.map((a, t) => ({ t, amount: new Decimal(a) })));
          const rates =
            result.kind === 'unique'
              ? [result.rate]
              : result.kind === 'several'
                ? result.rates
                : [];
          for (const rate of rates) {
            expect(rate.isFinite() && rate.gt(-1)).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('a hint only shortens the search', () => {
  it('any hint above −1 gives the same root as no hint', () => {
    const flows = loanCashFlows(
      new Decimal(9000),
      Array.from({ length: 12 }, (_, i) => ({ t: 30 * (i + 1), amount: new Decimal('888.49') })),
    );
    const plain = solveIrr(flows);
    fc.assert(
      fc.property(fc.integer({ min: -999_999, max: 10_000_000 }), (millionths) => {
        const hinted = solveIrr(flows, new Decimal(millionths).div(1_000_000));
        expect(
          plain.kind === 'unique' &&
            hinted.kind === 'unique' &&
            hinted.rate.minus(plain.rate).abs().lt('1e-28'),
        ).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
