/** The case at the boundary: one issue per bad field, strings trimmed, amounts never floats. */
import { describe, expect, it } from 'vitest';

import { readCase } from '@/lib/negotiate/case';

import { baseCase } from './support';

describe('readCase', () => {
  it('reads a good case, trimming strings and reading percentages', () => {
    const reading = readCase(
      { ...baseCase, lender: '  某某  ', annualRate: '23.9%', principal: '20,000' },
      '2026-12-01',
    );
    expect(reading.ok && reading.case).toMatchObject({
      lender: '某某',
      annualRate: '0.239',
      principal: '20000',
      planRate: '0',
      lumpSum: null,
    });
  });

  it('defaults asOf to today and received to the principal', () => {
    const rest: Record<string, unknown> = { ...baseCase };
    delete rest.asOf;
    delete rest.received;
    const reading = readCase(rest, '2026-12-01');
    expect(reading.ok && [reading.case.asOf, reading.case.received]).toEqual([
      '2026-12-01',
      '20000',
    ]);
  });

  it('names every bad field once, with a code', () => {
    const reading = readCase(
      {
        ...baseCase,
        lenderType: 'loan-shark',
        principal: 'abc',
        received: '-5',
        annualRate: 'high',
        owed: { interest: '1' },
        overdueSince: '2026-02-30',
        monthlyCapacity: '0',
        planRate: '30%',
      },
      '2026-12-01',
    );
    expect(reading.ok ? [] : reading.issues).toEqual([
      { field: 'lenderType', code: 'lender-type' },
      { field: 'principal', code: 'not-amount' },
      { field: 'received', code: 'negative' },
      { field: 'annualRate', code: 'not-rate' },
      { field: 'planRate', code: 'plan-rate' },
      { field: 'owed.principal', code: 'required' },
      { field: 'overdueSince', code: 'not-date' },
      { field: 'monthlyCapacity', code: 'not-positive' },
    ]);
  });

  it('refuses JSON numbers for amounts (a figure never passes through a float)', () => {
    const reading = readCase({ ...baseCase, principal: 20000 }, '2026-12-01');
    expect(reading.ok ? [] : reading.issues).toEqual([{ field: 'principal', code: 'not-text' }]);
  });

  it('checks the dates against each other and the amounts against each other', () => {
    const reading = readCase(
      { ...baseCase, received: '25000', overdueSince: '2026-01-01', asOf: '2025-12-01' },
      '2026-12-01',
    );
    expect(reading.ok ? [] : reading.issues.map((i) => i.code)).toEqual([
      'received-above-principal',
      'overdue-before-contract',
      'as-of-before-overdue',
    ]);
    expect(readCase([], '2026-12-01')).toEqual({
      ok: false,
      issues: [{ field: '', code: 'not-object' }],
    });
  });
});
