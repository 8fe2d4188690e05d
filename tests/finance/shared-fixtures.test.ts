/**
 * The shared fixture corpus (../shared/fixtures): its truth was computed by an independent Python
 * engine (compute_truth.py) and cross-checked with floats, so matching it to the cent and to 1e-6
 * is a real test of the builders, the solver and the annualising conventions.
 */
import { describe, expect, it } from 'vitest';

import { computeApr } from '@/lib/finance';
import { Decimal } from '@/lib/finance/decimal';
import { formatMoney } from '@/lib/finance/money';
import {
  buildSchedule,
  scheduleLoanInput,
  type Repayment,
  type ScheduleSpec,
} from '@/lib/finance/schedule';
import {
  sharedCases,
  sharedFixturesAvailable,
  sharedFixturesSkipReason,
} from '../support/shared-fixtures';

interface FixtureSchedule {
  type: string;
  monthlyRate?: string;
  periodRate?: string;
  dailyRate?: string;
  n?: number;
  days?: number;
  months?: number;
  firstDue?: string;
  dueDay?: number;
  dueDate?: string;
}

interface FixtureSpec {
  principal: string;
  disbursementDate?: string | null;
  schedule: FixtureSchedule;
  upfrontDeductions?: { name: string; amount: string }[] | null;
  periodicFees?: { name: string; rateOnPrincipal?: string; amount?: string }[] | null;
}

interface TruthRow {
  dueDate: string | null;
  principal: string;
  interest: string;
  fees: Record<string, string>;
  amount: string;
}

interface Truth {
  kind: string;
  received: string | null;
  termDays: number | null;
  payments: { dueDate: string | null; amount: string }[];
  scheduleDetail: TruthRow[];
  aprIrr: string | null;
  aprEffective: string | null;
  aprDaily365: string | null;
}

function decimal(text: string | undefined): Decimal {
  if (text === undefined) throw new Error('fixture spec is missing a rate');
  return new Decimal(text);
}

/** Translates the corpus's spec.json vocabulary into ours (the two were written independently). */
function toScheduleSpec(spec: FixtureSpec): ScheduleSpec {
  const s = spec.schedule;
  const n = s.n ?? 0;
  const repayment: Repayment = (() => {
    switch (s.type) {
      case 'annuity':
      case 'equal-principal':
      case 'interest-only':
        return { type: s.type, monthlyRate: decimal(s.monthlyRate), n };
      case 'flat':
        return { type: 'flat', periodRate: decimal(s.periodRate), n };
      case 'bullet-days':
        return { type: 'bullet-days', dailyRate: decimal(s.dailyRate), days: s.days ?? 0 };
      case 'bullet-months':
        return {
          type: 'bullet-months',
          monthlyRate: decimal(s.monthlyRate),
          months: s.months ?? 0,
        };
      default:
        throw new Error(`schedule type ${s.type} not in the corpus when this test was written`);
    }
  })();
  return {
    principal: new Decimal(spec.principal),
    repayment,
    ...(spec.disbursementDate ? { disbursedOn: spec.disbursementDate } : {}),
    ...(s.firstDue === undefined ? {} : { firstDue: s.firstDue }),
    ...(s.dueDay === undefined ? {} : { dueDay: s.dueDay }),
    ...(s.dueDate === undefined ? {} : { dueDates: [s.dueDate] }),
    upfrontDeductions: (spec.upfrontDeductions ?? []).map((d) => ({
      name: d.name,
      amount: new Decimal(d.amount),
    })),
    periodicFees: (spec.periodicFees ?? []).map((f) =>
      f.amount === undefined
        ? { name: f.name, rateOnPrincipal: decimal(f.rateOnPrincipal) }
        : { name: f.name, amount: new Decimal(f.amount) },
    ),
  };
}

const loans = sharedCases().filter((c) => (c.truth as unknown as Truth).kind !== 'not-a-loan');

describe.skipIf(!sharedFixturesAvailable)(
  `shared fixture corpus (${sharedFixturesAvailable ? 'found' : sharedFixturesSkipReason})`,
  () => {
    it('has loan cases to test', () => {
      expect(loans.length).toBeGreaterThanOrEqual(14);
    });

    describe.each(loans.map((c) => [c.name, c] as const))('%s', (_name, fixture) => {
      const truth = fixture.truth as unknown as Truth;
      const spec = fixture.spec as unknown as FixtureSpec;

      it('schedule builders reproduce every line to the cent', () => {
        const schedule = buildSchedule(toScheduleSpec(spec));
        expect(formatMoney(schedule.received)).toBe(truth.received);
        expect(
          schedule.rows.map((r) => ({
            dueDate: r.dueDate,
            principal: formatMoney(r.principal),
            interest: formatMoney(r.interest),
            fees: Object.fromEntries(Object.entries(r.fees).map(([k, v]) => [k, formatMoney(v)])),
            amount: formatMoney(r.amount),
          })),
        ).toEqual(
          truth.scheduleDetail.map(({ dueDate, principal, interest, fees, amount }) => ({
            dueDate,
            principal,
            interest,
            fees,
            amount,
          })),
        );
      });

      it('computeApr on the published payments matches aprIrr, aprEffective and aprDaily365', () => {
        const outcome = computeApr({
          received: truth.received ?? '',
          payments: truth.payments,
          ...(truth.termDays === null ? {} : { termDays: truth.termDays }),
          ...(spec.disbursementDate ? { disbursedOn: spec.disbursementDate } : {}),
        });
        if (!outcome.ok) throw new Error(outcome.problem.code);
        expect(outcome.apr.nominal).toBe(truth.aprIrr);
        expect(outcome.apr.effective).toBe(truth.aprEffective);
        expect(outcome.apr.daily365 ?? null).toBe(truth.aprDaily365);
      });

      it('the built schedule rates the same as the published one', () => {
        const outcome = computeApr(scheduleLoanInput(buildSchedule(toScheduleSpec(spec))));
        expect(outcome.ok && outcome.apr.nominal).toBe(truth.aprIrr);
      });
    });
  },
);
