/**
 * What each finding lets the borrower ask for, as the findings cards list it: the same demands the
 * letters make, with their amounts — in Chinese from the letters' wording, in English from its
 * English twin (the letters themselves stay Chinese). Findings without a claim keep their own.
 */
import type { Claim } from '@/lib/claims/claim';
import type { Report } from '@/lib/model/report';
import type { Language } from '@/lib/model/settings';
import { fillTemplate } from '@/lib/text/template';

import { claimData, keyOf } from './compose';
import { DEMANDS_EN } from './wording/demands-en';
import { POINTS } from './wording/points';

export function cardDemands(
  report: Report,
  claims: readonly Claim[],
  language: Language,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const claim of claims) {
    const found = keyOf(claim);
    if (found === null) continue;
    const key = found === 'fee' && claim.amount === null ? 'fee-no-amount' : found;
    const template = language === 'en' ? DEMANDS_EN[key] : POINTS[key].demand;
    (out[claim.findingId] ??= []).push(fillTemplate(template, claimData(report, claim)));
  }
  return out;
}
