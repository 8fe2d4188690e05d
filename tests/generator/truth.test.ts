/**
 * The generator's truth engine (truth.ts) against the pattern pages' truth.json, which the shared
 * corpus's Python truth engine computed from each spec.json: the same schedules and the same aprIrr
 * from two independent implementations. Also the number words the layouts print.
 */
import { describe, expect, it } from 'vitest';
import { patternPages } from '../support/pattern-pages';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { patternsDir } from '../support/pattern-pages';
import { type ScheduleSpec, TruthDecimal as D, aprOf, schedule, s2 } from './truth';
import { daxie, fullWidth, money, wan } from './words';

interface Spec {
  principal: string;
  schedule: Record<string, unknown>;
  upfrontDeductions?: { amount: string }[];
  periodicFees?: { name: string; amount?: string; periods?: number[]; lastAmount?: string }[];
}

function toSchedule(s: Record<string, unknown>): ScheduleSpec | null {
  const t = s.type as string;
  const str = (k: string): string => String(s[k]);
  // A stated instalment that overrides the method's (pmtOverride: a balloon plan's 月供, the last
  // row clearing the rest) is the Python engine's alone; this engine does not model it.
  if (s.pmtOverride !== undefined) return null;
  if (t === 'annuity' || t === 'equal-principal' || t === 'interest-only')
    return { type: t, rate: str('monthlyRate'), n: Number(s.n) };
  if (t === 'flat') return { type: t, rate: str('periodRate'), n: Number(s.n) };
  // A yearly rate on a day basis ("annualRate 0.146, dayBasis 365") is that rate ÷ the basis a day.
  if (t === 'bullet-days')
    return {
      type: t,
      rate:
        s.dailyRate !== undefined
          ? str('dailyRate')
          : new D(str('annualRate')).div(Number(s.dayBasis ?? 365)).toString(),
      n: Number(s.days),
    };
  if (t === 'bullet-months') return { type: t, rate: str('monthlyRate'), n: Number(s.months) };
  return null;
}

describe('generator truth engine', () => {
  const checked = patternPages().flatMap((p) => {
    if (p.truth.kind === 'not-a-loan') return [];
    const facts = p.truth.facts as Record<string, unknown>;
    if (facts.ownComputation === true) return [];
    const spec = JSON.parse(readFileSync(join(patternsDir, p.name, 'spec.json'), 'utf8')) as Spec;
    const sched = toSchedule(spec.schedule);
    if (!sched || (spec.periodicFees ?? []).some((f) => f.amount === undefined)) return [];
    return [{ p, spec, sched }];
  });

  it('checks most pattern loans', () => {
    expect(checked.length).toBeGreaterThanOrEqual(35);
  });

  for (const { p, spec, sched } of checked) {
    it(`${p.name}: same payments and aprIrr as truth.json`, () => {
      const fees = (spec.periodicFees ?? []).map((f) => ({
        name: f.name,
        amount: f.amount ?? '0',
        ...(f.periods ? { periods: f.periods } : {}),
        ...(f.lastAmount !== undefined ? { lastAmount: f.lastAmount } : {}),
      }));
      const rows = schedule(spec.principal, sched, fees);
      const received = s2(
        (spec.upfrontDeductions ?? []).reduce((a, x) => a.minus(x.amount), new D(spec.principal)),
      );
      const payments = (p.truth.payments as { amount: string }[]).map((x) => x.amount);
      expect(rows.map((x) => x.amount)).toEqual(payments);
      // An interest-free plan's IRR is zero; the Python engine prints it "-0.000000" (the sign its
      // solver's last step leaves), which is the same number.
      const truthApr = p.truth.aprIrr === '-0.000000' ? '0.000000' : p.truth.aprIrr;
      expect(aprOf(received, sched, rows).aprIrr).toBe(truthApr);
    });
  }

  it('writes number words the way pages do', () => {
    expect(money('1234567.80')).toBe('1,234,567.80');
    expect(fullWidth('12,000.50%')).toBe('１２，０００．５０％');
    expect(daxie('50000.00')).toBe('伍万元整');
    expect(daxie('54500.00')).toBe('伍万肆仟伍佰元整');
    expect(daxie('10203.45')).toBe('壹万零贰佰零叁元肆角伍分');
    expect(daxie('3000.05')).toBe('叁仟元零伍分');
    expect(wan('23500.00')).toBe('2.35万元');
    expect(wan('23512.00')).toBe('23,512.00元');
  });
});
