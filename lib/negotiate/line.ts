/**
 * The yearly line a lender's interest and overdue charges are measured against (legal.md §2–§3,
 * §2a matrix):
 * - licensed lenders (banks, consumer-finance, small-loan and the other local financial
 *   organisations, credit cards): 24% a year, which the borrower may ASK a court to reduce to
 *   (法发〔2017〕22号 第二条: 利息、复利、罚息、违约金和其他费用 together);
 * - private lending formed on or after 2020-08-20: four times the one-year LPR at contract
 *   formation (民间借贷规定第25条 for interest, 第28–29条 for overdue interest + 违约金 + fees);
 * - private lending formed earlier: the 2015 interpretation's 24% (第31条 transition; 2015 第30条);
 * - lender type unknown: the higher 24% line, so an unknown lender is never accused on the lower
 *   private-lending line (a wrong accusation is the worst outcome), and the step says so.
 */
import { Decimal } from '@/lib/finance/decimal';
import { CITATIONS } from '@/lib/law/citations';
import { fourTimesLpr, JUDICIAL_LINE_24, privateLendingRegime } from '@/lib/law/lines';
import { lprBasis, lprOn, type UserLpr } from '@/lib/law/lpr';
import { NEGOTIATION_CITATIONS } from '@/lib/law/negotiation-citations';
import type { LegalBasis, LprUsed } from '@/lib/model/report';

import type { NegotiationLenderType } from './case';

export type LineKind =
  'licensed-24' | 'credit-card-24' | 'private-4x-lpr' | 'private-legacy-24' | 'unknown-24';

export interface Line {
  kind: LineKind;
  /** Decimal fraction a year. */
  rate: Decimal;
  /** For interest during the contract term (民间借贷规定第25条 / 法发22号). */
  interestBasis: LegalBasis[];
  /** For overdue interest, 罚息, 违约金 and fees together. */
  overdueBasis: LegalBasis[];
  lpr: LprUsed | null;
  /** A court reduces only when the borrower asks (licensed lenders) or the courts do not support
   *  the excess at all (private lending). */
  borrowerMustAsk: boolean;
  /** Every basis and the LPR value used are confirmed in legal.md. */
  confirmed: boolean;
}

const LICENSED: readonly NegotiationLenderType[] = ['bank', 'consumer-finance', 'small-loan'];

function line(
  kind: LineKind,
  rate: string,
  interestBasis: LegalBasis[],
  overdueBasis: LegalBasis[],
  lpr: LprUsed | null,
  borrowerMustAsk: boolean,
): Line {
  const all = [...interestBasis, ...overdueBasis];
  return {
    kind,
    rate: new Decimal(rate),
    interestBasis,
    overdueBasis,
    lpr,
    borrowerMustAsk,
    confirmed: all.every((b) => b.confirmed) && (lpr?.confirmed ?? true),
  };
}

export function lineFor(
  lenderType: NegotiationLenderType,
  contractDate: string,
  userLpr: readonly UserLpr[],
): Line {
  const judicial = [CITATIONS.financialJudicial2017];
  if (LICENSED.includes(lenderType))
    return line('licensed-24', JUDICIAL_LINE_24, judicial, judicial, null, true);
  if (lenderType === 'credit-card')
    return line(
      'credit-card-24',
      JUDICIAL_LINE_24,
      judicial,
      [...judicial, NEGOTIATION_CITATIONS.bankCardDisputes2],
      null,
      true,
    );
  if (lenderType === 'private') {
    const lpr = lprOn(contractDate, userLpr);
    if (privateLendingRegime(contractDate) === 'legacy' || lpr === null)
      return line(
        'private-legacy-24',
        JUDICIAL_LINE_24,
        [CITATIONS.privateLending31, CITATIONS.privateLending2015Art26],
        [CITATIONS.privateLending31, CITATIONS.privateLending2015Art30],
        null,
        false,
      );
    return line(
      'private-4x-lpr',
      fourTimesLpr(lpr),
      [CITATIONS.privateLending25, lprBasis(lpr)],
      [CITATIONS.privateLending28, CITATIONS.privateLending29, lprBasis(lpr)],
      lpr,
      false,
    );
  }
  return line('unknown-24', JUDICIAL_LINE_24, judicial, judicial, null, true);
}
