/**
 * The `--terms` loan JSON (one loan or an array), validated with zod before any arithmetic:
 * `{"principal"?: "10000", "received": "9200", "disbursedOn"?: "2025-12-08",
 *   "payments": [{"dueDate"?: "2026-01-08", "amount": "899.75"}],
 *   "statedRates"?: [{"label": "年化利率（单利）", "value": "0.144", "kind"?: "annual-simple"}]}`.
 * Amounts and rates are decimal strings so no figure ever passes through a float. The checks that
 * need arithmetic (received > 0, caps) are computeApr's, which explains each in Chinese.
 */
import { z } from 'zod';

import { rateKindSchema } from '@/lib/model/vocabulary-schemas';

import type { LoanInput } from './compute-apr';
import { isIsoDate } from '@/lib/dates/iso';
import { parseDecimal } from './money';

const DECIMAL_HINT = '应为十进制数字字符串，如 "899.75"（不要用数字类型、逗号或单位）';
// Trimmed before anything else reads them: " 10000 " or "9200\n" copied from a page is 10000 and
// 9200, and the untrimmed text must never reach Decimal (it throws).
const decimalString = z
  .string({ error: DECIMAL_HINT })
  .trim()
  .refine((s) => parseDecimal(s) !== null, { message: DECIMAL_HINT });
const isoDate = z.string().trim().refine(isIsoDate, { message: '应为有效日期 YYYY-MM-DD' });

const loanSchema = z.object({
  principal: decimalString.optional(),
  received: decimalString,
  disbursedOn: isoDate.optional(),
  payments: z.array(z.object({ amount: decimalString, dueDate: isoDate.nullable().optional() })),
  termDays: z.number().int().positive().nullable().optional(),
  statedRates: z
    .array(z.object({ label: z.string(), value: decimalString, kind: rateKindSchema.optional() }))
    .optional(),
});

type ParsedLoan = z.infer<typeof loanSchema>;

/** zod's optional fields are `T | undefined`; the wire type has them absent instead. */
function toLoanInput(parsed: ParsedLoan): LoanInput {
  return {
    received: parsed.received,
    payments: parsed.payments.map((p) => ({ amount: p.amount, dueDate: p.dueDate ?? null })),
    ...(parsed.principal === undefined ? {} : { principal: parsed.principal }),
    ...(parsed.disbursedOn === undefined ? {} : { disbursedOn: parsed.disbursedOn }),
    ...(parsed.termDays === undefined ? {} : { termDays: parsed.termDays }),
    ...(parsed.statedRates === undefined
      ? {}
      : {
          statedRates: parsed.statedRates.map((r) => ({
            label: r.label,
            value: r.value,
            ...(r.kind === undefined ? {} : { kind: r.kind }),
          })),
        }),
  };
}

export function parseLoanInput(
  json: unknown,
): { ok: true; loans: LoanInput[] } | { ok: false; message: string } {
  const result = z.union([loanSchema, z.array(loanSchema).min(1)]).safeParse(json);
  if (!result.success) {
    // The union reports both branches; the single-loan reading is the one a user writes most.
    const single = Array.isArray(json)
      ? z.array(loanSchema).safeParse(json)
      : loanSchema.safeParse(json);
    const issue = single.success ? result.error.issues[0] : single.error.issues[0];
    if (issue === undefined || issue.path.length === 0) {
      return { ok: false, message: '借款数据应为一笔借款的 JSON 对象，或多笔借款组成的非空数组。' };
    }
    return { ok: false, message: `${issue.path.join('.')}：${issue.message}` };
  }
  const loans = Array.isArray(result.data) ? result.data : [result.data];
  return { ok: true, loans: loans.map(toLoanInput) };
}
