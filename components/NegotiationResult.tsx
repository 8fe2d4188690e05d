import { useState } from 'preact/hooks';

import type { Language } from '@/lib/i18n/messages';
import type { NegotiateTranslate } from '@/lib/i18n/negotiate-messages';
import { shortBasis } from '@/lib/negotiate/fill';
import type { Negotiation } from '@/lib/negotiate';
import type { PlanKind } from '@/lib/negotiate/plans';
import { stepText } from '@/lib/negotiate/steps-text';
import { LINE_NAMES, PHONE_SCRIPT, PLAN_NAMES } from '@/lib/negotiate/wording';
import { formatMoney, formatRate } from '@/lib/text/format';

export interface NegotiationResultProps {
  result: Negotiation;
  language: Language;
  t: NegotiateTranslate;
  capacity: string;
  onChoose: (kind: PlanKind) => void;
  /** Copies exactly `text`; resolves false when the clipboard refused. */
  onCopy: (text: string) => Promise<boolean>;
  onDownload: (text: string) => void;
}

const lang = (language: Language): 'zh' | 'en' => (language === 'en' ? 'en' : 'zh');

/** What the law supports (table and steps), the plans, the letter and the phone script. */
export function NegotiationResult({
  result,
  language,
  t,
  capacity,
  onChoose,
  onCopy,
  onDownload,
}: NegotiationResultProps) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const l = lang(language);
  const rows = [
    ['rowPrincipal', 'principal'],
    ['rowInterest', 'interest'],
    ['rowOverdue', 'overdueCharges'],
    ['rowTotal', 'total'],
  ] as const;
  const script = result.phone;
  return (
    <div class="negotiation-result">
      <section aria-labelledby="neg-supported-title" data-testid="neg-supported">
        <h2 id="neg-supported-title">{t('resultTitle')}</h2>
        <p class="note">
          {t('lineUsed', { line: LINE_NAMES[result.line.kind][l] })}
          {result.line.confirmed ? '' : ` ${t('unconfirmed')}`}
        </p>
        <table class="neg-table">
          <thead>
            <tr>
              <th scope="col">{t('colPart')}</th>
              <th scope="col">{t('colDemanded')}</th>
              <th scope="col">{t('colSupported')}</th>
              <th scope="col">{t('colDifference')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, key]) => (
              <tr
                key={key}
                class={key === 'total' ? 'neg-total' : undefined}
                data-testid={`neg-row-${key}`}
              >
                <th scope="row">{t(label)}</th>
                <td>{formatMoney(result.demanded[key])}</td>
                <td>{formatMoney(result.supportable[key])}</td>
                <td>{formatMoney(result.disputed[key])}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <details class="neg-steps" open>
          <summary>{t('stepsTitle')}</summary>
          <ol>
            {result.steps.map((s) => (
              <li key={s.id} data-testid={`neg-step-${s.id}`}>
                {stepText(s, l)}
                {s.basis.length > 0 && (
                  <span class="note">
                    {' '}
                    {t('basis')}
                    {[...new Set(s.basis.map(shortBasis))].join('；')}
                  </span>
                )}
                {!s.confirmed && <span class="unconfirmed"> {t('unconfirmed')}</span>}
              </li>
            ))}
          </ol>
        </details>
      </section>

      <section aria-labelledby="neg-plans-title">
        <h2 id="neg-plans-title">{t('plansTitle')}</h2>
        {result.shortfalls.includes('capacity-below-60-periods') && (
          <p class="note" data-testid="neg-shortfall">
            {t('shortfallCapacity', {
              capacity: formatMoney(capacity),
              needed: formatMoney(result.neededFor60 ?? '0'),
            })}
          </p>
        )}
        {result.shortfalls.includes('nothing-owed') && <p class="note">{t('shortfallNothing')}</p>}
        <div class="neg-plans" role="radiogroup" aria-labelledby="neg-plans-title">
          {result.plans.map((p) => (
            <label key={p.kind} class="neg-plan" data-testid={`neg-plan-${p.kind}`}>
              <input
                type="radio"
                name="neg-plan"
                value={p.kind}
                checked={result.chosen?.kind === p.kind}
                onChange={() => {
                  onChoose(p.kind);
                  setStatus('idle');
                }}
              />
              <strong>{PLAN_NAMES[p.kind][l]}</strong>
              <span>
                {t('planPeriods', { periods: p.periods })} ·{' '}
                {t('planPayment', { payment: formatMoney(p.payment) })}
                {p.last === p.payment
                  ? ''
                  : ` · ${t('planLast', { last: formatMoney(p.last) })}`} ·{' '}
                {t('planTotal', { total: formatMoney(p.total) })}
              </span>
              <span class="note">
                {p.waived !== '0.00'
                  ? t('planWaived', { waived: formatMoney(p.waived) })
                  : p.rate === null
                    ? ''
                    : t('planRate', { rate: formatRate(p.rate.nominal) })}
              </span>
              <details>
                <summary>{t('planDates')}</summary>
                <ol class="neg-dates">
                  {p.dueDates.map((d, i) => (
                    <li key={d}>
                      {d} · {formatMoney(p.payments[i] ?? '0')}
                    </li>
                  ))}
                </ol>
              </details>
            </label>
          ))}
        </div>
      </section>

      <section aria-labelledby="neg-letter-title" class="complaint">
        <h2 id="neg-letter-title">{t('letterTitle')}</h2>
        <textarea
          readOnly
          value={result.letter}
          rows={18}
          aria-labelledby="neg-letter-title"
          data-testid="neg-letter"
        />
        <div class="actions">
          <button
            type="button"
            data-testid="neg-copy"
            onClick={() => {
              void onCopy(result.letter).then((ok) => {
                setStatus(ok ? 'copied' : 'failed');
              });
            }}
          >
            {t('copy')}
          </button>
          <button
            type="button"
            class="secondary"
            data-testid="neg-download"
            onClick={() => {
              onDownload(result.letter);
            }}
          >
            {t('download')}
          </button>
          <span class="copy-status" role="status">
            {status === 'copied' ? t('copied') : status === 'failed' ? t('copyFailed') : ''}
          </span>
        </div>
      </section>

      <section aria-labelledby="neg-phone-title" data-testid="neg-phone">
        <h2 id="neg-phone-title">{t('phoneTitle')}</h2>
        <p>{script.title}</p>
        {(
          [
            ['say', script.say],
            ['ask', script.ask],
            ['avoid', script.avoid],
          ] as const
        ).map(([key, lines]) => (
          <div key={key}>
            <h3 class="sub">{PHONE_SCRIPT.headings[key]}</h3>
            <ol>
              {lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ol>
          </div>
        ))}
      </section>
    </div>
  );
}
