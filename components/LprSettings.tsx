import { useState } from 'preact/hooks';

import type { Translate } from '@/lib/i18n/messages';
import { readUserLpr } from '@/lib/law/user-lpr';
import { userLprCap, type Settings } from '@/lib/model/settings';
import { formatRate } from '@/lib/text/format';

type UserLpr = Settings['userLpr'];

export interface LprSettingsProps {
  values: UserLpr;
  onChange: (next: UserLpr) => void;
  /** The last date the built-in table has confirmed. */
  confirmedThrough: string;
  t: Translate;
}

/** Newer one-year LPR values than the built-in table has, typed in by the borrower. */
export function LprSettings({ values, onChange, confirmedThrough, t }: LprSettingsProps) {
  const [date, setDate] = useState('');
  const [percent, setPercent] = useState('');
  const [problem, setProblem] = useState('');
  const add = () => {
    const entry = readUserLpr(date, percent);
    if (!entry.ok) {
      setProblem(
        t(
          entry.problem === 'date'
            ? 'lprBadDate'
            : entry.problem === 'too-early'
              ? 'lprTooEarly'
              : 'lprBadValue',
          { date: confirmedThrough },
        ),
      );
      return;
    }
    // The stored list has the schema's cap: one more would make it unreadable, so it is refused here.
    if (values.length >= userLprCap && !values.some((v) => v.date === entry.date)) {
      setProblem(t('lprTooMany', { max: userLprCap }));
      return;
    }
    setProblem('');
    setDate('');
    setPercent('');
    const rest = values.filter((v) => v.date !== entry.date);
    onChange(
      [...rest, { date: entry.date, value: entry.value }].sort((a, b) =>
        a.date.localeCompare(b.date),
      ),
    );
  };
  return (
    <fieldset class="lpr-settings">
      <legend>{t('lprTitle')}</legend>
      <p class="note">{t('lprExplain', { date: confirmedThrough })}</p>
      <div class="lpr-row">
        <label>
          {t('lprDate')}
          <input
            type="text"
            value={date}
            placeholder="2026-09-22"
            aria-invalid={problem !== ''}
            aria-describedby="lpr-problem"
            onInput={(e) => {
              setDate(e.currentTarget.value);
            }}
          />
        </label>
        <label>
          {t('lprValue')}
          <input
            type="text"
            inputMode="decimal"
            value={percent}
            placeholder="2.90"
            aria-invalid={problem !== ''}
            aria-describedby="lpr-problem"
            onInput={(e) => {
              setPercent(e.currentTarget.value);
            }}
          />
        </label>
      </div>
      <button type="button" onClick={add}>
        {t('lprAdd')}
      </button>
      <p id="lpr-problem" role="alert" class="field-problem">
        {problem}
      </p>
      {values.length > 0 && (
        <ul class="lpr-values">
          {values.map((v) => (
            <li key={v.date}>
              {v.date}：{formatRate(v.value)}{' '}
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  onChange(values.filter((x) => x.date !== v.date));
                }}
              >
                {t('lprRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
