/**
 * A hand-written report for tests of the popup, storage and complaint code. Its figures are
 * consistent with each other (10,000 contract, 9,200 received, 12 × 899.75) but no test uses it to
 * check a computation: the engine's numbers are tested against independent values elsewhere.
 */
import type { Report } from '@/lib/model/report';

export function sampleReport(): Report {
  return {
    schemaVersion: 1,
    input: 'sample.html',
    url: 'http://127.0.0.1/sample.html',
    title: '借款确认',
    scannedAt: '2026-11-25T08:00:00.000Z',
    terms: {
      principal: '10000.00',
      received: '9200.00',
      termMonths: 12,
      termDays: null,
      repaymentMethod: '等额本息',
      payments: Array.from({ length: 12 }, () => ({ dueDate: null, amount: '899.75' })),
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
        name: '示例小额贷款有限公司',
        evidence: '示例小额贷款有限公司',
      },
      contractDate: null,
      disbursementDate: null,
      prepayment: null,
      agreementShown: null,
      unreadable: [],
      sources: {},
    },
    apr: { nominal: '0.306300', effective: '0.352000', method: 'monthly', periodic: '0.025525' },
    aprOnContract: {
      nominal: '0.144000',
      effective: '0.153895',
      method: 'monthly',
      periodic: '0.012',
    },
    aprProblem: null,
    money: {
      principal: '10000.00',
      received: '9200.00',
      totalRepaid: '10797.00',
      totalCost: '1597.00',
      interest: null,
      fees: [{ name: '平台服务费', amount: '800.00' }],
    },
    lpr: null,
    findings: [
      {
        id: 'upfront-deduction',
        severity: 'violation',
        outcome: 'fail',
        title: '放款时预先扣除费用（砍头息）',
        titleEn: 'Fees deducted from the loan at disbursement',
        explanation: {
          zh: '合同金额 10,000.00 元，实际到账 9,200.00 元。',
          en: 'Contract 10,000.00, received 9,200.00.',
        },
        basis: [
          {
            instrument: '《中华人民共和国民法典》',
            article: '第六百七十条',
            source: 'legal.md §1',
            confirmed: true,
          },
        ],
        complaint: '贵方在放款时预先扣除 800.00 元，违反《中华人民共和国民法典》第六百七十条。',
        demands: ['按实际到账金额 9,200.00 元重新计算本金和利息，退还多收部分。'],
        evidence: [{ label: '实际到账', text: '9,200.00' }],
        data: { principal: '10000.00', received: '9200.00' },
      },
      {
        id: 'prepayment-charge',
        severity: 'warning',
        outcome: 'incomplete',
        title: '提前还款收费',
        titleEn: 'Prepayment charge',
        explanation: {
          zh: '页面没有写明提前还款的条件。',
          en: 'The page does not state prepayment terms.',
        },
        basis: [
          {
            instrument: '《中华人民共和国民法典》',
            article: '第六百七十七条',
            source: 'legal.md §1',
            confirmed: true,
          },
        ],
        missing: ['提前还款条款'],
        evidence: [],
        data: {},
      },
    ],
    notes: [],
  };
}
