/**
 * The baseline every rule example patches: a fair 10,000元 consumer-finance loan (18.00% stated and
 * computed, nothing deducted, agreement shown, no prepayment charge), so an example states only
 * the fact that makes it pass or fail.
 */
import type { Apr } from '@/lib/model/report';
import type { LoanTerms } from '@/lib/model/terms';
import type { RuleContext } from './context';
import type { RuleExample } from './define-rule';

const BASE_TERMS: LoanTerms = {
  principal: '10000.00',
  received: '10000.00',
  termMonths: 12,
  termDays: null,
  repaymentMethod: '等额本息',
  payments: [],
  statedRates: [
    {
      label: '年化利率（单利）',
      kind: 'annual-simple',
      value: '0.18',
      valueText: '18.00%',
      primary: true,
    },
  ],
  fees: [
    {
      name: '罚息',
      when: 'overdue',
      rate: '0.0005',
      rateBasis: 'overdue-amount',
      ratePer: 'day',
    },
  ],
  lenderType: 'consumer-finance',
  lender: {
    type: 'consumer-finance',
    name: '示例消费金融有限公司',
    evidence: '示例消费金融有限公司',
  },
  contractDate: '2026-03-01',
  disbursementDate: '2026-03-01',
  prepayment: { text: '可随时提前还款，不收取提前还款违约金', penalty: false },
  agreementShown: true,
  unreadable: [],
  sources: {},
};

const BASE_APR: Apr = {
  nominal: '0.180002',
  effective: '0.195620',
  method: 'monthly',
  periodic: '0.015000146689',
};

export function exampleContext(example: RuleExample): RuleContext {
  const apr = example.apr === undefined ? BASE_APR : example.apr;
  return {
    terms: { ...BASE_TERMS, ...example.terms },
    apr,
    aprOnContract: apr,
    aprWithUnplacedFees: null,
    money: null,
    overcharge670: null,
    lenderTypeOverride: null,
    userLpr: [],
    today: '2026-06-01',
    ...example.context,
  };
}
