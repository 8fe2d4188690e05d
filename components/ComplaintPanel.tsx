import { useState } from 'preact/hooks';

import type { Translate } from '@/lib/i18n/messages';

/** Shows a composed complaint text and copies exactly that text; the caller does the copying. */
export function ComplaintPanel({
  text,
  onCopy,
  t,
}: {
  text: string;
  onCopy: (text: string) => Promise<boolean>;
  t: Translate;
}) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <section aria-labelledby="complaint-title" class="complaint">
      <h2 id="complaint-title">{t('complaintTitle')}</h2>
      <textarea
        readOnly
        value={text}
        rows={8}
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
        <span role="status" class="copy-status">
          {status === 'copied' ? t('copied') : status === 'failed' ? t('copyFailed') : ''}
        </span>
      </div>
    </section>
  );
}
