/**
 * The borrower's record of a contact with a lender or its collectors (the negotiation assistant's
 * contact log): shared types and vocabulary. Storage validates it (lib/storage/contact-log.ts);
 * lib/negotiate words it into the letter with the rules an incident may breach.
 */
export const CONTACT_CHANNELS = [
  'phone',
  'sms',
  'app',
  'email',
  'letter',
  'visit',
  'other',
] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** Collection incidents the borrower can record; lib/negotiate/incidents.ts names the rule each breaks. */
export const INCIDENT_KINDS = [
  'third-party-contact',
  'night-contact',
  'threat',
  'impersonation',
  'insult',
  'too-many-calls',
  'privacy-disclosure',
] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export interface ContactEntry {
  id: string;
  /** The borrower's own clock, as typed: "2026-11-03T14:20" (no time zone: it is their record). */
  at: string;
  channel: ContactChannel;
  /** outgoing: the borrower contacted the lender; incoming: the lender or a collector did. */
  direction: 'outgoing' | 'incoming';
  lender: string;
  /** The agent's id or name (工号). */
  agentId: string;
  /** The number or account used. */
  number: string;
  said: string;
  promised: string;
  incidents: IncidentKind[];
}

export interface ContactLog {
  schemaVersion: 1;
  entries: ContactEntry[];
}
