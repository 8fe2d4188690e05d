/**
 * The calculator's form state and its reading into loan terms. The borrower types text; every
 * field is read strictly with the same parsers the page reader uses, and a field that cannot be
 * read is reported where it is (a message key per field), never guessed. Fields the borrower did
 * not change keep the page's reading untouched (sources, per-payment breakdown, dates), so opening
 * the calculator on a scanned page reproduces the stored analysis exactly.
 */
import { Decimal } from '@/lib/finance/decimal';
import { parseDecimal } from '@/lib/finance/money';
import type { MessageKey } from '@/lib/i18n/messages';
import type { LenderType, LoanTerms, Payment, StatedRate } from '@/lib/model/terms';
import { shownAnnualRate } from '@/lib/model/shown-rate';
import { parseDate } from '@/lib/parse/date';
import { parseMoney } from '@/lib/parse/money';
import { isOk } from '@/lib/parse/result';

export type ScheduleMode = 'equal' | 'schedule';

export interface Draft {
  principal: string;
  received: string;
  mode: ScheduleMode;
  periods: string;
  payment: string;
  /** One payment per line: "899.75" or "2026-12-20 899.75". */
  schedule: string;
  /** Percent per year as the page states it ("14.4"). */
  statedRate: string;
  /** '' keeps the type the page revealed (or the options page's choice). */
  lenderType: LenderType | '';
  contractDate: string;
}

export type DraftField = Exclude<keyof Draft, 'mode' | 'lenderType'>;

export interface FieldError {
  key: MessageKey;
  vars?: Record<string, string | number>;
}

export type DraftErrors = Partial<Record<DraftField, FieldError>>;

export type DraftReading =
  | { ok: true; terms: LoanTerms; lenderTypeOverride: LenderType | null }
  | { ok: false; errors: DraftErrors };

/** A person borrows for at most 30 years of monthly payments; more is a typing slip. */
const maxPeriods = 600;

const emptyTerms: LoanTerms = {
  principal: null,
  received: null,
  termMonths: null,
  termDays: null,
  repaymentMethod: null,
  payments: [],
  statedRates: [],
  fees: [],
  lenderType: 'unknown',
  lender: { type: 'unknown', name: null, evidence: null },
  contractDate: null,
  disbursementDate: null,
  prepayment: null,
  agreementShown: null,
  unreadable: [],
  sources: {},
};

/** The rate the form pre-fills and replaces: the one the page shows (lib/model/shown-rate.ts). */
function primaryRate(terms: LoanTerms): StatedRate | null {
  return shownAnnualRate(terms.statedRates);
}

function scheduleText(payments: readonly Payment[]): string {
  return payments
    .map((p) => (p.dueDate === null ? p.amount : `${p.dueDate} ${p.amount}`))
    .join('\n');
}

/** The form as the page's terms fill it; empty for a loan typed by hand. */
export function draftFromTerms(terms: LoanTerms | null): Draft {
  const t = terms ?? emptyTerms;
  const first = t.payments[0];
  const equal =
    first !== undefined && t.payments.every((p) => p.dueDate === null && p.amount === first.amount);
  const rate = primaryRate(t);
  return {
    principal: t.principal ?? '',
    received: t.received ?? '',
    mode: t.payments.length === 0 || equal ? 'equal' : 'schedule',
    periods: equal ? String(t.payments.length) : t.termMonths === null ? '' : String(t.termMonths),
    payment: equal ? first.amount : '',
    schedule: equal ? '' : scheduleText(t.payments),
    statedRate: rate === null ? '' : new Decimal(rate.value).times(100).toString(),
    lenderType: '',
    contractDate: t.contractDate ?? '',
  };
}

type Read<T> = { value: T } | { error: FieldError };

function readMoney(text: string, required: boolean): Read<string | null> {
  if (text.trim() === '') return required ? { error: { key: 'calcErrRequired' } } : { value: null };
  const parsed = parseMoney(text);
  if (!isOk(parsed)) return { error: { key: 'calcErrMoney' } };
  if (new Decimal(parsed.value).lte(0)) return { error: { key: 'calcErrPositive' } };
  return { value: parsed.value };
}

function readPeriods(text: string): Read<number> {
  const trimmed = text.trim();
  if (trimmed === '') return { error: { key: 'calcErrRequired' } };
  if (!/^\d+$/.test(trimmed) || Number(trimmed) < 1 || Number(trimmed) > maxPeriods)
    return { error: { key: 'calcErrPeriods', vars: { max: maxPeriods } } };
  return { value: Number(trimmed) };
}

function readRate(text: string): Read<string | null> {
  const trimmed = text.trim().replace(/[%％]$/, '');
  if (trimmed === '') return { value: null };
  const d = parseDecimal(trimmed);
  // Above 10,000 % a year is beyond even 7-day loans: a slip of the keyboard, not a rate.
  if (d === null || d.lt(0) || d.gt(10_000)) return { error: { key: 'calcErrRate' } };
  return { value: d.div(100).toString() };
}

function readDate(text: string): Read<string | null> {
  if (text.trim() === '') return { value: null };
  const parsed = parseDate(text);
  return isOk(parsed) ? { value: parsed.value } : { error: { key: 'calcErrDate' } };
}

function readSchedule(text: string): Read<Payment[]> {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length === 0) return { error: { key: 'calcErrRequired' } };
  if (lines.length > maxPeriods)
    return { error: { key: 'calcErrPeriods', vars: { max: maxPeriods } } };
  const payments: Payment[] = [];
  for (const [i, line] of lines.entries()) {
    const parts = line.split(/[\s\t；;，]+/);
    const [a = '', b] = parts;
    const date = b === undefined ? null : parseDate(a);
    const money = parseMoney(b ?? a);
    if (
      parts.length > 2 ||
      (date !== null && !isOk(date)) ||
      !isOk(money) ||
      money.value === '0.00'
    )
      return { error: { key: 'calcErrScheduleLine', vars: { line: i + 1 } } };
    payments.push({ dueDate: date === null ? null : date.value, amount: money.value });
  }
  const dated = payments.filter((p) => p.dueDate !== null).length;
  if (dated !== 0 && dated !== payments.length) return { error: { key: 'calcErrScheduleDates' } };
  return { value: payments };
}

function readPayments(draft: Draft): { payments?: Payment[]; errors: DraftErrors } {
  if (draft.mode === 'schedule') {
    const s = readSchedule(draft.schedule);
    return 'error' in s ? { errors: { schedule: s.error } } : { payments: s.value, errors: {} };
  }
  const periods = readPeriods(draft.periods);
  const amount = readMoney(draft.payment, true);
  const errors: DraftErrors = {};
  if ('error' in periods) errors.periods = periods.error;
  if ('error' in amount) errors.payment = amount.error;
  if ('error' in periods || 'error' in amount || amount.value === null) return { errors };
  const each = amount.value;
  return {
    payments: Array.from({ length: periods.value }, () => ({ dueDate: null, amount: each })),
    errors,
  };
}

const samePayments = (draft: Draft, initial: Draft): boolean =>
  draft.mode === initial.mode &&
  draft.periods === initial.periods &&
  draft.payment === initial.payment &&
  draft.schedule === initial.schedule;

/**
 * Reads the form over `base` (the page's terms, or none). Returns the edited terms, or the error
 * of each field that could not be read.
 */
export function readDraft(base: LoanTerms | null, draft: Draft): DraftReading {
  const start = base ?? emptyTerms;
  const initial = draftFromTerms(base);
  const errors: DraftErrors = {};
  const principal = readMoney(draft.principal, true);
  const received = readMoney(draft.received, false);
  const rate = readRate(draft.statedRate);
  const contractDate = readDate(draft.contractDate);
  if ('error' in principal) errors.principal = principal.error;
  if ('error' in received) errors.received = received.error;
  if ('error' in rate) errors.statedRate = rate.error;
  if ('error' in contractDate) errors.contractDate = contractDate.error;
  const unchangedPayments = samePayments(draft, initial) && start.payments.length > 0;
  const read = unchangedPayments ? { payments: start.payments, errors: {} } : readPayments(draft);
  Object.assign(errors, read.errors);
  if (
    'value' in principal &&
    'value' in received &&
    principal.value !== null &&
    received.value !== null &&
    new Decimal(received.value).gt(principal.value)
  )
    errors.received = { key: 'calcErrReceivedOverPrincipal' };

  if (
    Object.keys(errors).length > 0 ||
    'error' in principal ||
    'error' in received ||
    'error' in rate ||
    'error' in contractDate ||
    read.payments === undefined
  )
    return { ok: false, errors };

  const keep = (field: DraftField): boolean => draft[field] === initial[field];
  const sources = { ...start.sources };
  if (!keep('principal')) delete sources.principal;
  if (!keep('received')) delete sources.received;
  if (!keep('contractDate')) delete sources.contractDate;
  const primary = primaryRate(start);
  const statedRates = keep('statedRate')
    ? start.statedRates
    : [
        ...start.statedRates.filter((r) => r !== primary),
        ...(rate.value === null
          ? []
          : [
              {
                label: '年化利率（手动输入）',
                kind: 'annual-simple' as const,
                value: rate.value,
                valueText: `${draft.statedRate.trim().replace(/[%％]$/, '')}%`,
                primary: true,
              },
            ]),
      ];
  const payments = read.payments;
  const lenderType = draft.lenderType === '' ? start.lenderType : draft.lenderType;
  return {
    ok: true,
    lenderTypeOverride: draft.lenderType === '' ? null : draft.lenderType,
    terms: {
      ...start,
      principal: principal.value,
      received: received.value,
      termMonths: unchangedPayments ? start.termMonths : payments.length,
      termDays: unchangedPayments ? start.termDays : null,
      payments,
      statedRates,
      lenderType,
      lender: { ...start.lender, type: lenderType },
      contractDate: contractDate.value,
      // A loan typed by hand is taken as paid out on its contract date, the only date it has.
      disbursementDate: start.disbursementDate ?? (base === null ? contractDate.value : null),
      sources,
    },
  };
}
