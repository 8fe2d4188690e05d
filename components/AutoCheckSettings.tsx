import { useState } from 'preact/hooks';

import type { Translate } from '@/lib/i18n/messages';

export interface AutoCheckSettingsProps {
  /** Granted host patterns, e.g. "https://loan.example.com/*". */
  sites: readonly string[];
  /** Asks the browser for the permission (it shows its own prompt); resolves whether it was granted. */
  onAllow: (originPattern: string) => Promise<boolean>;
  onRevoke: (originPattern: string) => Promise<void>;
  t: Translate;
}

/**
 * "https://loan.example.com/apply?x=1" → "https://loan.example.com/*"; null for anything else. The
 * port is left out: Firefox's match patterns never match a host written with a port (measured in
 * firefox-esr 153: "http://127.0.0.1:36129/*" matched no page of that server), and a pattern
 * without one covers every port of the host in both browsers.
 */
export function originPattern(input: string): string | null {
  const text = /^https?:\/\//i.test(input.trim()) ? input.trim() : `https://${input.trim()}`;
  if (!URL.canParse(text)) return null;
  const url = new URL(text);
  return /^https?:$/.test(url.protocol) && url.hostname.includes('.')
    ? `${url.protocol}//${url.hostname}/*`
    : null;
}

/** Opt-in automatic checking: the borrower names a site; the browser asks for the permission. */
export function AutoCheckSettings({ sites, onAllow, onRevoke, t }: AutoCheckSettingsProps) {
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState('');
  const allow = () => {
    const pattern = originPattern(draft);
    if (pattern === null) {
      setProblem(t('autoCheckInvalid'));
      return;
    }
    void onAllow(pattern).then((granted) => {
      setProblem(granted ? '' : t('autoCheckDenied'));
      if (granted) setDraft('');
    });
  };
  return (
    <fieldset class="auto-check">
      <legend>{t('autoCheckTitle')}</legend>
      <p class="note">{t('autoCheckExplain')}</p>
      <label>
        {t('autoCheckSite')}
        <input
          type="text"
          value={draft}
          placeholder="https://loan.example.com"
          aria-invalid={problem !== ''}
          aria-describedby="auto-check-problem"
          onInput={(e) => {
            setDraft(e.currentTarget.value);
          }}
        />
      </label>
      <button type="button" onClick={allow}>
        {t('autoCheckAllow')}
      </button>
      <p id="auto-check-problem" role="alert" class="field-problem">
        {problem}
      </p>
      {sites.length > 0 && (
        <ul class="auto-check-sites">
          {sites.map((site) => (
            <li key={site}>
              <code>{site}</code>{' '}
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  void onRevoke(site);
                }}
              >
                {t('autoCheckRevoke')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
