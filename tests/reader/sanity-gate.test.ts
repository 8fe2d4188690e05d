/**
 * The sanity gate: figures that do not add up, a negative or absurd rate, payments below the amount
 * received, or a lone repayment with no term make the report say "读取可能有误，请核对" and raise
 * no rate-based finding. A real but extreme loan (a 7-day loan with a fee) is not doubted.
 */
import { describe, expect, it } from 'vitest';
import { analyseTerms } from '@/lib/analysis/analyse';
import type { LoanTerms } from '@/lib/model/terms';
import type { Report } from '@/lib/model/report';
import { readTerms } from '@/lib/reader';
import { rawOf } from '../support/raw';

const RATE_RULES = [
  'cost-over-24',
  'cost-over-36',
  'cost-over-4x-lpr',
  'apr-understated',
  'fee-outside-apr',
];

const base: LoanTerms = {
  principal: '10000.00',
  received: '10000.00',
  termMonths: 12,
  termDays: null,
  repaymentMethod: null,
  payments: Array.from({ length: 12 }, () => ({ dueDate: null, amount: '900.00' })),
  statedRates: [],
  fees: [],
  lenderType: 'small-loan',
  lender: { type: 'small-loan', name: null, evidence: null },
  contractDate: null,
  disbursementDate: null,
  prepayment: null,
  agreementShown: true,
  unreadable: [],
  sources: {},
};

function analyse(terms: LoanTerms): Report {
  return analyseTerms(terms, {
    input: 't',
    url: 'https://loan.example/',
    title: 't',
    settings: { lenderTypeOverride: null, userLpr: [] },
    now: '2026-06-01T00:00:00.000Z',
  });
}

function expectNoRateFinding(report: Report): void {
  expect(report.apr).toBeNull();
  for (const f of report.findings.filter((x) => RATE_RULES.includes(x.id)))
    expect(f.outcome).not.toBe('fail');
}

describe('the sanity gate', () => {
  it('doubts payments that add up to less than the amount received', () => {
    const r = analyse({
      ...base,
      payments: base.payments.map((p) => ({ ...p, amount: '500.00' })),
    });
    // The figures' gate says it (a negative rate, or less repaid than received).
    expect(['rate-negative', 'repaid-below-received']).toContain(r.aprProblem?.code);
    expect(r.reading?.doubt).not.toBeNull();
    expectNoRateFinding(r);
  });

  it('doubts more received than borrowed', () => {
    const r = analyse({ ...base, received: '12000.00' });
    expect(r.reading?.doubt?.code).toBe('received-above-principal');
    expectNoRateFinding(r);
  });

  it('doubts an absurd rate (a principal misread by a factor of 100)', () => {
    // 100 yuan "borrowed", 900 a month for a year: tens of thousands of percent a year.
    const r = analyse({ ...base, principal: '100.00', received: '100.00' });
    expect(r.reading?.doubt?.code).toBe('rate-absurd');
    expect(['rate-absurd', 'repaid-out-of-proportion']).toContain(r.aprProblem?.code);
    expect(r.reading?.doubt?.code).toBe('rate-absurd');
    expectNoRateFinding(r);
  });

  it('annualises a lone repayment over its stated months, never a default month', () => {
    // 10,000 for 6 months, 10,900 at maturity: 9% over the term, 18% a year (×2, not ×12).
    const r = analyse({
      ...base,
      termMonths: 6,
      repaymentMethod: '到期一次性还本付息',
      payments: [{ dueDate: null, amount: '10900.00' }],
    });
    expect(r.reading?.doubt).toBeNull();
    expect(r.apr?.nominal).toBe('0.180000');
  });

  it('doubts a lone repayment whose term was not read', () => {
    const r = analyse({
      ...base,
      termMonths: null,
      payments: [{ dueDate: null, amount: '10900.00' }],
    });
    expect(r.reading?.doubt?.code).toBe('single-payment-no-term');
    expect(r.reading?.doubt?.field).toBe('term');
    expectNoRateFinding(r);
  });

  it('doubts a lone repayment dated on a day the loan cannot be counted from', () => {
    // "还款日期 2026-08-28 · 到期应还 10,720.00" with no day the money was paid and no term.
    const r = analyse({
      ...base,
      termMonths: null,
      payments: [{ dueDate: '2026-08-28', amount: '10720.00' }],
    });
    expect(r.reading?.doubt?.code).toBe('single-payment-no-term');
    expectNoRateFinding(r);
  });

  it('does not doubt a real 7-day loan with its fee deducted, and fails it on the lines', () => {
    const terms = readTerms(
      rawOf({
        pairs: [
          ['借款金额', '1,000.00元'],
          ['借款期限', '7天'],
          ['服务费', '50.00元（放款时一次性扣除）'],
          ['到期应还', '1,050.00元'],
          ['资金方', '远航小额贷款有限公司'],
        ],
      }),
    );
    const r = analyse(terms ?? base);
    expect(r.reading?.doubt).toBeNull();
    // (1050 / 950 − 1) × 365 / 7 = 5.488722 (computed by hand, 6 places).
    expect(r.apr?.nominal).toBe('5.488722');
    expect(r.findings.find((f) => f.id === 'cost-over-36')?.outcome).toBe('fail');
  });

  it('keeps the clause checks on a doubted reading', () => {
    const r = analyse({
      ...base,
      received: '12000.00',
      fees: [
        {
          name: '违约金',
          when: 'overdue',
          rate: '0.01',
          ratePer: 'day',
          rateBasis: 'overdue-amount',
        },
      ],
    });
    expect(r.findings.find((f) => f.id === 'overdue-penalty-excessive')?.outcome).toBe('fail');
    expect(r.findings.find((f) => f.id === 'cost-over-36')?.outcome).not.toBe('fail');
  });
});
