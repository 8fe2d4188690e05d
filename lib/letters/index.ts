/**
 * Letters from claims, per addressee (docs/letters.md). The API other modules build on:
 *
 *   const claims = claimsOf(report);                       // lib/claims: basis + amount per finding
 *   const offers = offeredChannels(lenderType, claims);    // which channels, with the reason code
 *   const letter = composeLetter(report, claims, 'lender', options); // { channel, addressee, text }
 *
 * `lettersFor` does all three for every offered channel (what `audit --letters` prints).
 */
import { claimsOf } from '@/lib/claims/claims-of';
import type { Claim } from '@/lib/claims/claim';
import type { Report } from '@/lib/model/report';

import { offeredChannels, type Offer } from './channels';
import { composeLetter, type Letter, type LetterOptions } from './compose';

export {
  offeredChannels,
  REGULATORS,
  type ChannelId,
  type Offer,
  type OfferReason,
} from './channels';
export {
  composeLetter,
  factsParagraph,
  publicUrl,
  type Letter,
  type LetterOptions,
} from './compose';
export { blanksIn, BLANK, NO_DETAILS, type BorrowerDetails } from './blanks';

export interface Letters {
  claims: Claim[];
  offers: Offer[];
  letters: Letter[];
}

export function lettersFor(report: Report, options: LetterOptions): Letters {
  const claims = claimsOf(report);
  if (report.terms === null) return { claims, offers: [], letters: [] };
  const offers = offeredChannels(report.terms.lenderType, claims);
  const letters = offers
    .map((o) => composeLetter(report, claims, o.channel, options))
    .filter((l): l is Letter => l !== null);
  return { claims, offers, letters };
}
