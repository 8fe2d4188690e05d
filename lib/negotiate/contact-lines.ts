/**
 * The contact log in the letter's words: each contact as a sentence ("本人于2026年11月3日14:20通过
 * 电话联系贵方…"), each collection incident with the rules it may breach.
 */
import type { ContactEntry } from '@/lib/model/contact';

import { citationList, fill, zhDate } from './fill';
import { INCIDENT_BASIS, incidentsOf } from './incidents';
import { CHANNEL_NAMES, CONTACT_LINES, INCIDENT_NAMES } from './wording';

const strip = (text: string): string => text.trim().replace(/[。.;；]+$/, '');

export function contactLine(entry: ContactEntry): string {
  const vars = {
    when: zhDate(entry.at),
    channel: CHANNEL_NAMES[entry.channel].zh,
    agent:
      entry.agentId.trim() === ''
        ? ''
        : fill(CONTACT_LINES.agent, { agentId: entry.agentId.trim() }),
    number:
      entry.number.trim() === '' ? '' : fill(CONTACT_LINES.number, { number: entry.number.trim() }),
    said: strip(entry.said) === '' ? '' : fill(CONTACT_LINES.said, { said: strip(entry.said) }),
    promised:
      strip(entry.promised) === ''
        ? ''
        : fill(CONTACT_LINES.promised, { promised: strip(entry.promised) }),
  };
  return fill(CONTACT_LINES[entry.direction], vars).replace(/，$/, '。');
}

export function incidentLines(entry: ContactEntry): string[] {
  return incidentsOf(entry).map((kind) =>
    fill(CONTACT_LINES.incident, {
      when: zhDate(entry.at),
      what: INCIDENT_NAMES[kind].zh,
      number: entry.number.trim() === '' ? CHANNEL_NAMES[entry.channel].zh : entry.number.trim(),
      laws: citationList(INCIDENT_BASIS[kind]),
    }),
  );
}

/** The entries about this lender (or about no lender in particular), oldest first as a letter reads. */
export function entriesFor(entries: readonly ContactEntry[], lender: string): ContactEntry[] {
  const name = lender.trim();
  return entries
    .filter(
      (e) =>
        e.lender.trim() === '' ||
        name === '' ||
        e.lender.includes(name) ||
        name.includes(e.lender.trim()),
    )
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
