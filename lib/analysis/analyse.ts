/**
 * The background's pipeline (design.md §2): scanner strings → loan terms → cash flows and IRR →
 * rule catalogue → report. Pure: no browser APIs, so `audit --terms`, the unit tests and the
 * service worker all run exactly this.
 */
import { computeApr, type LoanInput } from '@/lib/finance';
import { overchargeOnDeduction } from '@/lib/finance';
import { Decimal } from '@/lib/finance/decimal';
import { sumMoney } from '@/lib/finance/money';
import type { RawExtraction } from '@/lib/model/extraction';
import { LIMITS } from '@/lib/model/extraction-limits';
import type { Apr, Report } from '@/lib/model/report';
import type { AprProblem, ReportNote } from '@/lib/model/report-codes';
import type { Doubt, Reading } from '@/lib/model/reading';
import { type LoanTerms, UNPLACED_FEE } from '@/lib/model/terms';
import { readTerms } from '@/lib/reader';
import { runRules } from '@/lib/rules/run';
import type { Settings } from '@/lib/model/settings';

import { summariseMoney } from './money-summary';
import { doubtAboutFigures, doubtBeforeRate, readingDoubtOf } from './sanity-gate';

/**
 * The same flows with CF0 = the contract amount: the lender's own reading, compared with the truth
 * in the 第670条 explanation. Only its monthly figure is used, so instalment loans drop the dates
 * and skip the second (daily) solve; a single repayment keeps them, since its term is its dates.
 */
function onContractAmount(loan: LoanInput, principal: string): LoanInput {
  if (loan.payments.length < 2) return { ...loan, received: principal };
  return {
    received: principal,
    payments: loan.payments.map((p) => ({ amount: p.amount })),
    ...(loan.termDays === undefined ? {} : { termDays: loan.termDays }),
    ...(loan.termMonths === undefined ? {} : { termMonths: loan.termMonths }),
  };
}

export interface AnalyseOptions {
  /** What the borrower or the `audit` command gave: a URL, a file name. */
  input: string;
  url: string;
  title: string;
  settings: Pick<Settings, 'lenderTypeOverride' | 'userLpr'>;
  /** ISO timestamp of the scan; its date stands in for a contract date the page does not show. */
  now: string;
  notes?: ReportNote[];
}

export function analyseExtraction(
  raw: RawExtraction,
  options: Omit<AnalyseOptions, 'url' | 'title'>,
): Report {
  const notes = [...(options.notes ?? [])];
  if (raw.stats.truncated) notes.push({ code: 'partial-read', data: {} });
  for (const c of raw.stats.cut ?? []) {
    notes.push({ code: `cut-${c}`, data: { limit: String(LIMITS[c]) } });
  }
  return analyseTerms(readTerms(raw), { ...options, url: raw.url, title: raw.title, notes });
}

export function analyseTerms(withReading: LoanTerms | null, options: AnalyseOptions): Report {
  const base = {
    schemaVersion: 1 as const,
    input: options.input,
    url: options.url,
    title: options.title,
    scannedAt: options.now,
    notes: [...(options.notes ?? [])] as ReportNote[],
  };
  if (withReading === null) {
    return {
      ...base,
      terms: null,
      apr: null,
      aprOnContract: null,
      aprProblem: null,
      money: null,
      lpr: null,
      findings: [],
      reading: null,
    };
  }
  const { reading: read, ...terms } = withReading;

  for (const u of terms.unreadable) {
    const code = u.reason === UNPLACED_FEE ? 'fee-not-placed' : 'unreadable-value';
    base.notes.push({ code, data: { label: u.label, text: u.text } });
  }
  const receivedText = terms.received ?? terms.principal;
  if (terms.received === null && terms.principal !== null) {
    base.notes.push({ code: 'received-assumed', data: {} });
  }
  const start = terms.disbursementDate ?? terms.contractDate;
  const loan: LoanInput | null =
    receivedText === null
      ? null
      : {
          received: receivedText,
          ...(terms.principal === null ? {} : { principal: terms.principal }),
          // The loan starts the day it is paid out; a page that shows only the signing date
          // (a contract) starts it then.
          ...(start === null ? {} : { disbursedOn: start }),
          payments: terms.payments.map((p) => ({ amount: p.amount, dueDate: p.dueDate })),
          termDays: terms.termDays,
          termMonths: terms.termMonths,
        };

  let apr: Apr | null = null;
  let aprOnContract: Apr | null = null;
  let aprWithUnplacedFees: Apr | null = null;
  let aprProblem: AprProblem | null = null;
  // The reading's own doubt (figures that contradict each other, …): no rate is computed on it.
  let readingDoubt: Doubt | null = doubtBeforeRate(withReading);
  if (loan === null) {
    aprProblem = { code: 'no-amount', data: {} };
  } else if (readingDoubt !== null) {
    aprProblem = { code: 'reading-in-doubt', data: {} };
  } else {
    const outcome = computeApr(loan);
    if (outcome.ok) apr = outcome.apr;
    else aprProblem = outcome.problem;
    // Fees the page names but does not time (UNPLACED_FEE), taken at payout: the rules give no
    // all-clear that they could overturn.
    const unplaced = terms.unreadable.filter((u) => u.reason === UNPLACED_FEE);
    if (apr !== null && unplaced.length > 0) {
      const less = new Decimal(loan.received).minus(sumMoney(unplaced.map((u) => u.text)));
      const withFees = less.gt(0) ? computeApr({ ...loan, received: less.toFixed(2) }, apr) : null;
      if (withFees?.ok) aprWithUnplacedFees = withFees.apr;
    }
    if (terms.principal !== null && loan.received !== terms.principal) {
      const onContract = computeApr(onContractAmount(loan, terms.principal), apr ?? undefined);
      if (onContract.ok) aprOnContract = onContract.apr;
    } else {
      aprOnContract = apr;
    }
  }

  const money =
    loan === null || readingDoubt !== null
      ? null
      : summariseMoney(terms, new Decimal(loan.received));
  // Figures no real loan has are not shown as a rate, and no rate-based finding rests on them.
  const doubt = doubtAboutFigures({
    apr,
    received: money?.received ?? null,
    totalRepaid: money?.totalRepaid ?? null,
  });
  if (doubt !== null) {
    apr = null;
    aprOnContract = null;
    aprWithUnplacedFees = null;
    aprProblem = doubt;
  }
  readingDoubt ??= aprProblem === null ? null : readingDoubtOf(aprProblem, terms);
  const reading: Reading = {
    ...(read ?? {
      checks: [],
      rejected: [],
      schedule: terms.payments.length > 0 ? 'listed' : 'none',
    }),
    doubt: readingDoubt,
  };
  const overcharge670 =
    loan === null || readingDoubt !== null ? null : overchargeOnDeduction(terms);
  const ruled = runRules({
    terms,
    apr,
    aprOnContract,
    aprWithUnplacedFees,
    money,
    overcharge670,
    lenderTypeOverride: options.settings.lenderTypeOverride,
    userLpr: options.settings.userLpr,
    today: options.now.slice(0, 10),
  });

  return {
    ...base,
    // The type the rules applied (the options-page choice, when set) is the report's, in both
    // fields, so no view can show one type and judge by another.
    terms: {
      ...terms,
      lenderType: ruled.lenderType,
      lender: { ...terms.lender, type: ruled.lenderType },
    },
    apr,
    aprOnContract,
    aprProblem,
    money,
    lpr: ruled.lpr,
    findings: ruled.findings,
    reading,
  };
}
