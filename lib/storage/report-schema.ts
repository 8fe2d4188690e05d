/**
 * zod schema of the report (design.md §6). Reports cross trust boundaries more than once: they are
 * stored, read back by another extension version, exported and imported again. Additive fields
 * are kept (`looseObject`), so a newer report still reads in an older popup.
 */
import { z } from 'zod';

import type { Report } from '@/lib/model/report';
import { APR_PROBLEM_DATA, NOTE_DATA } from '@/lib/model/report-codes';
import { MONEY_TEXT, RATE_TEXT } from '@/lib/model/report-limits';
import {
  feeWhenSchema,
  lenderTypeSchema,
  rateContextSchema,
  rateKindSchema,
  repaymentMethodSchema,
} from '@/lib/model/vocabulary-schemas';

const str = z.string().max(10_000);
const money = z.string().regex(MONEY_TEXT);
const rate = z.string().regex(RATE_TEXT);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const source = z.looseObject({ text: str, locator: str, finePrint: z.boolean() });

const terms = z.looseObject({
  principal: money.nullable(),
  received: money.nullable(),
  termMonths: z.number().int().nullable(),
  termDays: z.number().int().nullable(),
  repaymentMethod: repaymentMethodSchema.nullable(),
  payments: z
    .array(
      z.looseObject({
        dueDate: isoDate.nullable(),
        amount: money,
        principal: money.optional(),
        interest: money.optional(),
        fees: z.record(z.string().max(200), money).optional(),
        source: source.optional(),
      }),
    )
    .max(2_000),
  statedRates: z
    .array(
      z.looseObject({
        label: str,
        kind: rateKindSchema,
        value: rate,
        valueText: str,
        primary: z.boolean().optional(),
        context: rateContextSchema.optional(),
        source: source.optional(),
      }),
    )
    .max(500),
  fees: z
    .array(
      z.looseObject({
        name: str,
        when: feeWhenSchema,
        amount: money.optional(),
        rate: rate.optional(),
        dueDate: isoDate.optional(),
        source: source.optional(),
      }),
    )
    .max(500),
  lenderType: lenderTypeSchema,
  lender: z.looseObject({ type: lenderTypeSchema, name: str.nullable(), evidence: str.nullable() }),
  contractDate: isoDate.nullable(),
  disbursementDate: isoDate.nullable(),
  prepayment: z.looseObject({ text: str, penalty: z.boolean() }).nullable(),
  agreementShown: z.boolean().nullable(),
  unreadable: z.array(z.looseObject({ label: str, text: str, reason: str })).max(500),
  sources: z.record(z.string().max(40), source),
});

const apr = z.looseObject({
  nominal: rate,
  effective: rate,
  method: z.enum(['monthly', 'daily', 'single']),
  periodic: rate,
  daily365: rate.nullable().optional(),
});

const finding = z.looseObject({
  id: z.string().regex(/^[a-z0-9-]{1,60}$/),
  severity: z.enum(['violation', 'warning', 'info']),
  outcome: z.enum(['fail', 'pass', 'incomplete', 'inapplicable']),
  title: str,
  titleEn: str,
  explanation: z.looseObject({ zh: str, en: str }),
  basis: z
    .array(
      z.looseObject({
        instrument: str,
        article: str,
        quote: str.optional(),
        effective: isoDate.optional(),
        source: str,
        confirmed: z.boolean(),
      }),
    )
    .max(20),
  complaint: str.optional(),
  demands: z.array(str).max(20).optional(),
  missing: z.array(str).max(20).optional(),
  evidence: z
    .array(
      z.looseObject({
        label: str,
        text: str,
        locator: str.optional(),
        finePrint: z.boolean().optional(),
      }),
    )
    .max(50),
  data: z.record(z.string().max(60), str),
});

/**
 * A code from `table` with every value its words need, so the view's strict filler cannot throw on
 * an imported report. A bare sentence is what versions before the codes stored: it is kept, as a
 * `legacy-text` code carrying it, so an old history entry still opens with nothing dropped.
 */
function codedSchema(table: Readonly<Record<string, readonly string[]>>) {
  const coded = z
    .object({
      code: z.enum(Object.keys(table) as [string, ...string[]]),
      data: z.record(z.string().max(60), str),
    })
    .refine((c) => (table[c.code] ?? []).every((key) => typeof c.data[key] === 'string'), {
      message: 'a value its words need is missing',
    });
  const legacy = str.transform((text) => ({ code: 'legacy-text', data: { text } }));
  return z.union([coded, legacy]);
}

const reportSchema = z.looseObject({
  schemaVersion: z.literal(1),
  input: str,
  url: z.string().max(4000),
  title: str,
  scannedAt: z.string().max(40),
  terms: terms.nullable(),
  apr: apr.nullable(),
  aprOnContract: apr.nullable(),
  aprProblem: codedSchema(APR_PROBLEM_DATA).nullable(),
  money: z
    .looseObject({
      principal: money.nullable(),
      received: money,
      totalRepaid: money,
      totalCost: money,
      interest: money.nullable(),
      fees: z.array(z.looseObject({ name: str, amount: money })).max(200),
    })
    .nullable(),
  lpr: z
    .looseObject({
      value: rate,
      date: isoDate,
      confirmed: z.boolean(),
      tableNewest: isoDate,
      userSupplied: z.boolean(),
    })
    .nullable(),
  findings: z.array(finding).max(100),
  notes: z.array(codedSchema(NOTE_DATA)).max(50),
  reading: z
    .looseObject({
      checks: z
        .array(
          z.looseObject({
            id: z.string().max(60),
            held: z.boolean(),
            figures: z.record(z.string().max(60), str),
            quotes: z.array(str).max(20),
          }),
        )
        .max(100),
      rejected: z
        .array(
          z.looseObject({
            role: z.string().max(40),
            value: str,
            quote: str,
            reason: z.string().max(40),
          }),
        )
        .max(200),
      schedule: z.enum(['listed', 'per-period', 'single', 'derived', 'none']),
      derivedFrom: z.enum(['rate', 'total-interest', 'total-repaid', 'no-interest']).optional(),
      doubt: z
        .looseObject({
          code: z.enum([
            'figures-disagree',
            'rate-negative',
            'rate-absurd',
            'payments-below-received',
            'received-above-principal',
            'single-payment-no-term',
          ]),
          field: z.enum(['principal', 'received', 'term', 'payments']),
          figures: z.record(z.string().max(60), str),
          quotes: z.array(str).max(20),
        })
        .nullable(),
    })
    .nullable()
    .optional(),
});

/** Parses a stored or imported report; `null` when it is not one (never throws). */
export function parseReport(value: unknown): Report | null {
  const parsed = reportSchema.safeParse(value);
  return parsed.success ? (parsed.data as Report) : null;
}
