/**
 * `audit --terms`: loans given as JSON (one loan or an array per file), audited by the same
 * pipeline as a page, without a browser. The JSON says only what a page would show; nothing is
 * invented for what it leaves out (no lender, no dates: the rules say "could not verify").
 */
import { readFileSync } from 'node:fs';

import { analyseTerms } from '../lib/analysis/analyse';
import { parseLoanInput, type LoanInput } from '../lib/finance';
import type { ReportNote } from '../lib/model/report-codes';
import type { LoanTerms } from '../lib/model/terms';
import { rateKind } from '../lib/reader/rates';
import { defaultSettings } from '../lib/storage/settings';

import type { AuditEntry } from './audit-pages';

export function termsFromLoanInput(loan: LoanInput): LoanTerms {
  const dated = loan.disbursedOn ?? null;
  return {
    principal: loan.principal ?? null,
    received: loan.received,
    termMonths: loan.termDays === undefined || loan.termDays === null ? loan.payments.length : null,
    termDays: loan.termDays ?? null,
    repaymentMethod: null,
    payments: loan.payments.map((p) => ({ dueDate: p.dueDate ?? null, amount: p.amount })),
    statedRates: (loan.statedRates ?? []).flatMap((r) => {
      const kind = r.kind ?? rateKind(r.label, null);
      return kind === null ? [] : [{ label: r.label, kind, value: r.value, valueText: r.value }];
    }),
    fees: [],
    lenderType: 'unknown',
    lender: { type: 'unknown', name: null, evidence: null },
    contractDate: dated,
    disbursementDate: dated,
    prepayment: null,
    agreementShown: null,
    unreadable: [],
    sources: {},
  };
}

/** A stated rate whose label names no kind is left out and said so, never guessed at. */
function unclassifiedRates(loan: LoanInput): ReportNote[] {
  return (loan.statedRates ?? [])
    .filter((r) => r.kind === undefined && rateKind(r.label, null) === null)
    .map((r) => ({ code: 'rate-kind-unknown', data: { label: r.label } }));
}

function readJson(file: string): { ok: true; value: unknown } | { ok: false; message: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { ok: false, message: `找不到文件：${file}` };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, message: `不是有效的 JSON：${file}` };
  }
}

export function auditTermsFiles(
  files: readonly string[],
  now = new Date().toISOString(),
): AuditEntry[] {
  return files.flatMap((file): AuditEntry[] => {
    const json = readJson(file);
    if (!json.ok) return [{ input: file, error: json.message }];
    const parsed = parseLoanInput(json.value);
    if (!parsed.ok) return [{ input: file, error: `${file}：${parsed.message}` }];
    return parsed.loans.map((loan, i) => {
      const input = Array.isArray(json.value) ? `${file}#${i + 1}` : file;
      return {
        input,
        report: analyseTerms(termsFromLoanInput(loan), {
          input,
          url: '',
          title: '',
          settings: defaultSettings,
          now,
          notes: unclassifiedRates(loan),
        }),
      };
    });
  });
}
