import { useEffect, useState } from 'preact/hooks';

import type { Draft, DraftErrors, DraftField } from '@/lib/calculator/draft';
import type { MessageKey, Translate } from '@/lib/i18n/messages';
import type { LenderType } from '@/lib/model/terms';

const lenderTypes: { value: LenderType; label: MessageKey }[] = [
  { value: 'bank', label: 'lenderBank' },
  { value: 'consumer-finance', label: 'lenderConsumerFinance' },
  { value: 'small-loan', label: 'lenderSmallLoan' },
  { value: 'platform-unspecified', label: 'lenderPlatform' },
  { value: 'private', label: 'lenderPrivate' },
];

export interface CalculatorFormProps {
  draft: Draft;
  errors: DraftErrors;
  onChange: (next: Draft) => void;
  /** Back to the page's reading; absent for a loan typed by hand. */
  onReset?: (() => void) | undefined;
  /** The field to focus when the form opens: the one the reading doubts. */
  focus?: DraftField | undefined;
  t: Translate;
}

/**
 * The borrower corrects a term or types a loan; the analysis follows as they type. An error is
 * shown beside its field (aria-invalid, aria-describedby) once the field was left or holds text,
 * so an empty form does not greet anyone with red.
 */
export function CalculatorForm({
  draft,
  errors,
  onChange,
  onReset,
  focus,
  t,
}: CalculatorFormProps) {
  const [touched, setTouched] = useState<ReadonlySet<DraftField>>(new Set());
  useEffect(() => {
    if (focus !== undefined) document.getElementById(`calc-${focus}`)?.focus();
  }, [focus]);
  const shown = (field: DraftField) => {
    const error = errors[field];
    return error !== undefined && (touched.has(field) || draft[field].trim() !== '')
      ? t(error.key, error.vars)
      : null;
  };
  const field = (name: DraftField, label: MessageKey, multiline = false) => {
    const error = shown(name);
    const id = `calc-${name}`;
    const props = {
      id,
      name,
      value: draft[name],
      'aria-invalid': error !== null,
      'aria-describedby': error === null ? undefined : `${id}-error`,
      'data-testid': id,
      'data-doubt': focus === name ? 'true' : undefined,
      onInput: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
        onChange({ ...draft, [name]: e.currentTarget.value });
      },
      onBlur: () => {
        setTouched((prev) => new Set(prev).add(name));
      },
    };
    return (
      <div class="field">
        <label for={id}>{t(label)}</label>
        {multiline ? (
          <textarea rows={5} {...props} />
        ) : (
          <input type="text" inputMode={name === 'contractDate' ? 'text' : 'decimal'} {...props} />
        )}
        {error !== null && (
          <p id={`${id}-error`} class="field-error">
            <span aria-hidden="true">✗ </span>
            {error}
          </p>
        )}
      </div>
    );
  };
  return (
    <form
      class="calculator"
      aria-labelledby="calc-title"
      data-testid="calculator"
      onSubmit={(e) => {
        e.preventDefault();
      }}
    >
      <h2 id="calc-title">{t('calcTitle')}</h2>
      <p class="note">{t('calcHint')}</p>
      <div class="field-row">
        {field('principal', 'calcPrincipal')}
        {field('received', 'calcReceived')}
      </div>
      <fieldset class="mode">
        <legend>{t('calcMode')}</legend>
        {(['equal', 'schedule'] as const).map((mode) => (
          <label key={mode} class="radio">
            <input
              type="radio"
              name="calc-mode"
              value={mode}
              checked={draft.mode === mode}
              onChange={() => {
                onChange({ ...draft, mode });
              }}
            />
            {t(mode === 'equal' ? 'calcModeEqual' : 'calcModeSchedule')}
          </label>
        ))}
      </fieldset>
      {draft.mode === 'equal' ? (
        <div class="field-row">
          {field('periods', 'calcPeriods')}
          {field('payment', 'calcPayment')}
        </div>
      ) : (
        field('schedule', 'calcSchedule', true)
      )}
      <div class="field-row">
        {field('statedRate', 'calcStatedRate')}
        {field('contractDate', 'calcContractDate')}
      </div>
      <div class="field">
        <label for="calc-lenderType">{t('calcLenderType')}</label>
        <select
          id="calc-lenderType"
          value={draft.lenderType}
          onChange={(e) => {
            const picked = lenderTypes.find((l) => l.value === e.currentTarget.value);
            onChange({ ...draft, lenderType: picked?.value ?? '' });
          }}
        >
          <option value="">{t('calcLenderKeep')}</option>
          {lenderTypes.map((l) => (
            <option value={l.value} key={l.value}>
              {t(l.label)}
            </option>
          ))}
        </select>
      </div>
      {onReset !== undefined && (
        <button type="button" class="secondary" onClick={onReset}>
          {t('calcReset')}
        </button>
      )}
    </form>
  );
}
