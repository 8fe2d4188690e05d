import { describe, expect, it } from 'vitest';

import { analyseTerms } from '@/lib/analysis/analyse';
import { draftFromTerms, readDraft, type Draft } from '@/lib/calculator/draft';
import type { LoanTerms } from '@/lib/model/terms';

import { sampleReport } from '../support/sample-report';

const pageTerms = (): LoanTerms => {
  const terms = sampleReport().terms;
  if (terms === null) throw new Error('the sample report has terms');
  return terms;
};

const typed = (over: Partial<Draft>): Draft => ({ ...draftFromTerms(null), ...over });

const options = {
  input: 'manual',
  url: '',
  title: '',
  settings: { lenderTypeOverride: null, userLpr: [] },
  now: '2026-11-25T08:00:00.000Z',
};

describe('draftFromTerms / readDraft', () => {
  it('reads an untouched form back to exactly the page terms', () => {
    const terms = pageTerms();
    const reading = readDraft(terms, draftFromTerms(terms));
    expect(reading).toEqual({ ok: true, terms, lenderTypeOverride: null });
  });

  it('fills the form from the page: equal payments as periods × amount, the rate in percent', () => {
    expect(draftFromTerms(pageTerms())).toMatchObject({
      principal: '10000.00',
      received: '9200.00',
      mode: 'equal',
      periods: '12',
      payment: '899.75',
      statedRate: '14.4',
    });
  });

  it('analyses a loan typed by hand: 10,000 contract, 9,200 received, 12 × 899.75', () => {
    const reading = readDraft(
      null,
      typed({ principal: '1万', received: '9,200', periods: '12', payment: '899.75' }),
    );
    if (!reading.ok) throw new Error(JSON.stringify(reading.errors));
    expect(reading.terms.payments).toHaveLength(12);
    const report = analyseTerms(reading.terms, options);
    // 30.63 % is the sample page's figure, computed independently in tests/finance.
    expect(report.apr?.nominal.slice(0, 5)).toBe('0.306');
    expect(report.findings.find((f) => f.id === 'upfront-deduction')?.outcome).toBe('fail');
  });

  it('marks each unreadable field where it is, and guesses none', () => {
    const reading = readDraft(
      null,
      typed({
        principal: 'abc',
        received: '0',
        periods: '1.5',
        payment: '',
        statedRate: 'twelve',
        contractDate: '2026-13-01',
      }),
    );
    expect(reading).toEqual({
      ok: false,
      errors: {
        principal: { key: 'calcErrMoney' },
        received: { key: 'calcErrPositive' },
        periods: { key: 'calcErrPeriods', vars: { max: 600 } },
        payment: { key: 'calcErrRequired' },
        statedRate: { key: 'calcErrRate' },
        contractDate: { key: 'calcErrDate' },
      },
    });
  });

  it('refuses a received amount above the contract amount', () => {
    const reading = readDraft(
      null,
      typed({ principal: '1000', received: '1200', periods: '1', payment: '1100' }),
    );
    expect(!reading.ok && reading.errors.received?.key).toBe('calcErrReceivedOverPrincipal');
  });

  it('reads a schedule line by line and names the line it cannot read', () => {
    const bad = readDraft(
      null,
      typed({ principal: '3000', mode: 'schedule', schedule: '1000\n10O0\n1000' }),
    );
    expect(bad).toEqual({
      ok: false,
      errors: { schedule: { key: 'calcErrScheduleLine', vars: { line: 2 } } },
    });
    const mixed = readDraft(
      null,
      typed({ principal: '3000', mode: 'schedule', schedule: '2026-12-20 1000\n1000' }),
    );
    expect(!mixed.ok && mixed.errors.schedule?.key).toBe('calcErrScheduleDates');
    const dated = readDraft(
      null,
      typed({
        principal: '2000',
        mode: 'schedule',
        schedule: '2026-12-20 1,050.00\n2027年1月20日 1050',
        contractDate: '2026-11-20',
      }),
    );
    expect(dated.ok && dated.terms.payments).toEqual([
      { dueDate: '2026-12-20', amount: '1050.00' },
      { dueDate: '2027-01-20', amount: '1050.00' },
    ]);
    expect(dated.ok && dated.terms.disbursementDate).toBe('2026-11-20');
  });

  it('replaces the page rate with the one typed, and the lender type with the one chosen', () => {
    const terms = pageTerms();
    const reading = readDraft(terms, {
      ...draftFromTerms(terms),
      statedRate: '30.6%',
      lenderType: 'private',
    });
    if (!reading.ok) throw new Error(JSON.stringify(reading.errors));
    expect(reading.terms.statedRates).toEqual([
      {
        label: '年化利率（手动输入）',
        kind: 'annual-simple',
        value: '0.306',
        valueText: '30.6%',
        primary: true,
      },
    ]);
    expect(reading.lenderTypeOverride).toBe('private');
    expect(reading.terms.lender.type).toBe('private');
  });

  it('requires the contract amount and at least one payment', () => {
    const reading = readDraft(null, draftFromTerms(null));
    expect(!reading.ok && Object.keys(reading.errors).sort()).toEqual([
      'payment',
      'periods',
      'principal',
    ]);
  });
});
