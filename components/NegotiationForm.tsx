import { useState } from 'preact/hooks';

import {
  LENDER_TYPE_KEYS,
  type NegotiateKey,
  type NegotiateTranslate,
} from '@/lib/i18n/negotiate-messages';
import { NEGOTIATION_LENDER_TYPES } from '@/lib/negotiate/case';
import type { NegotiationDraft } from '@/lib/negotiate/draft';

type Field = Exclude<keyof NegotiationDraft, 'lenderType'>;

export interface NegotiationFormProps {
  draft: NegotiationDraft;
  /** The message for each field that does not read (already in words). */
  errors: Partial<Record<keyof NegotiationDraft, string>>;
  onChange: (next: NegotiationDraft) => void;
  t: NegotiateTranslate;
}

const DATES: ReadonlySet<Field> = new Set(['contractDate', 'overdueSince', 'asOf', 'firstDue']);
const TEXTS: ReadonlySet<Field> = new Set(['lender', 'hardship', 'problems']);

/**
 * The overdue borrower's case. Every field is a plain string as typed; an error shows beside its
 * field once the field was left or holds text (an empty form greets nobody with red).
 */
export function NegotiationForm({ draft, errors, onChange, t }: NegotiationFormProps) {
  const [touched, setTouched] = useState<ReadonlySet<keyof NegotiationDraft>>(new Set());
  const field = (
    name: Field,
    label: NegotiateKey,
    options: { multiline?: boolean; hint?: NegotiateKey; placeholder?: NegotiateKey } = {},
  ) => {
    const raw = errors[name];
    const error =
      raw !== undefined && (touched.has(name) || draft[name].trim() !== '') ? raw : null;
    const id = `neg-${name}`;
    const describedBy =
      [error === null ? null : `${id}-error`, options.hint === undefined ? null : `${id}-hint`]
        .filter((x) => x !== null)
        .join(' ') || undefined;
    const props = {
      id,
      name,
      value: draft[name],
      'aria-invalid': error !== null,
      'aria-describedby': describedBy,
      'data-testid': id,
      placeholder: options.placeholder === undefined ? undefined : t(options.placeholder),
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
        {options.multiline === true ? (
          <textarea rows={3} {...props} />
        ) : DATES.has(name) ? (
          <input type="date" {...props} />
        ) : (
          <input type="text" inputMode={TEXTS.has(name) ? undefined : 'decimal'} {...props} />
        )}
        {options.hint !== undefined && (
          <p id={`${id}-hint`} class="note">
            {t(options.hint)}
          </p>
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
      class="negotiation-form"
      data-testid="negotiation-form"
      onSubmit={(e) => {
        e.preventDefault();
      }}
    >
      <fieldset>
        <legend>{t('sectionLoan')}</legend>
        <div class="field-row">
          {field('lender', 'lender')}
          <div class="field">
            <label for="neg-lenderType">{t('lenderType')}</label>
            <select
              id="neg-lenderType"
              data-testid="neg-lenderType"
              value={draft.lenderType}
              onChange={(e) => {
                const picked = NEGOTIATION_LENDER_TYPES.find((l) => l === e.currentTarget.value);
                onChange({ ...draft, lenderType: picked ?? 'unknown' });
              }}
            >
              {NEGOTIATION_LENDER_TYPES.map((l) => (
                <option value={l} key={l}>
                  {t(LENDER_TYPE_KEYS[l])}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div class="field-row">
          {field('contractDate', 'contractDate')}
          {field('annualRate', 'annualRate')}
        </div>
        <div class="field-row">
          {field('principal', 'principal')}
          {field('received', 'received', { hint: 'receivedHint' })}
        </div>
        {field('repaid', 'repaid')}
      </fieldset>
      <fieldset>
        <legend>{t('sectionOwed')}</legend>
        <div class="field-row">
          {field('owedPrincipal', 'owedPrincipal')}
          {field('owedInterest', 'owedInterest', { hint: 'owedInterestHint' })}
        </div>
        <div class="field-row">
          {field('owedPenalty', 'owedPenalty')}
          {field('owedDamages', 'owedDamages')}
        </div>
        {field('owedFees', 'owedFees')}
        <div class="field-row">
          {field('overdueSince', 'overdueSince')}
          {field('asOf', 'asOf')}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('sectionYou')}</legend>
        <div class="field-row">
          {field('monthlyCapacity', 'monthlyCapacity')}
          {field('lumpSum', 'lumpSum')}
        </div>
        <div class="field-row">
          {field('planRate', 'planRateField')}
          {field('firstDue', 'firstDue')}
        </div>
        {field('hardship', 'hardship', { multiline: true, placeholder: 'hardshipPlaceholder' })}
        {field('problems', 'problems', { multiline: true })}
      </fieldset>
    </form>
  );
}
