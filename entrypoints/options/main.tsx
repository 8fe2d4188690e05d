import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';

import '@/components/styles.css';

import { AutoCheckSettings } from '@/components/AutoCheckSettings';
import { LprSettings } from '@/components/LprSettings';
import { OptionsForm } from '@/components/OptionsForm';
import { LPR_CONFIRMED_THROUGH } from '@/lib/law/lpr';
import { translator } from '@/lib/i18n/messages';
import { defaultSettings, type Settings } from '@/lib/storage/settings';
import { loadSettings, saveSettings } from '@/lib/storage/store';

function Options() {
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  const [saved, setSaved] = useState(false);
  const [sites, setSites] = useState<string[]>([]);
  const refreshSites = async () => {
    setSites((await browser.permissions.getAll()).origins ?? []);
  };
  useEffect(() => {
    void loadSettings().then(setSettings);
    void refreshSites();
  }, []);
  const t = useMemo(() => translator(settings.language), [settings.language]);
  const update = (next: Settings) => {
    setSettings(next);
    void saveSettings(next).then(() => {
      setSaved(true);
    });
  };
  return (
    <main class="options-page" lang={settings.language}>
      <h1>{t('optionsTitle')}</h1>
      <OptionsForm settings={settings} t={t} onChange={update} />
      <LprSettings
        values={settings.userLpr}
        confirmedThrough={LPR_CONFIRMED_THROUGH}
        t={t}
        onChange={(userLpr) => {
          update({ ...settings, userLpr });
        }}
      />
      <p role="status">{saved ? t('optionsSaved') : ''}</p>
      <AutoCheckSettings
        sites={sites}
        t={t}
        // permissions.request must run inside the click; the background re-registers the scanner
        // when the permission arrives (permissions.onAdded).
        onAllow={async (pattern) => {
          const granted = await browser.permissions.request({ origins: [pattern] });
          await refreshSites();
          return granted;
        }}
        onRevoke={async (pattern) => {
          await browser.permissions.remove({ origins: [pattern] });
          await refreshSites();
        }}
      />
      <p>
        <a href={browser.runtime.getURL('/past-checks.html')} data-testid="history-link">
          {t('optionsHistoryLink')}
        </a>
      </p>
      <p>
        <a href={browser.runtime.getURL('/privacy.html')}>{t('optionsPrivacyLink')}</a>
      </p>
    </main>
  );
}

const root = document.getElementById('app');
if (root !== null) render(<Options />, root);
