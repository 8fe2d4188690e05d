import { useState } from 'preact/hooks';

import type { MessageKey, Translate } from '@/lib/i18n/messages';
import type { LenderType } from '@/lib/model/terms';
import {
  borrowerLimits,
  type Borrower,
  type Settings,
  type SettingsField,
} from '@/lib/model/settings';

const lenderTypes: { value: LenderType; label: MessageKey }[] = [
  { value: 'bank', label: 'lenderBank' },
  { value: 'consumer-finance', label: 'lenderConsumerFinance' },
  { value: 'small-loan', label: 'lenderSmallLoan' },
  { value: 'platform-unspecified', label: 'lenderPlatform' },
  { value: 'private', label: 'lenderPrivate' },
  { value: 'unknown', label: 'lenderUnknown' },
];

const borrowerFields: { field: keyof Borrower; label: string }[] = [
  { field: 'name', label: '姓名 Name' },
  { field: 'phone', label: '联系电话 Phone' },
  { field: 'idNumber', label: '身份证号 ID number' },
  { field: 'address', label: '联系地址 Address' },
  { field: 'city', label: '所在城市 City' },
];

/** A setting's name as the options page shows it, for "this one could not be read". */
export function settingsFieldLabel(field: SettingsField, t: Translate): string {
  if (field === 'language') return t('optionsLanguage');
  if (field === 'lenderTypeOverride') return t('optionsLenderType');
  if (field === 'userLpr') return t('lprTitle');
  const key = field.slice('borrower.'.length);
  return borrowerFields.find((f) => f.field === key)?.label ?? key;
}

export function OptionsForm({
  settings,
  onChange,
  t,
}: {
  settings: Settings;
  onChange: (next: Settings) => void;
  t: Translate;
}) {
  // What was typed into a field that is over its limit: shown in the input, never saved (the
  // stored value stays the last one that fits), so a too-long paste cannot wipe the settings.
  const [tooLong, setTooLong] = useState<Partial<Record<keyof Borrower, string>>>({});
  return (
    <form
      class="options"
      onSubmit={(e) => {
        e.preventDefault();
      }}
    >
      <label>
        {t('optionsLanguage')}
        <select
          value={settings.language}
          onChange={(e) => {
            onChange({ ...settings, language: e.currentTarget.value === 'en' ? 'en' : 'zh-CN' });
          }}
        >
          <option value="zh-CN">简体中文</option>
          <option value="en">English</option>
        </select>
      </label>
      <label>
        {t('optionsLenderType')}
        <select
          value={settings.lenderTypeOverride ?? ''}
          onChange={(e) => {
            const picked = lenderTypes.find((l) => l.value === e.currentTarget.value);
            onChange({ ...settings, lenderTypeOverride: picked?.value ?? null });
          }}
        >
          <option value="">{t('optionsLenderTypeAuto')}</option>
          {lenderTypes.map((l) => (
            <option value={l.value} key={l.value}>
              {t(l.label)}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>
          投诉文字中的个人信息（只保存在本浏览器）/ Your details for complaint texts (kept in this
          browser only)
        </legend>
        {borrowerFields.map(({ field, label }) => {
          const draft = tooLong[field];
          const max = borrowerLimits[field];
          const problemId = `too-long-${field}`;
          return (
            <label key={field}>
              {label}
              <input
                type="text"
                value={draft ?? settings.borrower[field]}
                aria-invalid={draft !== undefined}
                aria-describedby={draft === undefined ? undefined : problemId}
                data-testid={`borrower-${field}`}
                onInput={(e) => {
                  const value = e.currentTarget.value;
                  if (value.length > max) {
                    setTooLong({ ...tooLong, [field]: value });
                    return;
                  }
                  setTooLong(
                    Object.fromEntries(Object.entries(tooLong).filter(([k]) => k !== field)),
                  );
                  onChange({ ...settings, borrower: { ...settings.borrower, [field]: value } });
                }}
              />
              {draft !== undefined && (
                <span id={problemId} role="alert" class="field-problem">
                  {t('optionsFieldTooLong', { field: label, max, length: draft.length })}
                </span>
              )}
            </label>
          );
        })}
      </fieldset>
    </form>
  );
}
