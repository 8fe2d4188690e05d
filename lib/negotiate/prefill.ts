/**
 * Pre-filling the assistant from what was read: the page's report (lender, amounts, contract rate,
 * overdue charges the reader found with amounts) and, on an overdue notice, the figures its
 * visible text states line by line ("剩余本金：14,200.00元", "逾期天数\t107天"). Only labelled
 * figures are taken; nothing is guessed, and when the parts do not add up to the total the page
 * states, that is reported instead of hidden.
 */
import { Decimal } from '@/lib/finance/decimal';
import type { Report } from '@/lib/model/report';
import { parseDate } from '@/lib/parse/date';
import { moneyTokens } from '@/lib/parse/money';
import { addDays } from '@/lib/dates/iso';

import type { NegotiationDraft } from './draft';

type Field = keyof NegotiationDraft;

const toPercent = (fraction: string): string => new Decimal(fraction).times(100).toString();

/** The overdue charges the reader found with an amount, by draft field. */
function overdueField(name: string): Field | null {
  if (/提前/.test(name)) return null;
  if (/罚息/.test(name)) return 'owedPenalty';
  if (/违约金|滞纳金/.test(name)) return 'owedDamages';
  if (/逾期利息/.test(name)) return 'owedInterest';
  if (/费/.test(name)) return 'owedFees';
  return null;
}

export function draftFromReport(report: Report): Partial<NegotiationDraft> {
  const terms = report.terms;
  if (terms === null) return {};
  const out: Partial<NegotiationDraft> = {};
  if (terms.lender.name !== null) out.lender = terms.lender.name;
  if (terms.lenderType !== 'unknown') out.lenderType = terms.lenderType;
  const date = terms.contractDate ?? terms.disbursementDate;
  if (date !== null) out.contractDate = date;
  if (terms.principal !== null) out.principal = terms.principal;
  if (terms.received !== null) out.received = terms.received;
  const annual = terms.statedRates.find(
    (r) => r.kind.startsWith('annual') && r.context === undefined && r.primary === true,
  );
  if (annual !== undefined) out.annualRate = toPercent(annual.value);
  const sums = new Map<Field, Decimal>();
  for (const fee of terms.fees) {
    if (fee.when !== 'overdue' || fee.amount === undefined) continue;
    const field = overdueField(fee.name);
    if (field === null) continue;
    sums.set(field, (sums.get(field) ?? new Decimal(0)).plus(fee.amount));
  }
  for (const [field, sum] of sums) out[field] = sum.toFixed(2) as never;
  return out;
}

const MONEY_LABELS: readonly [RegExp, Field][] = [
  [/^(剩余|逾期|待还|未还|应还|尚欠|欠款)本金$/, 'owedPrincipal'],
  [/^(逾期|应还|未还|待还|尚欠)?利息$/, 'owedInterest'],
  [/^(逾期)?罚息$/, 'owedPenalty'],
  [/^(逾期)?(违约金|滞纳金)$/, 'owedDamages'],
  [/^(逾期管理费|逾期服务费|催收费|逾期手续费|其他费用)$/, 'owedFees'],
  [/^已还(金额|款|总额|本息)?$/, 'repaid'],
  [/^(借款|合同|贷款)金额$/, 'principal'],
  [/^(实际)?到账金额$|^实际到账$/, 'received'],
];
const DATE_LABELS: readonly [RegExp, Field][] = [
  [/^(首次|最早)?逾期(开始|起始)?日(期)?$/, 'overdueSince'],
  [/^(借款|放款|合同|签约)日期$/, 'contractDate'],
];
const TOTAL_LABEL = /^(合计应还|应还总额|欠款总额|当前应还|应还合计)$/;
const DAYS_LABEL = /^逾期天数$/;
const LENDER_LABEL = /^(放款机构|贷款机构|出借人|资金方)$/;

export interface NoticeFigures {
  draft: Partial<NegotiationDraft>;
  /** The figures read, in the page's words, for the borrower to see what was taken. */
  read: string[];
  /** Set when the owed parts do not add up to the total the page states. */
  mismatch: { parts: string; total: string } | null;
}

function split(line: string): [string, string] | null {
  const match = /^\s*([^：:\t]{1,20}?)\s*[：:\t]\s*(.+?)\s*$/.exec(line);
  return match === null ? null : [match[1]?.replace(/\s/g, '') ?? '', match[2] ?? ''];
}

/** Figures an overdue notice states, each on its own labelled line of the visible text. */
export function noticeFigures(text: string, asOf: string): NoticeFigures {
  const draft: Partial<NegotiationDraft> = {};
  const read: string[] = [];
  let total: Decimal | null = null;
  let days: number | null = null;
  for (const line of text.split('\n')) {
    const pair = split(line);
    if (pair === null) continue;
    const [label, value] = pair;
    const money = MONEY_LABELS.find(([re]) => re.test(label));
    if (money !== undefined && draft[money[1]] === undefined) {
      const token = moneyTokens(value, { bare: true })[0];
      if (token !== undefined) {
        draft[money[1]] = token.value as never;
        read.push(`${label} ${value}`);
      }
      continue;
    }
    const date = DATE_LABELS.find(([re]) => re.test(label));
    if (date !== undefined && draft[date[1]] === undefined) {
      const parsed = parseDate(value);
      if ('value' in parsed) {
        draft[date[1]] = parsed.value as never;
        read.push(`${label} ${value}`);
      }
      continue;
    }
    if (TOTAL_LABEL.test(label) && total === null) {
      const token = moneyTokens(value, { bare: true })[0];
      if (token !== undefined) {
        total = new Decimal(token.value);
        read.push(`${label} ${value}`);
      }
    } else if (DAYS_LABEL.test(label) && days === null) {
      const n = /^(\d{1,5})\s*天?$/.exec(value);
      if (n?.[1] !== undefined) {
        days = Number(n[1]);
        read.push(`${label} ${value}`);
      }
    } else if (LENDER_LABEL.test(label) && draft.lender === undefined) {
      draft.lender = value;
      read.push(`${label} ${value}`);
    }
  }
  // "逾期107天" without a start date: the start is that many days before the computation date.
  if (draft.overdueSince === undefined && days !== null) draft.overdueSince = addDays(asOf, -days);
  const parts = (
    ['owedPrincipal', 'owedInterest', 'owedPenalty', 'owedDamages', 'owedFees'] as const
  )
    .map((f) => draft[f])
    .filter((v): v is string => v !== undefined);
  let mismatch: NoticeFigures['mismatch'] = null;
  if (total !== null && parts.length > 0) {
    const sum = parts.reduce((s, v) => s.plus(v), new Decimal(0));
    if (!sum.eq(total)) mismatch = { parts: sum.toFixed(2), total: total.toFixed(2) };
  }
  return { draft, read, mismatch };
}
