/**
 * The assistant's form as typed: every field a string, so nothing the borrower typed is lost or
 * reformatted while they type. `draftJson` turns it into the case JSON `readCase` validates.
 */
import type { NegotiationLenderType } from './case';

export interface NegotiationDraft {
  lenderType: NegotiationLenderType;
  lender: string;
  contractDate: string;
  principal: string;
  received: string;
  /** In percent, as typed: "23.9". */
  annualRate: string;
  repaid: string;
  owedPrincipal: string;
  owedInterest: string;
  owedPenalty: string;
  owedDamages: string;
  owedFees: string;
  overdueSince: string;
  asOf: string;
  monthlyCapacity: string;
  lumpSum: string;
  /** In percent. */
  planRate: string;
  firstDue: string;
  hardship: string;
  /** One problem per line. */
  problems: string;
}

export function emptyDraft(today: string): NegotiationDraft {
  return {
    lenderType: 'unknown',
    lender: '',
    contractDate: '',
    principal: '',
    received: '',
    annualRate: '',
    repaid: '',
    owedPrincipal: '',
    owedInterest: '',
    owedPenalty: '',
    owedDamages: '',
    owedFees: '',
    overdueSince: '',
    asOf: today,
    monthlyCapacity: '',
    lumpSum: '',
    planRate: '',
    firstDue: '',
    hardship: '',
    problems: '',
  };
}

/** A percentage as typed ("23.9", "23.9%") for readCase, which reads "23.9%" as 0.239. */
const percent = (text: string): string => {
  const t = text.trim();
  return t === '' || /[%％]$/.test(t) ? t : `${t}%`;
};

export function draftJson(d: NegotiationDraft): Record<string, unknown> {
  return {
    lenderType: d.lenderType,
    lender: d.lender,
    contractDate: d.contractDate,
    principal: d.principal,
    received: d.received,
    annualRate: percent(d.annualRate),
    repaid: d.repaid,
    owed: {
      principal: d.owedPrincipal,
      interest: d.owedInterest,
      penalty: d.owedPenalty,
      damages: d.owedDamages,
      fees: d.owedFees,
    },
    overdueSince: d.overdueSince,
    asOf: d.asOf,
    monthlyCapacity: d.monthlyCapacity,
    lumpSum: d.lumpSum,
    planRate: percent(d.planRate),
    firstDue: d.firstDue,
    hardship: d.hardship,
    problems: d.problems.split('\n'),
  };
}

/** Which draft field a case issue's path names, so the form can mark it. */
export const ISSUE_FIELDS: Readonly<Record<string, keyof NegotiationDraft>> = {
  'owed.principal': 'owedPrincipal',
  'owed.interest': 'owedInterest',
  'owed.penalty': 'owedPenalty',
  'owed.damages': 'owedDamages',
  'owed.fees': 'owedFees',
};
