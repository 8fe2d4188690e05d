import { useEffect, useRef, useState } from 'preact/hooks';

import type { Language, Translate } from '@/lib/i18n/messages';
import { blanksIn, type ChannelId } from '@/lib/letters';

/** A channel as the composer offers it: its name and why it is offered, in both languages. */
export interface ChannelChoice {
  id: ChannelId;
  title: { zh: string; en: string };
  reason: { zh: string; en: string };
}

export interface ComplaintPanelProps {
  choices: readonly ChannelChoice[];
  selected: ChannelId;
  onSelect: (id: ChannelId) => void;
  /** The composed letter (Chinese); the borrower may edit it in the box. */
  text: string;
  language: Language;
  t: Translate;
  /** Copies exactly the text shown; resolves false when the clipboard refused. */
  onCopy: (text: string) => Promise<boolean>;
  onDownload: (text: string, channel: ChannelId) => void;
}

/**
 * One letter per channel: pick the channel (its reason beside it), edit the letter, fill the 【】
 * blanks (listed; a click selects each in the box), copy it or save it as a .txt file.
 */
export function ComplaintPanel({
  choices,
  selected,
  onSelect,
  text,
  language,
  t,
  onCopy,
  onDownload,
}: ComplaintPanelProps) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [edited, setEdited] = useState<string | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  // A new letter (another channel, new figures) replaces the borrower's edits of the old one.
  useEffect(() => {
    setEdited(null);
    if (box.current !== null) box.current.scrollTop = 0;
  }, [text, selected]);
  const current = edited ?? text;
  const blanks = blanksIn(current);
  const choice = choices.find((c) => c.id === selected);
  const pick = (s: { zh: string; en: string }) => (language === 'en' ? s.en : s.zh);
  return (
    <section aria-labelledby="complaint-title" class="complaint" id="complaint">
      <h2 id="complaint-title">{t('complaintTitle')}</h2>
      <label class="channel-picker">
        {t('complaintChannel')}
        <select
          data-testid="complaint-channel"
          value={selected}
          onChange={(e) => {
            const picked = choices.find((c) => c.id === e.currentTarget.value);
            if (picked !== undefined) onSelect(picked.id);
            setStatus('idle');
          }}
        >
          {choices.map((c) => (
            <option value={c.id} key={c.id}>
              {pick(c.title)}
            </option>
          ))}
        </select>
      </label>
      <p class="note" data-testid="channel-list">
        {t('channelsOffered', { list: choices.map((c) => pick(c.title)).join(' · ') })}
      </p>
      {choice !== undefined && (
        <p class="note channel-reason" data-testid="channel-reason">
          {pick(choice.reason)}
        </p>
      )}
      <p class="note">{edited === null ? t('letterEditHint') : t('letterEdited')}</p>
      <textarea
        ref={box}
        value={current}
        rows={12}
        aria-labelledby="complaint-title"
        data-testid="complaint-text"
        onInput={(e) => {
          setEdited(e.currentTarget.value);
          setStatus('idle');
        }}
      />
      {blanks.length === 0 ? (
        <p class="note" data-testid="blanks-none">
          {t('blanksNone')}
        </p>
      ) : (
        <div class="blanks" data-testid="blanks">
          <p class="note">{t('blanksTitle', { count: blanks.length })}</p>
          <ul>
            {blanks.map(({ blank }) => (
              <li key={blank}>
                <button
                  type="button"
                  class="blank-chip"
                  data-testid="blank"
                  onClick={() => {
                    const area = box.current;
                    if (area === null) return;
                    const at = area.value.indexOf(blank);
                    if (at < 0) return;
                    area.focus();
                    area.setSelectionRange(at, at + blank.length);
                  }}
                >
                  <mark>{blank}</mark>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class="actions">
        <button
          type="button"
          data-testid="copy-complaint"
          onClick={() => {
            void onCopy(current).then((ok) => {
              setStatus(ok ? 'copied' : 'failed');
            });
          }}
        >
          {t('copyComplaint')}
        </button>
        <button
          type="button"
          class="secondary"
          data-testid="download-complaint"
          onClick={() => {
            onDownload(current, selected);
          }}
        >
          {t('downloadComplaint')}
        </button>
        {edited !== null && (
          <button
            type="button"
            class="secondary"
            data-testid="reset-letter"
            onClick={() => {
              setEdited(null);
            }}
          >
            {t('letterReset')}
          </button>
        )}
        <span role="status" class="copy-status">
          {status === 'copied' ? t('copied') : status === 'failed' ? t('copyFailed') : ''}
        </span>
      </div>
    </section>
  );
}
