import type { MessageKey, Translate } from '@/lib/i18n/messages';
import type { LenderType } from '@/lib/model/terms';
import type { Borrower, Settings } from '@/lib/model/settings';

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

export function OptionsForm({
  settings,
  onChange,
  t,
}: {
  settings: Settings;
  onChange: (next: Settings) => void;
  t: Translate;
}) {
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
        {borrowerFields.map(({ field, label }) => (
          <label key={field}>
            {label}
            <input
              type="text"
              value={settings.borrower[field]}
              onInput={(e) => {
                onChange({
                  ...settings,
                  borrower: { ...settings.borrower, [field]: e.currentTarget.value },
                });
              }}
            />
          </label>
        ))}
      </fieldset>
    </form>
  );
}
