/**
 * `npm run audit -- [--json] <file-or-url>...` audits pages in real Chromium with the built
 * extension; `npm run audit -- [--json] --terms <loan.json>...` audits loans given as JSON, without
 * a browser. Exit 0 when every input was audited (findings are not errors), 2 when an input could
 * not be used; the other inputs are audited all the same.
 */
import { pathToFileURL } from 'node:url';

import { lettersFor, NO_DETAILS, type Letter } from '../lib/letters';
import type { Claim } from '../lib/claims/claim';
import type { Report } from '../lib/model/report';

import { UsageError } from './chromium';
import { auditPages, type AuditEntry } from './audit-pages';
import { auditTermsFiles } from './audit-terms';
import { printReport, withWords } from './print';

const usage = `用法 / usage:
  npm run audit -- [--json] [--letters] <网页文件、文件夹、网址、截图或 PDF>...
  npm run audit -- [--json] [--letters] --together <截图或 PDF>...   (几个文件是同一笔借款)
  npm run audit -- [--json] [--letters] --terms <借款JSON文件>...`;

const FLAGS = new Set(['--json', '--terms', '--letters', '--together']);

export interface AuditArgs {
  json: boolean;
  terms: boolean;
  /** Add each report's claims and the letters for the channels its lender type is offered. */
  letters: boolean;
  /** Screenshots and PDFs given together are one loan: one report for all of them. */
  together: boolean;
  inputs: string[];
}

export function parseArgs(argv: readonly string[]): AuditArgs {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  for (const f of flags) if (!FLAGS.has(f)) throw new UsageError(`未知选项：${f}\n${usage}`);
  const inputs = argv.filter((a) => !a.startsWith('--'));
  if (inputs.length === 0) throw new UsageError(usage);
  return {
    json: flags.has('--json'),
    terms: flags.has('--terms'),
    letters: flags.has('--letters'),
    together: flags.has('--together'),
    inputs,
  };
}

export interface ClaimsAndLetters {
  claims: Pick<Claim, 'basis' | 'amount' | 'findingId'>[];
  letters: Letter[];
}

/**
 * A report's claims (`basis`, `amount` or null, `findingId`; the full claim otherwise) and one
 * letter per channel offered for its lender type. Letters carry 【】 blanks for the borrower's
 * details: `audit` knows no borrower.
 */
export function claimsAndLetters(report: Report, today: string): ClaimsAndLetters {
  const { claims, letters } = lettersFor(report, {
    borrower: NO_DETAILS,
    today,
    source: 'page',
  });
  return { claims, letters };
}

/** An input that could not be audited still has its place in the JSON array, with the reason. */
function errorEntry(input: string, message: string): Report & { error: string } {
  return {
    schemaVersion: 1,
    input,
    url: '',
    title: '',
    scannedAt: new Date().toISOString(),
    terms: null,
    apr: null,
    aprOnContract: null,
    aprProblem: null,
    money: null,
    lpr: null,
    findings: [],
    notes: [],
    error: message,
  };
}

export async function runAudit(
  argv: readonly string[],
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<number> {
  const args = parseArgs(argv);
  const entries: AuditEntry[] = args.terms
    ? auditTermsFiles(args.inputs)
    : await auditPages(args.inputs, err, undefined, { together: args.together });
  for (const e of entries) if ('error' in e) err(e.error);
  const today = new Date().toISOString().slice(0, 10);
  const extras = (r: Report): ClaimsAndLetters | Record<string, never> =>
    args.letters ? claimsAndLetters(r, today) : {};
  if (args.json) {
    out(
      JSON.stringify(
        entries.map((e) =>
          'error' in e
            ? errorEntry(e.input, e.error)
            : { ...withWords(e.report), ...extras(e.report) },
        ),
        null,
        2,
      ),
    );
  } else {
    out(
      entries
        .map((e) => {
          if ('error' in e) return `== ${e.input} ==\n  ${e.error}`;
          const letters = args.letters ? claimsAndLetters(e.report, today).letters : [];
          return [
            printReport(e.report),
            ...letters.map((l) => `\n-- ${l.channel} → ${l.addressee} --\n${l.text}`),
          ].join('\n');
        })
        .join('\n\n'),
    );
  }
  return entries.some((e) => 'error' in e) ? 2 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runAudit(
    process.argv.slice(2),
    (s) => process.stdout.write(s + '\n'),
    (s) => process.stderr.write(s + '\n'),
  )
    .then((code) => {
      process.exitCode = code;
    })
    .catch((e: unknown) => {
      process.stderr.write(
        `${e instanceof UsageError ? e.message : `审计失败：${e instanceof Error ? e.message : String(e)}`}\n`,
      );
      process.exitCode = 2;
    });
}
