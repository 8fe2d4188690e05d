/**
 * Which rule each recorded collection incident runs against (legal.md §9, "Collection-practice
 * rules"). Some are self-regulatory (中国银行业协会 指引) or rest on wording legal.md could not
 * confirm; the basis carries that, and the texts say "可能违反" (may breach), never more: the
 * borrower's record is evidence, not a finding.
 */
import { NEGOTIATION_CITATIONS as N } from '@/lib/law/negotiation-citations';
import type { LegalBasis } from '@/lib/model/report';
import type { ContactEntry, IncidentKind } from '@/lib/model/contact';

export const INCIDENT_BASIS: Record<IncidentKind, readonly LegalBasis[]> = {
  'third-party-contact': [N.cardMeasures68, N.pipl10, N.civilCode1033, N.cbaCollectionGuideline],
  'night-contact': [N.cbaCollectionGuideline, N.civilCode1033],
  threat: [N.consumerProtectionMeasures2023, N.cardMeasures68, N.criminalLaw293a],
  impersonation: [N.consumerProtectionMeasures2023, N.cbaCollectionGuideline],
  insult: [N.cardMeasures68, N.cbaCollectionGuideline],
  'too-many-calls': [N.cbaCollectionGuideline, N.civilCode1033],
  'privacy-disclosure': [N.pipl10, N.cbaCollectionGuideline],
};

/** 22:00–08:00 (中国银行业协会 指引): a contact the borrower did not start in those hours. */
export function isNightContact(entry: Pick<ContactEntry, 'at' | 'direction'>): boolean {
  if (entry.direction !== 'incoming') return false;
  const hour = Number(entry.at.slice(11, 13));
  return hour >= 22 || hour < 8;
}

/** The incidents an entry records: those ticked, plus a night contact read from its time. */
export function incidentsOf(entry: ContactEntry): IncidentKind[] {
  const kinds = new Set(entry.incidents);
  if (isNightContact(entry)) kinds.add('night-contact');
  return [...kinds];
}
