import type { MessageKey, Translate } from '@/lib/i18n/messages';
import type { CheckId, Doubt, Reading, RejectReason, ScheduleOrigin } from '@/lib/model/reading';
import type { Report } from '@/lib/model/report';
import { formatMoney, formatRate } from '@/lib/text/format';
import { aprProblemText } from '@/lib/view/report-codes';

const doubtKey: Record<Doubt['code'], MessageKey> = {
  'figures-disagree': 'doubtFiguresDisagree',
  'rate-negative': 'doubtRateNegative',
  'rate-absurd': 'doubtRateAbsurd',
  'payments-below-received': 'doubtPaymentsBelowReceived',
  'received-above-principal': 'doubtReceivedAbovePrincipal',
  'single-payment-no-term': 'doubtSinglePaymentNoTerm',
};

const checkKey: Record<CheckId, MessageKey> = {
  'per-period-vs-method': 'checkPerPeriod',
  'payments-vs-total': 'checkPaymentsTotal',
  'interest-vs-total': 'checkInterestTotal',
  'received-vs-deductions': 'checkReceived',
  'schedule-vs-term': 'checkScheduleTerm',
  'schedule-vs-principal': 'checkSchedulePrincipal',
  'remaining-vs-principal': 'checkRemainingPrincipal',
  'fees-in-repayment': 'checkFeesInRepayment',
  'fees-on-each-instalment': 'checkFeesOnEachInstalment',
};

const rejectKey: Record<RejectReason, MessageKey> = {
  'disagrees-with-figures': 'rejectedDisagrees',
  enumeration: 'rejectedEnumeration',
  'unselected-option': 'rejectedUnselected',
  negated: 'rejectedNegated',
  'plan-row': 'rejectedPlanRow',
  'ledger-entry': 'rejectedLedgerEntry',
  'payoff-quote': 'rejectedPayoffQuote',
};

const originKey: Record<ScheduleOrigin, MessageKey> = {
  listed: 'originListed',
  'per-period': 'originPerPeriod',
  single: 'originSingle',
  derived: 'originDerived',
  none: 'originNone',
};

const derivedKey: Record<NonNullable<Reading['derivedFrom']>, MessageKey> = {
  rate: 'derivedFromRate',
  'total-interest': 'derivedFromTotalInterest',
  'total-repaid': 'derivedFromTotalRepaid',
  'no-interest': 'derivedFromNoInterest',
};

/** Figures as the borrower reads them: money with separators, rates as percentages. */
function shown(figures: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(figures)) {
    if (k === 'apr' || k === 'rate') out[k] = formatRate(v);
    else if (/^-?\d+\.\d{2}$/.test(v)) out[k] = formatMoney(v);
    else out[k] = v;
  }
  return out;
}

/** Which figures disagreed, by the check that found it (interpret.ts, sanity-gate.ts). */
const detailKey: Record<string, MessageKey> = {
  'schedule-vs-principal': 'doubtScheduleVsPrincipal',
  'payments-vs-total': 'doubtPaymentsVsTotal',
  'payments-vs-rate': 'doubtPaymentsVsRate',
  'payments-not-monthly': 'doubtPaymentsNotMonthly',
  'received-below-half': 'doubtReceivedBelowHalf',
  'periodic-fee-single-payment': 'doubtPeriodicFeeSinglePayment',
};

function doubtText(doubt: Doubt, t: Translate): string {
  const f = shown(doubt.figures);
  if (doubt.code !== 'figures-disagree') return t(doubtKey[doubt.code], f);
  const detail = t(detailKey[f.check ?? ''] ?? 'doubtPaymentsVsTotal', f);
  return t('doubtFiguresDisagree', { detail });
}

/**
 * "读取可能有误，请核对" with the conflicting figures and the page's words, shown right under the
 * verdict and above the calculator that opens at the doubtful field.
 */
export function DoubtNotice({ report, t }: { report: Report; t: Translate }) {
  const doubt = report.reading?.doubt ?? null;
  if (doubt === null || report.terms === null) return null;
  // A doubt about the figures (a negative or absurd rate) is said by its rate-problem code; one
  // the reading found (figures that contradict each other) by the reading's own figures.
  const problem = report.aprProblem;
  const text =
    problem !== null && problem.code !== 'reading-in-doubt'
      ? aprProblemText(problem, t)
      : doubtText(doubt, t);
  return (
    <section class="doubt" role="alert" data-testid="reading-doubt" data-code={doubt.code}>
      <p>{text}</p>
      {doubt.quotes.length > 0 && (
        <p class="note">
          {t('doubtQuotes')}
          {doubt.quotes.map((q) => (
            <q key={q}>{q}</q>
          ))}
        </p>
      )}
    </section>
  );
}

/**
 * The note on a derived schedule and, folded, how the page was read: where the schedule came from,
 * the checks between the page's figures and the figures left out.
 */
export function ReadingPanel({ report, t }: { report: Report; t: Translate }) {
  const reading = report.reading;
  if (reading === null || reading === undefined || report.terms === null) return null;
  return (
    <>
      {reading.schedule === 'derived' && reading.derivedFrom !== undefined && (
        <p class="note derived" data-testid="schedule-derived">
          {t('derivedSchedule', { from: t(derivedKey[reading.derivedFrom]) })}
        </p>
      )}
      <details class="how" data-testid="how-read">
        <summary>{t('readingTitle')}</summary>
        <p>{t('readingOrigin', { origin: t(originKey[reading.schedule]) })}</p>
        {reading.checks.length > 0 && (
          <>
            <p>{t('readingChecks')}</p>
            <ul>
              {reading.checks.map((c) => (
                <li key={`${c.id}-${JSON.stringify(c.figures)}`} data-held={c.held}>
                  {t(c.held ? 'readingCheckHeld' : 'readingCheckFailed')}：
                  {t(checkKey[c.id], shown(c.figures))}
                </li>
              ))}
            </ul>
          </>
        )}
        {reading.rejected.length > 0 && (
          <>
            <p>{t('readingRejected')}</p>
            <ul>
              {reading.rejected.map((r) => (
                <li key={`${r.role}-${r.value}-${r.quote}`}>
                  <q>{r.quote}</q>：{t(rejectKey[r.reason])}
                </li>
              ))}
            </ul>
          </>
        )}
      </details>
    </>
  );
}
