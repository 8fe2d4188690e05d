import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';

import '@/components/styles.css';

import { AutoCheckSettings } from '@/components/AutoCheckSettings';
import { LprSettings } from '@/components/LprSettings';
import { OptionsForm, settingsFieldLabel } from '@/components/OptionsForm';
import { saveFailureText } from '@/lib/view/save-failure';
import { LPR_CONFIRMED_THROUGH } from '@/lib/law/lpr';
import { translator } from '@/lib/i18n/messages';
import { defaultSettings, type Settings, type SettingsField } from '@/lib/storage/settings';
import { loadSettingsReading, saveSettings } from '@/lib/storage/store';
import { negotiateTranslator } from '@/lib/i18n/negotiate-messages';

function Options() {
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  const [saved, setSaved] = useState(false);
  const [saveProblem, setSaveProblem] = useState<unknown>(null);
  const [dropped, setDropped] = useState<SettingsField[]>([]);
  const [sites, setSites] = useState<string[]>([]);
  const refreshSites = async () => {
    setSites((await browser.permissions.getAll()).origins ?? []);
  };
  useEffect(() => {
    void loadSettingsReading().then((reading) => {
      setSettings(reading.settings);
      setDropped(reading.dropped);
    });
    void refreshSites();
  }, []);
  const t = useMemo(() => translator(settings.language), [settings.language]);
  const update = (next: Settings) => {
    setSettings(next);
    saveSettings(next).then(
      () => {
        setSaved(true);
        setSaveProblem(null);
      },
      (e: unknown) => {
        setSaved(false);
        setSaveProblem(e ?? 'unknown');
      },
    );
  };
  return (
    <main class="options-page" lang={settings.language}>
      <h1>{t('optionsTitle')}</h1>
      {dropped.length > 0 && (
        <p role="alert" class="error" data-testid="settings-dropped">
          {t('optionsDropped', {
            fields: dropped.map((f) => settingsFieldLabel(f, t)).join('、'),
          })}
        </p>
      )}
      <p>
        <a href={browser.runtime.getURL('/negotiate.html')} data-testid="options-negotiate">
          {negotiateTranslator(settings.language)('openFromPopup')}
        </a>
      </p>
      <OptionsForm settings={settings} t={t} onChange={update} />
      <LprSettings
        values={settings.userLpr}
        confirmedThrough={LPR_CONFIRMED_THROUGH}
        t={t}
        onChange={(userLpr) => {
          update({ ...settings, userLpr });
        }}
      />
      <p role="status" data-testid="settings-status">
        {saveProblem !== null ? '' : saved ? t('optionsSaved') : ''}
      </p>
      {saveProblem !== null && (
        <p role="alert" class="error" data-testid="settings-save-failed">
          {saveFailureText(saveProblem, t)}
        </p>
      )}
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
