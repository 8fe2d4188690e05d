/**
 * Loans typed from the sample pages (cli/samples) and a few made for the letters, run
 * through the real pipeline (analyseTerms) so claims and letters see what the popup sees. The
 * letters tests and docs/letters.md (cli/letters-doc.ts) use them.
 */
import { analyseTerms } from '../lib/analysis/analyse';
import { Decimal } from '../lib/finance/decimal';
import type { Report } from '../lib/model/report';
import type { LenderInfo, LoanTerms, Payment } from '../lib/model/terms';

const NOW = '2026-11-25T08:00:00.000Z';

function monthly(start: string, n: number): string[] {
  const [y = 2026, m = 1, d = 1] = start.split('-').map(Number);
  return Array.from({ length: n }, (_, i) => {
    const month = m + i;
    const year = y + Math.floor((month - 1) / 12);
    return `${String(year)}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  });
}

function split(dates: string[], parts: [string, string][], fee?: [string, string]): Payment[] {
  return parts.map(([principal, interest], i) => {
    const total = new Decimal(principal).plus(interest).plus(fee?.[1] ?? '0');
    return {
      dueDate: dates[i] ?? null,
      amount: total.toFixed(2),
      principal,
      interest,
      ...(fee === undefined ? {} : { fees: { [fee[0]]: fee[1] } }),
    };
  });
}

const base = (over: Partial<LoanTerms>): LoanTerms => ({
  principal: null,
  received: null,
  termMonths: 12,
  termDays: null,
  repaymentMethod: '等额本息',
  payments: [],
  statedRates: [],
  fees: [],
  lenderType: 'unknown',
  lender: { type: 'unknown', name: null, evidence: null },
  contractDate: '2026-11-20',
  disbursementDate: '2026-11-20',
  prepayment: null,
  agreementShown: true,
  unreadable: [],
  sources: {},
  ...over,
});

function report(
  terms: LoanTerms,
  url = 'https://loan.example.com/h5/confirm?token=abc&uid=42#step2',
): Report {
  return analyseTerms(terms, {
    input: 'test',
    url,
    title: '确认借款',
    settings: { lenderTypeOverride: null, userLpr: [] },
    now: NOW,
  });
}

/** cli/samples/hidden-fees-membership.html as a borrower would type it. */
export function membershipTerms(lender?: LenderInfo): LoanTerms {
  const parts: [string, string][] = [
    ['630.79', '80.00'],
    ['637.10', '73.69'],
    ['643.47', '67.32'],
    ['649.90', '60.89'],
    ['656.40', '54.39'],
    ['662.97', '47.82'],
    ['669.60', '41.19'],
    ['676.29', '34.50'],
    ['683.06', '27.73'],
    ['689.89', '20.90'],
    ['696.78', '14.01'],
    ['703.75', '7.04'],
  ];
  return base({
    principal: '8000.00',
    received: '7701.00',
    payments: split(monthly('2026-12-20', 12), parts, ['担保服务费', '60.00']),
    statedRates: [
      {
        label: '年化利率',
        kind: 'annual-simple',
        value: '0.12',
        valueText: '12.00%',
        primary: true,
      },
    ],
    fees: [
      { name: '极速放款会员', when: 'upfront', amount: '299.00', preselected: true },
      { name: '担保服务费', when: 'periodic', amount: '60.00', payee: '恒信融资担保有限公司' },
    ],
    prepayment: { text: '提前还款需支付剩余本金3%的违约金', penalty: true },
    agreementShown: false,
    ...(lender === undefined ? {} : { lender, lenderType: lender.type }),
  });
}

export const membership = (lender?: LenderInfo): Report => report(membershipTerms(lender));

/** cli/samples/upfront-service-fee.html: a small-loan company keeps 800 of 10,000. */
export function upfrontFee(): Report {
  const payments = Array.from({ length: 12 }, (_, i) => ({
    dueDate: monthly('2026-12-20', 12)[i] ?? null,
    amount: i === 11 ? '899.80' : '899.75',
  }));
  return report(
    base({
      principal: '10000.00',
      received: '9200.00',
      payments,
      statedRates: [
        {
          label: '年化利率（单利）',
          kind: 'annual-simple',
          value: '0.144',
          valueText: '14.40%',
          primary: true,
        },
      ],
      fees: [{ name: '平台服务费', when: 'upfront', amount: '800.00' }],
      lenderType: 'small-loan',
      lender: {
        type: 'small-loan',
        name: '星桥网络小额贷款有限公司',
        evidence: '星桥网络小额贷款有限公司',
      },
    }),
  );
}

/** cli/samples/fair-bank-loan.html: 20,000 at 6% from a bank, nothing deducted. */
export function fairBank(): Report {
  const pay = Array.from({ length: 12 }, (_, i) => ({
    dueDate: monthly('2026-12-20', 12)[i] ?? null,
    amount: i === 11 ? '1721.32' : '1721.33',
  }));
  return report(
    base({
      principal: '20000.00',
      received: '20000.00',
      payments: pay,
      statedRates: [
        {
          label: '年化利率（单利）',
          kind: 'annual-simple',
          value: '0.06',
          valueText: '6.00%',
          primary: true,
        },
      ],
      fees: [
        { name: '罚息', when: 'overdue', rate: '0.5', rateBasis: 'contract-rate', ratePer: 'year' },
      ],
      lenderType: 'bank',
      lender: { type: 'bank', name: '青禾银行股份有限公司', evidence: '青禾银行股份有限公司' },
      prepayment: {
        text: '可随时提前还款，按实际借款天数计息，不收取任何提前还款费用',
        penalty: false,
      },
    }),
  );
}

/** An IOU between two people: 10,000 at 1.5% a month in 2026, above 4 × 3.00%. */
export function privateIou(): Report {
  const payments = Array.from({ length: 12 }, (_, i) => ({
    dueDate: monthly('2026-03-01', 12)[i] ?? null,
    amount: i === 11 ? '916.81' : '916.80',
  }));
  return report(
    base({
      principal: '10000.00',
      received: '10000.00',
      payments,
      statedRates: [
        { label: '年利率', kind: 'annual-simple', value: '0.18', valueText: '18%', primary: true },
      ],
      lenderType: 'private',
      lender: { type: 'private', name: '周明远', evidence: '借条' },
      contractDate: '2026-02-01',
      disbursementDate: '2026-02-01',
    }),
  );
}

/** A very costly loan (5,000, 12 × 600: about 73% a year) from a lender of the given kind. */
export function highCost(lender: LenderInfo): Report {
  const payments = monthly('2026-12-20', 12).map((dueDate) => ({ dueDate, amount: '600.00' }));
  return report(
    base({
      principal: '5000.00',
      received: '5000.00',
      payments,
      statedRates: [
        {
          label: '年化利率',
          kind: 'annual-simple',
          value: '0.18',
          valueText: '18%',
          primary: true,
        },
      ],
      lenderType: lender.type,
      lender,
    }),
  );
}
