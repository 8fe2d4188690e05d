/** The contact log: validated on every read, newest first, and carried by the history export. */
import { describe, expect, it } from 'vitest';

import {
  addContact,
  emptyContactLog,
  mergeContactLogs,
  migrateContactLog,
  removeContact,
  type ContactEntry,
} from '@/lib/storage/contact-log';
import { emptyHistory } from '@/lib/storage/history';
import { exportHistory, importHistory } from '@/lib/storage/transfer';

const entry = (id: string, at: string): ContactEntry => ({
  id,
  at,
  channel: 'phone',
  direction: 'incoming',
  lender: '某某小贷',
  agentId: '',
  number: '95xxx',
  said: '催款',
  promised: '',
  incidents: ['threat'],
});

describe('contact log', () => {
  it('keeps what parses, drops what does not, newest first', () => {
    const log = migrateContactLog({
      schemaVersion: 1,
      entries: [
        entry('a', '2026-11-03T14:20'),
        { ...entry('b', '2026-11-05T23:10'), incidents: ['made-up'] },
        entry('c', '2026-11-04T09:00'),
        'garbage',
      ],
    });
    expect(log.entries.map((e) => e.id)).toEqual(['c', 'a']);
    expect(migrateContactLog(undefined)).toEqual(emptyContactLog);
    expect(migrateContactLog([entry('a', '2026-11-03T14:20')])).toEqual(emptyContactLog);
  });

  it('adds, replaces by id, removes and merges without duplicates', () => {
    let log = addContact(emptyContactLog, entry('a', '2026-11-03T14:20'));
    log = addContact(log, entry('b', '2026-11-05T23:10'));
    log = addContact(log, { ...entry('a', '2026-11-03T14:20'), said: '改过' });
    expect(log.entries.map((e) => [e.id, e.said])).toEqual([
      ['b', '催款'],
      ['a', '改过'],
    ]);
    expect(removeContact(log, 'b').entries.map((e) => e.id)).toEqual(['a']);
    const merged = mergeContactLogs(log, [
      entry('a', '2026-11-03T14:20'),
      entry('z', '2026-11-06T08:00'),
    ]);
    expect(merged.entries.map((e) => e.id)).toEqual(['z', 'b', 'a']);
  });

  it('exports with the history and comes back on import', () => {
    const log = addContact(emptyContactLog, entry('a', '2026-11-03T14:20'));
    const json = exportHistory(emptyHistory, log);
    const result = importHistory(emptyHistory, json);
    expect(result.ok && result.contacts).toEqual(log.entries);
    const tampered = JSON.parse(json) as { contactLog: unknown[] };
    tampered.contactLog.push({ id: 'x' });
    const again = importHistory(emptyHistory, JSON.stringify(tampered));
    expect(again.ok && again.contacts).toEqual(log.entries);
  });
});
