/**
 * The money at stake, for the popup's first sentence: the true rate against the page's, and the
 * strongest claims with an amount (at most two, strongest basis first, never summed). Codes and
 * figures only; the sentence is made at the view.
 */
import type { Report } from '@/lib/model/report';
import { shownAnnualRate } from '@/lib/model/shown-rate';

import type { Claim, ClaimKind } from './claim';

export interface AtStake {
  /** The true annual rate (IRR × periods), a decimal fraction, or null when not computable. */
  trueRate: string | null;
  /** The page's own annual figure as written ("12.00%"), or null when it shows none. */
  shown: string | null;
  /** Up to two claims with an amount, strongest basis first. */
  top: Claim[];
  /** Claims without an amount (corrections, disclosure) that still ask for something. */
  otherDemands: number;
  /** The amounts rest on different rules and partly count the same money. */
  overlapping: boolean;
}

const STRENGTH: readonly ClaimKind[] = ['deduction-670', 'above-line', 'addon', 'fee'];

export function atStake(report: Report, claims: readonly Claim[]): AtStake {
  const money = claims
    .filter((c) => c.amount !== null && STRENGTH.includes(c.kind))
    .sort((a, b) => STRENGTH.indexOf(a.kind) - STRENGTH.indexOf(b.kind));
  const top = money.slice(0, 2);
  return {
    trueRate: report.apr?.nominal ?? null,
    shown: shownAnnualRate(report.terms?.statedRates ?? [])?.valueText ?? null,
    top,
    otherDemands: claims.filter((c) => c.amount === null && c.noAmount !== 'covered-by-other-claim')
      .length,
    overlapping: top.some((c) => top.some((o) => c.overlaps.includes(o.findingId))),
  };
}
