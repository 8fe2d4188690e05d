/** Bad input gets a clear problem code with the values it names, never an exception. */
import { describe, expect, it } from 'vitest';

import { computeApr, parseLoanInput, type AprProblem, type LoanInput } from '@/lib/finance';

const ok: LoanInput = { received: '9200', payments: [{ amount: '899.75' }, { amount: '899.75' }] };

describe('computeApr rejects what it cannot rate', () => {
  it.each([
    [
      'received 0',
      { ...ok, received: '0' },
      { code: 'received-not-positive', data: { received: '0' } },
    ],
    [
      'received negative',
      { ...ok, received: '-100' },
      { code: 'received-not-positive', data: { received: '-100' } },
    ],
    [
      'received not a number',
      { ...ok, received: '九千' },
      { code: 'received-not-number', data: { received: '九千' } },
    ],
    [
      'received with a comma',
      { ...ok, received: '9,200' },
      { code: 'received-not-number', data: { received: '9,200' } },
    ],
    [
      'received over 10^12 元',
      { ...ok, received: '1000000000001' },
      { code: 'received-too-large', data: { received: '1000000000001' } },
    ],
    ['no payments', { ...ok, payments: [] }, { code: 'no-payments', data: {} }],
    [
      'a payment not a number',
      { ...ok, payments: [{ amount: '899.75' }, { amount: 'abc' }] },
      { code: 'payment-not-number', data: { period: '2', amount: 'abc' } },
    ],
    [
      'a negative payment',
      { ...ok, payments: [{ amount: '-899.75' }] },
      { code: 'payment-negative', data: { period: '1', amount: '-899.75' } },
    ],
    [
      'a payment over 10^12 元',
      { ...ok, payments: [{ amount: '5000000000000' }] },
      { code: 'payment-too-large', data: { period: '1', amount: '5000000000000' } },
    ],
    [
      '10,000 periods',
      { ...ok, payments: Array.from({ length: 10_000 }, () => ({ amount: '1' })) },
      { code: 'too-many-periods', data: { count: '10000', max: '1200' } },
    ],
    [
      'all payments zero',
      { ...ok, payments: [{ amount: '0' }, { amount: '0.00' }] },
      { code: 'payments-all-zero', data: {} },
    ],
  ] satisfies [string, LoanInput, AprProblem][])('%s', (_name, loan, expected) => {
    const outcome = computeApr(loan);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problem).toEqual(expected);
  });

  it('names the offending period', () => {
    const outcome = computeApr({
      ...ok,
      payments: [{ amount: '1' }, { amount: '1' }, { amount: 'x' }],
    });
    expect(!outcome.ok && outcome.problem).toEqual({
      code: 'payment-not-number',
      data: { period: '3', amount: 'x' },
    });
  });

  it('1,200 periods are still rated', () => {
    expect(
      computeApr({
        received: '100000',
        payments: Array.from({ length: 1200 }, () => ({ amount: '100' })),
      }).ok,
    ).toBe(true);
  });

  it('payments below received give a negative rate, not an error', () => {
    const outcome = computeApr({
      received: '1000',
      payments: [{ amount: '400' }, { amount: '400' }],
    });
    expect(outcome.ok && outcome.apr.nominal.startsWith('-')).toBe(true);
  });
});

describe('parseLoanInput validates the --terms JSON', () => {
  it('accepts one loan and an array, keeping stated rates', () => {
    const one = parseLoanInput({
      principal: '10000',
      received: '9200',
      disbursedOn: '2025-12-08',
      payments: [{ dueDate: '2026-01-08', amount: '899.75' }],
      statedRates: [{ label: '年化利率（单利）', value: '0.144', kind: 'annual-simple' }],
    });
    expect(one).toEqual({
      ok: true,
      loans: [
        {
          principal: '10000',
          received: '9200',
          disbursedOn: '2025-12-08',
          payments: [{ dueDate: '2026-01-08', amount: '899.75' }],
          statedRates: [{ label: '年化利率（单利）', value: '0.144', kind: 'annual-simple' }],
        },
      ],
    });
    const many = parseLoanInput([
      { received: '1', payments: [] },
      { received: '2', payments: [] },
    ]);
    expect(many.ok && many.loans.length).toBe(2);
  });

  it.each([
    ['a number instead of a string', { received: 9200, payments: [] }, 'received'],
    [
      'a non-numeric amount',
      { received: '9200', payments: [{ amount: '八百' }] },
      'payments.0.amount',
    ],
    [
      'an impossible date',
      { received: '9200', payments: [{ amount: '1', dueDate: '2026-02-30' }] },
      'payments.0.dueDate',
    ],
    [
      'an unknown rate kind',
      { received: '1', payments: [], statedRates: [{ label: 'x', value: '0.1', kind: 'yearly' }] },
      'statedRates.0.kind',
    ],
    ['missing payments', { received: '9200' }, 'payments'],
    ['not an object', 'loan', '借款数据'],
    ['an empty array', [], '借款数据'],
  ])('rejects %s with a message naming where', (_name, json, where) => {
    const result = parseLoanInput(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(where);
  });
});
