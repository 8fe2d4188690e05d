/**
 * `audit --terms`: loans given as JSON (one loan or an array per file), audited by the same
 * pipeline as a page, without a browser. The JSON says only what a page would show; nothing is
 * invented for what it leaves out (no lender, no dates: the rules say "could not verify").
 */
import { readFileSync, statSync } from 'node:fs';

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

/**
 * A loan file is a few kilobytes; an array of a thousand loans with a 360-row schedule each stays
 * under 10 MB. Anything larger is not a loan file, and is refused before it is read (a 200 MB file
 * read whole would take gigabytes of memory as a string and then as a parsed tree).
 */
export const termsFileLimitBytes = 10 * 1024 * 1024;

function readJson(file: string): { ok: true; value: unknown } | { ok: false; message: string } {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return { ok: false, message: `不是文件：${file}` };
    size = stat.size;
  } catch {
    return { ok: false, message: `找不到文件：${file}` };
  }
  if (size > termsFileLimitBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    return {
      ok: false,
      message: `文件太大：${file}（${mb(size)} MB，借款 JSON 文件最大 ${mb(termsFileLimitBytes)} MB）`,
    };
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { ok: false, message: `无法读取文件：${file}` };
  }
  try {
    // Editors on Windows save UTF-8 with a byte-order mark; JSON.parse refuses it.
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch {
    return { ok: false, message: `不是有效的 JSON：${file}` };
  }
}

function auditOneFile(file: string, now: string): AuditEntry[] {
  const json = readJson(file);
  if (!json.ok) return [{ input: file, error: json.message }];
  const parsed = parseLoanInput(json.value);
  if (!parsed.ok) return [{ input: file, error: `${file}：${parsed.message}` }];
  return parsed.loans.map((loan, i) => {
    const input = Array.isArray(json.value) ? `${file}#${i + 1}` : file;
    try {
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
    } catch (e) {
      // A fault of ours on one loan is that loan's error entry, never the end of the run.
      return {
        input,
        error: `${input}：无法审计这笔借款（${e instanceof Error ? e.message.split('\n')[0] : String(e)}）`,
      };
    }
  });
}

export function auditTermsFiles(
  files: readonly string[],
  now = new Date().toISOString(),
): AuditEntry[] {
  return files.flatMap((file) => auditOneFile(file, now));
}
