/**
 * The borrower's record of every contact with a lender or its collectors (the seed article: keep
 * to official channels and keep records), in storage.local only. Versioned and validated on every
 * read: an entry that no longer parses is dropped, the rest are kept.
 */
import { z } from 'zod';

import {
  CONTACT_CHANNELS,
  INCIDENT_KINDS,
  type ContactEntry,
  type ContactLog,
} from '@/lib/model/contact';

export type { ContactEntry, ContactLog };

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

const entrySchema = z.object({
  id: z.string().min(1).max(64),
  /** The borrower's own clock, as typed: "2026-11-03T14:20" (no time zone: it is their record). */
  at: z.string().regex(LOCAL_DATE_TIME),
  channel: z.enum(CONTACT_CHANNELS),
  /** outgoing: the borrower contacted the lender; incoming: the lender or a collector did. */
  direction: z.enum(['outgoing', 'incoming']),
  lender: z.string().max(200),
  /** The agent's id or name (工号), and the number or account used. */
  agentId: z.string().max(100),
  number: z.string().max(100),
  said: z.string().max(4000),
  promised: z.string().max(2000),
  incidents: z.array(z.enum(INCIDENT_KINDS)).max(INCIDENT_KINDS.length),
}) satisfies z.ZodType<ContactEntry>;

export const emptyContactLog: ContactLog = { schemaVersion: 1, entries: [] };

/** Years of weekly calls; a log is a few hundred KB at most. */
export const contactLogCap = 2000;

export function parseContactEntry(value: unknown): ContactEntry | null {
  const parsed = entrySchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Whatever storage holds, as a log: unreadable entries dropped, newest first, capped. */
export function migrateContactLog(stored: unknown): ContactLog {
  const list =
    typeof stored === 'object' &&
    stored !== null &&
    Array.isArray((stored as { entries?: unknown }).entries)
      ? (stored as { entries: unknown[] }).entries
      : [];
  return {
    schemaVersion: 1,
    entries: sortLog(list.map(parseContactEntry).filter((e) => e !== null)),
  };
}

function sortLog(entries: ContactEntry[]): ContactEntry[] {
  return [...entries]
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.id < b.id ? 1 : -1))
    .slice(0, contactLogCap);
}

export function addContact(log: ContactLog, entry: ContactEntry): ContactLog {
  return {
    schemaVersion: 1,
    entries: sortLog([entry, ...log.entries.filter((e) => e.id !== entry.id)]),
  };
}

export function removeContact(log: ContactLog, id: string): ContactLog {
  return { schemaVersion: 1, entries: log.entries.filter((e) => e.id !== id) };
}

/** Merges an imported log: entries are identified by id, the imported copy of a known id is skipped. */
export function mergeContactLogs(
  current: ContactLog,
  imported: readonly ContactEntry[],
): ContactLog {
  const known = new Set(current.entries.map((e) => e.id));
  return {
    schemaVersion: 1,
    entries: sortLog([...current.entries, ...imported.filter((e) => !known.has(e.id))]),
  };
}
