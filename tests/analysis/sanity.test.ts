import { describe, expect, it } from 'vitest';

import { Decimal } from '@/lib/finance/decimal';
import { analyseTerms } from '@/lib/analysis/analyse';
import { doubtAboutFigures } from '@/lib/analysis/sanity-gate';
import { translator } from '@/lib/i18n/messages';
import { aprProblemText } from '@/lib/view/report-codes';
import type { Apr } from '@/lib/model/report';
import type { LoanTerms } from '@/lib/model/terms';
import { verdictOf } from '@/lib/view/verdict';
import { defaultSettings } from '@/lib/storage/settings';

const apr = (nominal: string): Apr => ({
  nominal,
  effective: '0',
  method: 'monthly',
  periodic: '0',
});

describe('the sanity gate', () => {
  it('lets real loans through, harsh ones included', () => {
    // A 714 loan: 1,000 repaid 7 days after 500 received is 5,214% a year (100%/7 days × 365/7).
    expect(doubtAboutFigures({ apr: apr('52.142857'), received: '500', totalRepaid: '1000' })).toBe(
      null,
    );
    expect(doubtAboutFigures({ apr: apr('0'), received: '1000', totalRepaid: '1000' })).toBe(null);
    expect(doubtAboutFigures({ apr: apr('100'), received: '100', totalRepaid: '1000' })).toBe(null);
  });

  it('doubts a negative rate, a rate over 10,000% and repayments over ten times the money received', () => {
    expect(
      doubtAboutFigures({ apr: apr('-0.000001'), received: null, totalRepaid: null })?.code,
    ).toBe('rate-negative');
    expect(
      doubtAboutFigures({ apr: apr('100.000001'), received: null, totalRepaid: null })?.code,
    ).toBe('rate-absurd');
    expect(doubtAboutFigures({ apr: null, received: '100', totalRepaid: '1000.01' })?.code).toBe(
      'repaid-out-of-proportion',
    );
    const problem = doubtAboutFigures({
      apr: apr('364999996.35'),
      received: null,
      totalRepaid: null,
    });
    expect(problem).toEqual({ code: 'rate-absurd', data: { percent: '36499999635.00' } });
    const text = problem === null ? '' : aprProblemText(problem, translator('zh-CN'));
    expect(text).toContain('36499999635.00%');
    expect(text).toContain('读取可能有误');
  });

  it('takes the rate out of a page report and says "please check" instead of "no problems"', () => {
    const terms: LoanTerms = {
      principal: '10000',
      received: '10000',
      termMonths: 2,
      termDays: null,
      repaymentMethod: null,
      payments: [
        { dueDate: null, amount: '100' },
        { dueDate: null, amount: '100' },
      ],
      statedRates: [],
      fees: [],
      lenderType: 'bank',
      lender: { type: 'bank', name: null, evidence: null },
      contractDate: null,
      disbursementDate: null,
      prepayment: null,
      agreementShown: true,
      unreadable: [],
      sources: {},
    };
    const report = analyseTerms(terms, {
      input: 'x',
      url: 'x',
      title: '',
      settings: defaultSettings,
      now: '2026-11-30T00:00:00.000Z',
    });
    expect(report.apr).toBeNull();
    expect(report.aprProblem).toEqual({ code: 'rate-negative', data: { percent: '-1073.85' } });
    // No rate-based finding; apr-missing still fails, since the page shows this loan with no rate.
    expect(report.findings.filter((f) => f.outcome === 'fail').map((f) => f.id)).toEqual([
      'apr-missing',
    ]);
    expect(verdictOf(report)).toEqual({ kind: 'doubt', violations: 1, warnings: 0 });
    expect(report.reading?.doubt).toEqual(expect.objectContaining({ code: 'rate-negative' }));
  });

  it('doubts repayments that only give the principal back beside the loan’s own stated rate', () => {
    // 12 × 1,000.00 = 12,000.00 on 12,000 at 年化 9.6%, nothing kept back: a plan read from its
    // principal column would otherwise show a 0% rate, a green tick on a loan nobody checked.
    const terms: LoanTerms = {
      principal: '12000.00',
      received: '12000.00',
      termMonths: 12,
      termDays: null,
      repaymentMethod: '等额本息',
      payments: Array.from({ length: 12 }, () => ({ dueDate: null, amount: '1000.00' })),
      statedRates: [
        { label: '年化利率', kind: 'annual-simple', value: '0.096', valueText: '9.6%' },
      ],
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
    const context = {
      input: 'x',
      url: 'x',
      title: '',
      settings: defaultSettings,
      now: '2026-11-30T00:00:00.000Z',
    };
    const report = analyseTerms(terms, context);
    expect(report.apr).toBeNull();
    expect(report.reading?.doubt?.code).toBe('figures-disagree');
    expect(report.reading?.doubt?.figures).toMatchObject({
      check: 'payments-vs-rate',
      sum: '12000.00',
    });
    // Interest taken at disbursement is paid, only early: 11,040 received, 12,000 repaid.
    const prepaid = analyseTerms({ ...terms, received: '11040.00' }, context);
    expect(prepaid.apr).not.toBeNull();
    // …but a fee kept back is no interest: 手续费 200.00 taken at payout is well short of the
    // ~576 the 9.6% charges on the 12 instalments' falling balance, so that interest is still owed,
    // and 12,000 back on 11,800 received would show the fee alone as the cost.
    const kept = (name: string, amount: string): LoanTerms => ({
      ...terms,
      received: new Decimal('12000').minus(amount).toFixed(2),
      fees: [{ name, when: 'upfront', amount }],
    });
    const feeKept = analyseTerms(kept('手续费', '200.00'), context);
    expect(feeKept.apr).toBeNull();
    expect(feeKept.reading?.doubt?.figures).toMatchObject({ check: 'payments-vs-rate' });
    // A fee as large as that interest may be the very cost the rate states (a card instalment's
    // 分期手续费 taken at once beside its 年化利率); a deposit is handed back; interest kept back is
    // paid early.
    expect(analyseTerms(kept('分期手续费', '960.00'), context).apr).not.toBeNull();
    expect(analyseTerms(kept('保证金', '200.00'), context).apr).not.toBeNull();
    expect(analyseTerms(kept('预扣利息', '200.00'), context).apr).not.toBeNull();
  });

  it('doubts one repayment at the end beside a fee the page charges every month', () => {
    // 30,000 over 3 months with 综合费用 810.00 a month, read as one repayment of 30,450.00: the
    // 2,430.00 of fees would be in no cash flow, and 6% shown for a loan that costs 38.4%.
    const terms: LoanTerms = {
      principal: '30000.00',
      received: '30000.00',
      termMonths: 3,
      termDays: null,
      repaymentMethod: '到期一次性还本付息',
      payments: [{ dueDate: '2026-07-08', amount: '30450.00' }],
      statedRates: [{ label: '月利率', kind: 'monthly', value: '0.005', valueText: '0.5%' }],
      fees: [{ name: '综合费用', when: 'periodic', amount: '810.00' }],
      lenderType: 'small-loan',
      lender: { type: 'small-loan', name: null, evidence: null },
      contractDate: '2026-04-08',
      disbursementDate: '2026-04-08',
      prepayment: null,
      agreementShown: true,
      unreadable: [],
      sources: {},
    };
    const report = analyseTerms(terms, {
      input: 'x',
      url: 'x',
      title: '',
      settings: defaultSettings,
      now: '2026-11-30T00:00:00.000Z',
    });
    expect(report.apr).toBeNull();
    expect(report.reading?.doubt?.figures).toMatchObject({
      check: 'periodic-fee-single-payment',
      amount: '810.00',
    });
  });

  it('shows no ✓ on a loan whose rate it could not work out', () => {
    // 500 borrowed at 18%, no term and no repayment read: nothing else is wrong, but nothing is
    // cleared either.
    const terms: LoanTerms = {
      principal: '500.00',
      received: '500.00',
      termMonths: null,
      termDays: null,
      repaymentMethod: null,
      payments: [],
      statedRates: [{ label: '借款利率', kind: 'annual-simple', value: '0.18', valueText: '18%' }],
      fees: [],
      lenderType: 'bank',
      lender: { type: 'bank', name: '某银行', evidence: null },
      contractDate: null,
      disbursementDate: null,
      prepayment: null,
      agreementShown: true,
      unreadable: [],
      sources: {},
    };
    const report = analyseTerms(terms, {
      input: 'x',
      url: 'x',
      title: '',
      settings: defaultSettings,
      now: '2026-11-30T00:00:00.000Z',
    });
    expect(report.apr).toBeNull();
    expect(verdictOf(report).kind).toBe('unpriced');
  });
});
