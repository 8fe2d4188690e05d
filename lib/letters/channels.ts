/**
 * Which channels a borrower is offered, decided by the lender's type and by what failed (legal.md
 * §7, §2a): a 投诉 goes to the institution first and to its regulator after; private lending has
 * no regulator and no public complaint against an individual, only negotiation, people's
 * mediation and the court; a loan with no failure gets no complaint at all, only the repayment
 * plan request. Codes only: the words for each reason are in wording/channels.ts.
 */
import type { Claim } from '@/lib/claims/claim';
import type { LenderType } from '@/lib/model/terms';

export type ChannelId =
  | 'lender'
  | 'nfra-12378'
  | 'pboc-12363'
  | 'local-regulator'
  | 'heimao'
  | 'negotiation'
  | 'mediation'
  | 'lawsuit';

export type OfferReason =
  | 'licensed-first'
  | 'small-loan-first'
  | 'platform-name-lender'
  | 'private-negotiate'
  | 'nfra-banks'
  | 'nfra-if-licensed'
  | 'local-small-loan'
  | 'local-if-small-loan'
  | 'pboc-disclosure'
  | 'public-company'
  | 'hardship-plan'
  | 'private-mediation'
  | 'private-court';

export interface Offer {
  channel: ChannelId;
  reason: OfferReason;
}

/** Findings about how the annual rate is shown: 中国人民银行公告〔2021〕第3号, a PBOC rule (→ 12363). */
const DISCLOSURE_FINDINGS = new Set([
  'apr-understated',
  'apr-missing',
  'apr-less-prominent',
  'apr-simple-unlabelled',
  'fee-outside-apr',
]);

/** The channels for a lender type, in the order a borrower should use them. */
export function offeredChannels(lenderType: LenderType, claims: readonly Claim[]): Offer[] {
  const hardship: Offer = { channel: 'negotiation', reason: 'hardship-plan' };
  // Nothing failed: no complaint, no public entry, nothing that accuses.
  if (claims.length === 0) return [hardship];
  const disclosure = claims.some((c) => DISCLOSURE_FINDINGS.has(c.findingId));
  const pboc: Offer[] = disclosure ? [{ channel: 'pboc-12363', reason: 'pboc-disclosure' }] : [];
  const heimao: Offer = { channel: 'heimao', reason: 'public-company' };
  switch (lenderType) {
    case 'private':
      return [
        { channel: 'lender', reason: 'private-negotiate' },
        { channel: 'mediation', reason: 'private-mediation' },
        { channel: 'lawsuit', reason: 'private-court' },
        hardship,
      ];
    case 'bank':
    case 'consumer-finance':
      return [
        { channel: 'lender', reason: 'licensed-first' },
        { channel: 'nfra-12378', reason: 'nfra-banks' },
        ...pboc,
        heimao,
        hardship,
      ];
    case 'small-loan':
      return [
        { channel: 'lender', reason: 'small-loan-first' },
        { channel: 'local-regulator', reason: 'local-small-loan' },
        ...pboc,
        heimao,
        hardship,
      ];
    case 'platform-unspecified':
    case 'unknown':
      return [
        { channel: 'lender', reason: 'platform-name-lender' },
        { channel: 'local-regulator', reason: 'local-if-small-loan' },
        { channel: 'nfra-12378', reason: 'nfra-if-licensed' },
        ...pboc,
        heimao,
        hardship,
      ];
  }
}

export const REGULATORS: ReadonlySet<ChannelId> = new Set([
  'nfra-12378',
  'pboc-12363',
  'local-regulator',
]);
