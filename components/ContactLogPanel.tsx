import { useState } from 'preact/hooks';

import type { Language } from '@/lib/i18n/messages';
import type { NegotiateTranslate } from '@/lib/i18n/negotiate-messages';
import { citationList } from '@/lib/negotiate/fill';
import { INCIDENT_BASIS, incidentsOf, isNightContact } from '@/lib/negotiate/incidents';
import { CHANNEL_NAMES, INCIDENT_NAMES } from '@/lib/negotiate/wording';
import {
  CONTACT_CHANNELS,
  INCIDENT_KINDS,
  type ContactChannel,
  type ContactEntry,
  type IncidentKind,
} from '@/lib/model/contact';

export interface ContactLogPanelProps {
  entries: readonly ContactEntry[];
  language: Language;
  t: NegotiateTranslate;
  /** The lender the new entry defaults to. */
  lender: string;
  /** Makes the entry's id (the entrypoint owns randomness and the clock). */
  newId: () => string;
  onAdd: (entry: ContactEntry) => void;
  onDelete: (id: string) => void;
}

type Form = Omit<ContactEntry, 'id' | 'lender'>;

const blank: Form = {
  at: '',
  channel: 'phone',
  direction: 'outgoing',
  agentId: '',
  number: '',
  said: '',
  promised: '',
  incidents: [],
};

/** The borrower's contact log: add what happened, see each incident with the rules it may breach. */
export function ContactLogPanel({
  entries,
  language,
  t,
  lender,
  newId,
  onAdd,
  onDelete,
}: ContactLogPanelProps) {
  const [form, setForm] = useState<Form>(blank);
  const [error, setError] = useState(false);
  const l = language === 'en' ? 'en' : 'zh';
  const text = (
    name: 'agentId' | 'number' | 'said' | 'promised',
    label: Parameters<NegotiateTranslate>[0],
    multiline = false,
  ) => {
    const props = {
      id: `log-${name}`,
      'data-testid': `log-${name}`,
      value: form[name],
      onInput: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
        setForm({ ...form, [name]: e.currentTarget.value });
      },
    };
    return (
      <div class="field">
        <label for={`log-${name}`}>{t(label)}</label>
        {multiline ? <textarea rows={2} {...props} /> : <input type="text" {...props} />}
      </div>
    );
  };
  const night = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(form.at) && isNightContact(form);
  return (
    <section aria-labelledby="log-title" class="contact-log" data-testid="contact-log">
      <h2 id="log-title">{t('logTitle')}</h2>
      <p class="note">{t('logIntro')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(form.at)) {
            setError(true);
            return;
          }
          setError(false);
          onAdd({ ...form, id: newId(), lender });
          setForm(blank);
        }}
      >
        <div class="field-row">
          <div class="field">
            <label for="log-at">{t('logAt')}</label>
            <input
              id="log-at"
              data-testid="log-at"
              type="datetime-local"
              value={form.at}
              aria-invalid={error}
              aria-describedby={error ? 'log-at-error' : undefined}
              onInput={(e) => {
                setForm({ ...form, at: e.currentTarget.value.slice(0, 16) });
              }}
            />
            {error && (
              <p id="log-at-error" class="field-error">
                <span aria-hidden="true">✗ </span>
                {t('logBadTime')}
              </p>
            )}
          </div>
          <div class="field">
            <label for="log-channel">{t('logChannel')}</label>
            <select
              id="log-channel"
              data-testid="log-channel"
              value={form.channel}
              onChange={(e) => {
                const picked = CONTACT_CHANNELS.find((c) => c === e.currentTarget.value);
                setForm({ ...form, channel: picked ?? ('other' satisfies ContactChannel) });
              }}
            >
              {CONTACT_CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {CHANNEL_NAMES[c][l]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <fieldset class="mode">
          <legend>{t('logDirection')}</legend>
          {(['outgoing', 'incoming'] as const).map((d) => (
            <label key={d} class="radio">
              <input
                type="radio"
                name="log-direction"
                value={d}
                data-testid={`log-direction-${d}`}
                checked={form.direction === d}
                onChange={() => {
                  setForm({ ...form, direction: d });
                }}
              />
              {t(d === 'outgoing' ? 'logOutgoing' : 'logIncoming')}
            </label>
          ))}
        </fieldset>
        <div class="field-row">
          {text('agentId', 'logAgent')}
          {text('number', 'logNumber')}
        </div>
        {text('said', 'logSaid', true)}
        {text('promised', 'logPromised', true)}
        <fieldset class="incidents">
          <legend>{t('logIncidents')}</legend>
          {INCIDENT_KINDS.map((kind: IncidentKind) => (
            <label key={kind} class="check">
              <input
                type="checkbox"
                data-testid={`log-incident-${kind}`}
                checked={form.incidents.includes(kind) || (kind === 'night-contact' && night)}
                disabled={kind === 'night-contact' && night}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setForm({
                    ...form,
                    incidents: on
                      ? [...form.incidents, kind]
                      : form.incidents.filter((k) => k !== kind),
                  });
                }}
              />
              {INCIDENT_NAMES[kind][l]}
              {kind === 'night-contact' && night ? ` · ${t('logNightAuto')}` : ''}
            </label>
          ))}
        </fieldset>
        <button type="submit" data-testid="log-add">
          {t('logAdd')}
        </button>
      </form>
      {entries.length === 0 ? (
        <p class="note">{t('logEmpty')}</p>
      ) : (
        <ul class="log-entries">
          {entries.map((e) => (
            <li key={e.id} data-testid="log-entry">
              <p>
                <strong>{e.at.replace('T', ' ')}</strong> · {CHANNEL_NAMES[e.channel][l]} ·{' '}
                {t(e.direction === 'outgoing' ? 'logOutgoing' : 'logIncoming')}
                {e.agentId === '' ? '' : ` · ${e.agentId}`}
                {e.number === '' ? '' : ` · ${e.number}`}
              </p>
              {e.said !== '' && <p>{e.said}</p>}
              {e.promised !== '' && (
                <p>
                  {t('logPromised')}：{e.promised}
                </p>
              )}
              {incidentsOf(e).map((kind) => (
                <p key={kind} class="incident">
                  ⚠ {INCIDENT_NAMES[kind][l]} —{' '}
                  {t('logRule', { laws: citationList(INCIDENT_BASIS[kind]) })}
                </p>
              ))}
              <button
                type="button"
                class="secondary small"
                onClick={() => {
                  onDelete(e.id);
                }}
              >
                {t('logDelete')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
