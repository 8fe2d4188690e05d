/** What each finding lets the borrower ask for, in English (findings cards in English mode). */
import type { Claim } from '@/lib/claims/claim';
import type { Report } from '@/lib/model/report';
import { fillTemplate } from '@/lib/text/template';

import { claimData, keyOf } from './compose';
import { DEMANDS_EN } from './wording/demands-en';

export function englishDemands(report: Report, claims: readonly Claim[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const claim of claims) {
    const key = keyOf(claim);
    if (key === null) continue;
    const template =
      key === 'fee' && claim.amount === null ? DEMANDS_EN['fee-no-amount'] : DEMANDS_EN[key];
    (out[claim.findingId] ??= []).push(fillTemplate(template, claimData(report, claim)));
  }
  return out;
}
