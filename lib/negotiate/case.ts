/**
 * The overdue borrower's case, as typed in the assistant's form or given to `npm run negotiate`:
 * wire form (decimal strings, ISO dates), validated with zod at the boundary. Every problem is
 * one issue naming its field and a code; the words are made at the view (lib/i18n, the CLI).
 */
import { z } from 'zod';

import { isIsoDate } from '@/lib/dates/iso';
import { Decimal } from '@/lib/finance/decimal';
import { parseDecimal } from '@/lib/finance/money';
import type { LenderType } from '@/lib/model/terms';

/** The report's lender types plus credit-card debt (信用卡办法第70条 个性化分期). */
export type NegotiationLenderType = LenderType | 'credit-card';

export const NEGOTIATION_LENDER_TYPES = [
  'bank',
  'consumer-finance',
  'small-loan',
  'credit-card',
  'private',
  'platform-unspecified',
  'unknown',
] as const satisfies readonly NegotiationLenderType[];

export interface OwedAmounts {
  principal: string;
  interest: string;
  /** 罚息 */
  penalty: string;
  /** 违约金 */
  damages: string;
  /** Other fees the lender adds in the overdue stage (逾期管理费, 催收费…). */
  fees: string;
}

export interface NegotiationCase {
  lenderType: NegotiationLenderType;
  lender: string;
  contractDate: string;
  /** 合同借款金额 */
  principal: string;
  /** 实际到账金额 (= principal when nothing was deducted). */
  received: string;
  /** The contract's annual rate as a decimal fraction, when known. */
  annualRate: string | null;
  /** Everything repaid so far. */
  repaid: string;
  owed: OwedAmounts;
  overdueSince: string;
  asOf: string;
  monthlyCapacity: string;
  /** What the borrower could pay at once (family help, savings): enables the settlement offer. */
  lumpSum: string | null;
  /** The yearly rate (单利) the borrower offers on the plan's balance; "0" (interest-free) by default. */
  planRate: string;
  /** First due date of a proposed plan (default: a month after `asOf`). */
  firstDue: string | null;
  /** In the borrower's own words. */
  hardship: string;
  /** Problems the borrower found and wants to raise (the letter accuses nothing else). */
  problems: string[];
}

export type CaseIssueCode =
  | 'required'
  | 'not-text'
  | 'not-amount'
  | 'not-positive'
  | 'negative'
  | 'too-large'
  | 'not-rate'
  | 'not-date'
  | 'lender-type'
  | 'received-above-principal'
  | 'overdue-before-contract'
  | 'as-of-before-overdue'
  | 'first-due-before-as-of'
  | 'plan-rate'
  | 'not-object';

export interface CaseIssue {
  /** The field's path as the JSON spells it: "owed.penalty". */
  field: string;
  code: CaseIssueCode;
}

export type CaseReading = { ok: true; case: NegotiationCase } | { ok: false; issues: CaseIssue[] };

/** One trillion yuan: no household debt comes near it; larger figures are typing mistakes. */
const MAX_AMOUNT = new Decimal('1e12');
/** 1000% a year: a contract rate beyond it is a typing mistake (a monthly rate typed as annual). */
const MAX_RATE = new Decimal(10);
const MAX_TEXT = 4000;
/** A rate offered on the plan stays within the 24% line (法发〔2017〕22号): the assistant never
 *  proposes more than a court would support from a licensed lender. */
const MAX_PLAN_RATE = new Decimal('0.24');

const text = z.string().max(MAX_TEXT);
const optionalText = text.optional();

const schema = z.object({
  lenderType: z.string().optional(),
  lender: optionalText,
  contractDate: optionalText,
  principal: optionalText,
  received: optionalText,
  annualRate: optionalText.nullable(),
  repaid: optionalText,
  owed: z
    .object({
      principal: optionalText,
      interest: optionalText,
      penalty: optionalText,
      damages: optionalText,
      fees: optionalText,
    })
    .optional(),
  overdueSince: optionalText,
  asOf: optionalText,
  monthlyCapacity: optionalText,
  lumpSum: optionalText.nullable(),
  planRate: optionalText.nullable(),
  firstDue: optionalText.nullable(),
  hardship: optionalText,
  problems: z.array(text).max(50).optional(),
});

type Shape = z.infer<typeof schema>;

/** "18%" → "0.18"; "0.18" stays; anything else is null. */
export function readRate(value: string): Decimal | null {
  const trimmed = value.trim();
  const percent = /^(.*?)\s*[%％]$/.exec(trimmed);
  const number = parseDecimal(percent?.[1] ?? trimmed);
  if (number === null) return null;
  return percent === null ? number : number.div(100);
}

/** Trims every string (a form or a hand-written JSON file carries stray spaces). */
function trimmed(value: unknown): unknown {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map(trimmed);
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, trimmed(v)]));
  return value;
}

class Checker {
  readonly issues: CaseIssue[] = [];

  issue(field: string, code: CaseIssueCode): null {
    this.issues.push({ field, code });
    return null;
  }

  amount(
    field: string,
    value: string | undefined,
    options: { required: boolean; positive?: boolean },
  ) {
    if (value === undefined || value === '')
      return options.required ? this.issue(field, 'required') : null;
    const number = parseDecimal(value.replace(/[,，]/g, ''));
    if (number === null) return this.issue(field, 'not-amount');
    if (number.isNegative()) return this.issue(field, 'negative');
    if (options.positive === true && number.isZero()) return this.issue(field, 'not-positive');
    if (number.gt(MAX_AMOUNT)) return this.issue(field, 'too-large');
    return number;
  }

  date(field: string, value: string | undefined | null, required: boolean): string | null {
    if (value === undefined || value === null || value === '')
      return required ? this.issue(field, 'required') : null;
    return isIsoDate(value) ? value : this.issue(field, 'not-date');
  }
}

const wire = (value: Decimal): string => value.toString();

function check(shape: Shape, today: string): CaseReading {
  const c = new Checker();
  const typeText = shape.lenderType ?? '';
  let lenderType: NegotiationLenderType = 'unknown';
  if ((NEGOTIATION_LENDER_TYPES as readonly string[]).includes(typeText))
    lenderType = typeText as NegotiationLenderType;
  else if (typeText !== '') c.issue('lenderType', 'lender-type');
  const principal = c.amount('principal', shape.principal, { required: true, positive: true });
  const receivedGiven = shape.received !== undefined && shape.received !== '';
  const received = receivedGiven
    ? c.amount('received', shape.received, { required: true, positive: true })
    : principal;
  if (principal !== null && received !== null && received.gt(principal))
    c.issue('received', 'received-above-principal');
  let annualRate: Decimal | null = null;
  if (shape.annualRate !== undefined && shape.annualRate !== null && shape.annualRate !== '') {
    annualRate = readRate(shape.annualRate);
    if (annualRate === null || annualRate.isNegative() || annualRate.gt(MAX_RATE)) {
      annualRate = null;
      c.issue('annualRate', 'not-rate');
    }
  }
  let planRate = new Decimal(0);
  if (shape.planRate !== undefined && shape.planRate !== null && shape.planRate !== '') {
    const rate = readRate(shape.planRate);
    if (rate === null || rate.isNegative() || rate.gt(MAX_PLAN_RATE))
      c.issue('planRate', 'plan-rate');
    else planRate = rate;
  }
  const repaid = c.amount('repaid', shape.repaid, { required: false }) ?? new Decimal(0);
  const owed = shape.owed ?? {};
  const owedPrincipal = c.amount('owed.principal', owed.principal, { required: true });
  const owedRest = (['interest', 'penalty', 'damages', 'fees'] as const).map(
    (k) => c.amount(`owed.${k}`, owed[k], { required: false }) ?? new Decimal(0),
  );
  const contractDate = c.date('contractDate', shape.contractDate, true);
  const overdueSince = c.date('overdueSince', shape.overdueSince, true);
  const asOf = c.date('asOf', shape.asOf, false) ?? (shape.asOf ? null : today);
  const firstDue = c.date('firstDue', shape.firstDue, false);
  if (contractDate !== null && overdueSince !== null && overdueSince < contractDate)
    c.issue('overdueSince', 'overdue-before-contract');
  if (asOf !== null && overdueSince !== null && asOf < overdueSince)
    c.issue('asOf', 'as-of-before-overdue');
  if (asOf !== null && firstDue !== null && firstDue <= asOf)
    c.issue('firstDue', 'first-due-before-as-of');
  const capacity = c.amount('monthlyCapacity', shape.monthlyCapacity, {
    required: true,
    positive: true,
  });
  const lumpSum = c.amount('lumpSum', shape.lumpSum ?? undefined, { required: false });

  if (
    c.issues.length > 0 ||
    principal === null ||
    received === null ||
    owedPrincipal === null ||
    contractDate === null ||
    overdueSince === null ||
    asOf === null ||
    capacity === null
  )
    return { ok: false, issues: c.issues };
  const [interest, penalty, damages, fees] = owedRest.map(wire);
  return {
    ok: true,
    case: {
      lenderType,
      lender: shape.lender ?? '',
      contractDate,
      principal: wire(principal),
      received: wire(received),
      annualRate: annualRate === null ? null : wire(annualRate),
      repaid: wire(repaid),
      owed: {
        principal: wire(owedPrincipal),
        interest: interest ?? '0',
        penalty: penalty ?? '0',
        damages: damages ?? '0',
        fees: fees ?? '0',
      },
      overdueSince,
      asOf,
      monthlyCapacity: wire(capacity),
      lumpSum: lumpSum === null || lumpSum.isZero() ? null : wire(lumpSum),
      planRate: wire(planRate),
      firstDue,
      hardship: shape.hardship ?? '',
      problems: (shape.problems ?? []).filter((p) => p !== ''),
    },
  };
}

/**
 * Reads a case from untrusted JSON (the CLI's file, the form's strings). Amounts are decimal
 * strings (thousands separators allowed), never JSON numbers: a figure must not pass through a
 * float. `today` (ISO) stands in for a missing `asOf`.
 */
export function readCase(json: unknown, today: string): CaseReading {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return { ok: false, issues: [{ field: '', code: 'not-object' }] };
  const parsed = schema.safeParse(trimmed(json));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({
      field: i.path.join('.'),
      code: 'not-text' as const,
    }));
    const seen = new Set<string>();
    return { ok: false, issues: issues.filter((i) => !seen.has(i.field) && seen.add(i.field)) };
  }
  return check(parsed.data, today);
}
