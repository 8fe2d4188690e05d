/**
 * Turns a shared fixture's truth.json (plus the overdue components of its spec.json, whose rates
 * the truth only gives annualised) into the RuleContext the pipeline would build, so the rule
 * catalogue can be checked against facts computed independently of this code.
 */
import type { Apr } from '@/lib/model/report';
import type { Fee, LenderType, LoanTerms, RepaymentMethod, StatedRate } from '@/lib/model/terms';
import type { RuleContext } from '@/lib/rules/context';
import type { SharedCase } from '../../support/shared-fixtures';

interface TruthRate {
  label: string;
  kind: StatedRate['kind'];
  value: string;
  valueText?: string;
  primary?: boolean;
  context?: string;
}

interface SpecOverdue {
  name: string;
  text: string;
  dailyRate?: string;
  monthlyRate?: string;
  annualRate?: string;
  contractRateMultiplier?: string;
  oneTime?: boolean;
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

function num(v: unknown): number | null {
  return typeof v === 'number' ? v : null;
}

function arr<T>(v: unknown): T[] {
  return Array.isArray(v) ? (v as T[]) : [];
}

function obj(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
}

/** The truth's free-text context note → the contract's context enum. */
function context(note: string | undefined): StatedRate['context'] {
  if (note === undefined) return undefined;
  if (/marketing/i.test(note)) return 'marketing-minimum';
  if (/cap/i.test(note)) return 'cap-claim';
  if (/option/i.test(note)) return 'other-option';
  if (/range/i.test(note)) return 'range';
  return 'example';
}

function statedRate(r: TruthRate): StatedRate {
  const ctx = context(r.context);
  return {
    label: r.label,
    kind: r.kind,
    value: r.value,
    valueText: r.valueText ?? r.value,
    ...(r.primary === true ? { primary: true } : {}),
    ...(ctx === undefined ? {} : { context: ctx }),
  };
}

function overdueFee(c: SpecOverdue): Fee {
  const source = { text: c.text, locator: 'truth', finePrint: false };
  if (c.oneTime === true) return { name: c.name, when: 'overdue', ratePer: 'once', source };
  if (c.contractRateMultiplier !== undefined) {
    return {
      name: c.name,
      when: 'overdue',
      rate: c.contractRateMultiplier,
      rateBasis: 'contract-rate',
      source,
    };
  }
  const [rate, ratePer] =
    c.dailyRate !== undefined
      ? [c.dailyRate, 'day' as const]
      : c.monthlyRate !== undefined
        ? [c.monthlyRate, 'month' as const]
        : [c.annualRate ?? '0', 'year' as const];
  return { name: c.name, when: 'overdue', rate, ratePer, rateBasis: 'overdue-amount', source };
}

export function truthTerms(c: SharedCase): LoanTerms {
  const t = c.truth;
  const facts = obj(t['facts']);
  const lenderType = (str(t['lenderType']) ?? 'unknown') as LenderType;
  const name = str(t['lenderName']);
  const prechecked = arr<string>(facts['prechecked']);
  const upfront = arr<{ name: string; amount: string }>(t['upfrontDeductions']).map((d): Fee => ({
    name: d.name,
    when: 'upfront',
    amount: d.amount,
    ...(prechecked.includes(d.name) ? { preselected: true } : {}),
  }));
  const periodic = arr<{
    name: string;
    amountPerPeriod: unknown;
    rateOnPrincipalPerPeriod?: string;
    payee?: string;
  }>(t['periodicFees']).map((f): Fee => ({
    name: f.name,
    when: 'periodic',
    ...(typeof f.amountPerPeriod === 'string' ? { amount: f.amountPerPeriod } : {}),
    ...(f.rateOnPrincipalPerPeriod === undefined
      ? {}
      : {
          rate: f.rateOnPrincipalPerPeriod,
          rateBasis: 'original-principal' as const,
          ratePer: 'month' as const,
        }),
    ...(f.payee === undefined ? {} : { payee: f.payee }),
  }));
  const overdue = arr<SpecOverdue>(obj(c.spec['overdue'])['components']).map(overdueFee);
  const prepaymentText = str(facts['prepaymentTerms']);
  return {
    principal: str(t['principal']),
    received: str(t['received']),
    termMonths: num(t['termMonths']),
    termDays: num(t['termDays']),
    repaymentMethod: str(t['repaymentMethod']) as RepaymentMethod | null,
    payments: arr<{ dueDate: string | null; amount: string }>(t['payments']),
    statedRates: arr<TruthRate>(t['statedRates']).map(statedRate),
    fees: [...upfront, ...periodic, ...overdue],
    lenderType,
    lender: { type: lenderType, name, evidence: name },
    contractDate: str(t['contractDate']),
    disbursementDate: str(t['disbursementDate']),
    prepayment:
      prepaymentText === null
        ? null
        : { text: prepaymentText, penalty: facts['prepaymentPenalty'] === true },
    agreementShown: null,
    unreadable: [],
    sources: {},
  };
}

export function truthApr(c: SharedCase): Apr | null {
  const nominal = str(c.truth['aprIrr']);
  const effective = str(c.truth['aprEffective']);
  if (nominal === null || effective === null) return null;
  const single = arr(c.truth['payments']).length === 1;
  return {
    nominal,
    effective,
    method: single ? 'single' : 'monthly',
    periodic: str(obj(c.truth['irrMethod'])['periodicIrr']) ?? '0',
    daily365: str(c.truth['aprDaily365']),
  };
}

export function truthContext(c: SharedCase): RuleContext {
  const apr = truthApr(c);
  return {
    terms: truthTerms(c),
    apr,
    aprOnContract: null,
    aprWithUnplacedFees: null,
    money: null,
    overcharge670: null,
    lenderTypeOverride: null,
    userLpr: [],
    // The truth assumes the LPR of 3.0% (fixtures README); a date inside the confirmed table.
    today: '2026-03-25',
  };
}
