/**
 * The sanity gate (design.md §4): figures that cannot describe one real loan are not shown as
 * facts. Two kinds of doubt, one home:
 * - the reading's (report.reading.doubt, lib/model/reading.ts): page figures that contradict each
 *   other (interpret.ts), more received than borrowed, a lone repayment whose term was never read — with the field in doubt, the figures and
 *   the quotes, so the popup can show them and open the calculator at that field;
 * - the figures' (a rate problem code, DOUBT_CODES): a negative rate, a rate beyond anything a
 *   lending page offers, repayments out of all proportion to, or below, the money received.
 * Either way the report has no rate, says "读取可能有误，请核对", and no rate-based finding is
 * raised on the figures: an accusation built on a misread number is the worst bug this tool can
 * have. Clause checks still run.
 */
import { daysBetween } from '@/lib/dates/iso';
import { Decimal } from '@/lib/finance/decimal';
import type { Doubt } from '@/lib/model/reading';
import type { AprProblem } from '@/lib/model/report-codes';
import type { Apr } from '@/lib/model/report';
import type { LoanTerms, StatedRate } from '@/lib/model/terms';
import { RATE_KINDS } from '@/lib/model/vocabulary';

/**
 * 10,000% a year (nominal, periodic IRR × periods), the line the reader's gate uses too. The
 * harshest loans documented in legal.md's sources are 7-day "714" loans with 30–50% kept back:
 * 2,200–5,200% a year. Above 10,000% the figures come from a misread amount or term.
 */
export const ABSURD_APR = new Decimal(100);

/**
 * Repaying more than ten times what was received. A 30-year mortgage at 5% repays about 1.9×, a
 * 36-month loan at 36% about 1.7×, a 714 loan with half kept back 2×; a lost decimal point gives 100×.
 */
export const IMPLAUSIBLE_REPAID_MULTIPLE = new Decimal(10);

export interface SanityInput {
  apr: Apr | null;
  /** Money received (decimal string), what the rate is computed on. */
  received: string | null;
  /** Sum of every repayment (decimal string). */
  totalRepaid: string | null;
}

/** A rate fraction as a percentage figure for the message: "-10.738501" → "-1073.85". */
const percent = (fraction: string): string =>
  new Decimal(fraction).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

/** The first doubt about the figures as a rate problem, or null when they can describe a real loan. */
export function doubtAboutFigures(input: SanityInput): AprProblem | null {
  const { apr, received, totalRepaid } = input;
  if (received !== null && totalRepaid !== null) {
    const got = new Decimal(received);
    if (got.gt(0) && new Decimal(totalRepaid).gt(got.times(IMPLAUSIBLE_REPAID_MULTIPLE)))
      return { code: 'repaid-out-of-proportion', data: { repaid: totalRepaid, received } };
  }
  if (apr === null) return null;
  const nominal = new Decimal(apr.nominal);
  if (nominal.isNegative() && !nominal.isZero())
    return { code: 'rate-negative', data: { percent: percent(apr.nominal) } };
  if (nominal.gt(ABSURD_APR))
    return { code: 'rate-absurd', data: { percent: percent(apr.nominal) } };
  return null;
}

/** Years from the loan's start to its last repayment, or its stated term. */
function yearsLent(terms: LoanTerms): Decimal | null {
  const start = terms.disbursementDate ?? terms.contractDate;
  const last = terms.payments[terms.payments.length - 1]?.dueDate ?? null;
  if (start !== null && last !== null) return new Decimal(daysBetween(start, last)).div(365);
  if (terms.termMonths !== null) return new Decimal(terms.termMonths).div(12);
  if (terms.termDays !== null) return new Decimal(terms.termDays).div(365);
  return null;
}

/**
 * All that was kept back at payout is fees the page names (no deposit, no interest), and together
 * they come to less than two thirds of the interest the page's interest rate charges (on the whole
 * principal, or about half of it when several repayments each return part of it).
 */
function feesShortOfInterest(terms: LoanTerms, own: readonly StatedRate[]): boolean {
  if (terms.principal === null || terms.received === null) return false;
  const upfront = terms.fees.filter((f) => f.when === 'upfront');
  if (upfront.length === 0) return false;
  if (upfront.some((f) => f.amount === undefined || /息|保证金|押金/.test(f.name))) return false;
  const kept = upfront.reduce((a, f) => a.plus(f.amount ?? '0'), new Decimal(0));
  if (!kept.eq(new Decimal(terms.principal).minus(terms.received))) return false;
  const rate = own.find(
    (r) =>
      !RATE_KINDS[r.kind].flat &&
      /利率|利息|息/.test(r.label) &&
      !/费/.test(r.label) &&
      new Decimal(r.value).gt(0),
  );
  const years = yearsLent(terms);
  if (rate === undefined || years === null) return false;
  const perYear = { day: 365, month: 12, year: 1 }[RATE_KINDS[rate.kind].period];
  const amortised =
    terms.payments.length > 1 &&
    terms.repaymentMethod !== '先息后本' &&
    terms.repaymentMethod !== '到期一次性还本付息';
  const interest = new Decimal(terms.principal)
    .times(rate.value)
    .times(perYear)
    .times(years)
    .times(amortised ? '0.5' : '1');
  return kept.lt(interest.times(2).div(3));
}

/** Doubts visible from the terms alone, before any rate is computed. */
export function doubtBeforeRate(terms: LoanTerms): Doubt | null {
  const fromReading = terms.reading?.doubt ?? null;
  if (fromReading) return fromReading;
  // Repayments that only give the principal back, in full, on a page that states the loan's own
  // rate (年化 9.6%) and kept nothing back at disbursement (interest taken up front is paid, just
  // early): the plan was misread (its principal column taken for its instalments), or the rate is
  // another product's. Shown as a 0% rate it would clear a loan nobody checked.
  // …unless the page itself says the borrower bears none of it ("个人实际承担年利率 0.00%", the
  // state paying the interest).
  // (A zero under a fee's heading beside the loan's own positive rate, "管理咨询费率 · 月化利率
  // 0.000 %", is that fee's, not what the borrower bears.)
  const own = terms.statedRates.filter((r) => r.context === undefined);
  const positive = own.find((r) => new Decimal(r.value).gt(0));
  const borneNone = own.some(
    (r) =>
      new Decimal(r.value).isZero() &&
      (positive === undefined || /承担|实际|贴息|补贴|免息/.test(r.label)),
  );
  const rate = borneNone ? undefined : positive;
  const keptNothing =
    terms.principal !== null &&
    (terms.received === null || new Decimal(terms.received).gte(terms.principal));
  // …nor did it keep back the interest: what it kept is a fee it names ("手续费 520.00 · 手续费支付方式
  // 贷前扣除"), all of it, and well short of the interest the page's own interest rate charges over
  // the loan ("利率/期(%) 1.5" on 10,920 for 6 months of 先息后本: 982.80) — so that interest is still
  // to be repaid. (A fee as large as that interest may be the cost the rate states: a card
  // instalment's 分期手续费 taken at once beside its 年化利率. A deposit kept back is handed back.)
  const keptOnlyFees = feesShortOfInterest(terms, own);
  if (
    rate &&
    terms.principal !== null &&
    (keptNothing || keptOnlyFees) &&
    terms.payments.length > 0
  ) {
    const sum = terms.payments.reduce((a, p) => a.plus(p.amount), new Decimal(0));
    if (sum.lte(terms.principal))
      return {
        code: 'figures-disagree',
        field: 'payments',
        figures: {
          check: 'payments-vs-rate',
          sum: sum.toFixed(2),
          principal: terms.principal,
          rate: rate.value,
        },
        quotes: [rate.source?.text ?? rate.valueText],
      };
  }
  const quote = (key: 'principal' | 'received' | 'term'): string[] => {
    const s = terms.sources[key];
    return s ? [s.text] : [];
  };
  if (
    terms.principal !== null &&
    terms.received !== null &&
    new Decimal(terms.received).gt(terms.principal)
  ) {
    return {
      code: 'received-above-principal',
      field: 'received',
      figures: { principal: terms.principal, received: terms.received },
      quotes: [...quote('principal'), ...quote('received')],
    };
  }
  // Rents paid less often than monthly (quarterly: 2026-07-10, 2026-10-10 …) with no start date:
  // counted as months they would triple the rate. The page must say when the money was paid out.
  const [a, b] = terms.payments;
  if (
    terms.disbursementDate === null &&
    a?.dueDate &&
    b?.dueDate &&
    daysBetween(a.dueDate, b.dueDate) >= 55
  )
    return {
      code: 'figures-disagree',
      field: 'payments',
      figures: { check: 'payments-not-monthly', first: a.dueDate, second: b.dueDate },
      quotes: a.source ? [a.source.text] : [],
    };
  // A fee the page charges every period beside one repayment at the end (综合费用 810.00元/月 on a
  // three-month loan read as repaid at once): the months' fees are in no cash flow, so the rate
  // would leave them out.
  const monthlyFee = terms.fees.find((f) => f.when === 'periodic' && f.amount !== undefined);
  const [single] = terms.payments;
  if (
    terms.payments.length === 1 &&
    single !== undefined &&
    monthlyFee !== undefined &&
    ((terms.termMonths ?? 0) >= 2 || (terms.termDays ?? 0) >= 45)
  )
    return {
      code: 'figures-disagree',
      field: 'payments',
      figures: {
        check: 'periodic-fee-single-payment',
        fee: monthlyFee.name,
        amount: monthlyFee.amount ?? '0.00',
        payment: single.amount,
      },
      quotes: monthlyFee.source ? [monthlyFee.source.text] : [],
    };
  // More than half the loan kept back, and the fees the page names explain less than half of what
  // is missing: no documented loan keeps that much (the harshest 砍头息 in legal.md's cases, 7-day
  // "714" loans, keep 30–50%), but a till's 实收金额 (the down payment and fees the shop collected)
  // read as what the loan paid out does. The figures are shown for the borrower to check.
  if (terms.principal !== null && terms.received !== null) {
    const lent = new Decimal(terms.principal);
    const gap = lent.minus(terms.received);
    const named = terms.fees
      .filter((f) => f.when === 'upfront')
      .reduce((a, f) => a.plus(f.amount ?? '0'), new Decimal(0));
    if (gap.gt(lent.div(2)) && named.lt(gap.div(2)))
      return {
        code: 'figures-disagree',
        field: 'received',
        figures: {
          check: 'received-below-half',
          principal: terms.principal,
          received: terms.received,
        },
        quotes: [...quote('principal'), ...quote('received')],
      };
  }
  const [only] = terms.payments;
  if (
    terms.payments.length === 1 &&
    only !== undefined &&
    // …its due date without the day the money came is no term either.
    (only.dueDate === null || (terms.disbursementDate === null && terms.contractDate === null)) &&
    terms.termDays === null &&
    terms.termMonths === null
  ) {
    // 公告〔2021〕第3号: a single repayment is annualised over its real term, never a default one.
    return {
      code: 'single-payment-no-term',
      field: 'term',
      figures: { payment: only.amount },
      quotes: only.source ? [only.source.text] : [],
    };
  }
  return null;
}

/** The reading's doubt behind a figures' doubt, so the popup can point at the field. */
export function readingDoubtOf(problem: AprProblem, terms: LoanTerms): Doubt | null {
  const quotes = [terms.sources.principal?.text, terms.sources.term?.text].filter(
    (q): q is string => q !== undefined,
  );
  const field = terms.termMonths === null && terms.termDays === null ? 'term' : 'payments';
  switch (problem.code) {
    case 'rate-negative':
    case 'rate-absurd':
      return { code: problem.code, field, figures: { percent: problem.data.percent }, quotes };
    case 'repaid-out-of-proportion':
      return { code: 'rate-absurd', field, figures: { ...problem.data }, quotes };
    case 'repaid-below-received':
      return {
        code: 'payments-below-received',
        field: 'payments',
        figures: { totalRepaid: problem.data.repaid, received: problem.data.received },
        quotes,
      };
    default:
      return null;
  }
}
