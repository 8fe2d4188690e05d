import { useState } from 'preact/hooks';

import type { Channel, ChannelId } from '@/lib/complaint/channels';
import type { Language, Translate } from '@/lib/i18n/messages';

export interface ComplaintPanelProps {
  channels: readonly Channel[];
  selected: ChannelId;
  onSelect: (id: ChannelId) => void;
  text: string;
  language: Language;
  t: Translate;
  /** Copies exactly `text`; resolves false when the clipboard refused. */
  onCopy: (text: string) => Promise<boolean>;
  onDownload: (text: string, channel: ChannelId) => void;
}

/** One text per channel: pick the channel, read the text, copy it or save it as a .txt file. */
export function ComplaintPanel({
  channels,
  selected,
  onSelect,
  text,
  language,
  t,
  onCopy,
  onDownload,
}: ComplaintPanelProps) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const current = channels.find((c) => c.id === selected);
  return (
    <section aria-labelledby="complaint-title" class="complaint">
      <h2 id="complaint-title">{t('complaintTitle')}</h2>
      <label class="channel-picker">
        {t('complaintChannel')}
        <select
          data-testid="complaint-channel"
          value={selected}
          onChange={(e) => {
            const picked = channels.find((c) => c.id === e.currentTarget.value);
            if (picked !== undefined) onSelect(picked.id);
            setStatus('idle');
          }}
        >
          {channels.map((c) => (
            <option value={c.id} key={c.id}>
              {language === 'en' ? c.title.en : c.title.zh}
            </option>
          ))}
        </select>
      </label>
      {current !== undefined && (
        <p class="note">{language === 'en' ? current.hint.en : current.hint.zh}</p>
      )}
      <textarea
        readOnly
        value={text}
        rows={10}
        aria-labelledby="complaint-title"
        data-testid="complaint-text"
      />
      <div class="actions">
        <button
          type="button"
          data-testid="copy-complaint"
          onClick={() => {
            void onCopy(text).then((ok) => {
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
            onDownload(text, selected);
          }}
        >
          {t('downloadComplaint')}
        </button>
        <span role="status" class="copy-status">
          {status === 'copied' ? t('copied') : status === 'failed' ? t('copyFailed') : ''}
        </span>
      </div>
    </section>
  );
}
