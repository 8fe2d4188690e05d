/**
 * The claims a report supports: one per failing finding that asks for something, and one per fee
 * or add-on where a finding covers several. Amounts are computed here (Decimal, lib/finance) from
 * the report's own terms; nothing is read back from a finding's words.
 */
import { deductionUnder670, excessOverLine, type LinePeriods } from '@/lib/finance';
import { daysBetween } from '@/lib/dates/iso';
import { Decimal } from '@/lib/finance/decimal';
import { parseDecimal } from '@/lib/finance/money';
import { citationIdOf, type CitationId } from '@/lib/law/citations';
import { JUDICIAL_LINE_24 } from '@/lib/law/lines';
import type { Finding, Report } from '@/lib/model/report';
import type { Fee, LoanTerms } from '@/lib/model/terms';

import type { Claim } from './claim';

const LICENSED = new Set(['bank', 'consumer-finance', 'small-loan']);

function claim(
  finding: Finding,
  fields: Omit<Claim, 'findingId' | 'overlaps' | 'figures'> & { figures?: Record<string, string> },
): Claim {
  return { findingId: finding.id, overlaps: [], figures: {}, ...fields };
}

function basisIds(finding: Finding): CitationId[] {
  return finding.basis.map(citationIdOf).filter((id): id is CitationId => id !== null);
}

function firstBasis(finding: Finding, fallback: CitationId): CitationId {
  return basisIds(finding)[0] ?? fallback;
}

/** The months or days each payment covers, as the true rate was computed (design.md §3). */
function periodsOf(report: Report, terms: LoanTerms): LinePeriods | null {
  const method = report.apr?.method;
  if (method === 'monthly') return { kind: 'monthly' };
  const start = terms.disbursementDate ?? terms.contractDate;
  if (method === 'single' && terms.payments.length === 1 && terms.termDays !== null) {
    return { kind: 'days', days: [terms.termDays] };
  }
  if (start === null || terms.payments.some((p) => p.dueDate === null)) return null;
  const days: number[] = [];
  let from = start;
  for (const p of terms.payments) {
    const to = p.dueDate ?? from;
    days.push(daysBetween(from, to));
    from = to;
  }
  return { kind: 'days', days };
}

function aboveLine(report: Report, terms: LoanTerms, line: string): string | null {
  const received = parseDecimal(report.money?.received ?? terms.received ?? terms.principal ?? '');
  const periods = periodsOf(report, terms);
  const payments = terms.payments.map((p) => parseDecimal(p.amount));
  if (received === null || periods === null || payments.length === 0) return null;
  if (payments.some((p) => p === null)) return null;
  return excessOverLine(
    received,
    payments.filter((p): p is Decimal => p !== null),
    new Decimal(line),
    periods,
  ).toFixed(2);
}

/** What the borrower pays for one fee over the loan: the money summary's total, else from the terms. */
function feeTotal(report: Report, terms: LoanTerms, fee: Fee): string | null {
  const summed = report.money?.fees.find((f) => f.name === fee.name);
  if (summed !== undefined) return summed.amount;
  const amount = fee.amount === undefined ? null : parseDecimal(fee.amount);
  if (amount === null) return null;
  if (fee.when === 'periodic') {
    return terms.payments.length === 0 ? null : amount.times(terms.payments.length).toFixed(2);
  }
  return amount.toFixed(2);
}

function feeClaims(
  report: Report,
  terms: LoanTerms,
  finding: Finding,
  fees: readonly Fee[],
  kind: 'fee' | 'addon',
): Claim[] {
  const basis: CitationId = kind === 'fee' ? 'pboc2021No3Art3' : 'consumerProtection26';
  return fees.map((fee) => {
    const amount = feeTotal(report, terms, fee);
    return claim(finding, {
      kind,
      basis,
      amount,
      noAmount: amount === null ? 'schedule-incomplete' : null,
      item: fee.name,
      figures: { when: fee.when, ...(fee.amount === undefined ? {} : { each: fee.amount }) },
    });
  });
}

function claimsFor(report: Report, terms: LoanTerms, finding: Finding): Claim[] {
  const type = terms.lenderType;
  switch (finding.id) {
    case 'upfront-deduction': {
      const d = deductionUnder670(terms);
      return [
        claim(finding, {
          kind: 'deduction-670',
          basis: 'civilCode670',
          amount: d?.overcharge ?? null,
          noAmount: d === null ? 'schedule-incomplete' : null,
          figures: {
            principal: terms.principal ?? '',
            received: terms.received ?? '',
            deducted: finding.data.deductedValue ?? '',
            ...(d === null ? {} : { contractTotal: d.contractTotal, lawfulTotal: d.lawfulTotal }),
          },
        }),
      ];
    }
    case 'cost-over-24': {
      // Private lending is measured against 4×LPR (cost-over-4x-lpr), a lower line.
      if (type === 'private') return [];
      const amount = aboveLine(report, terms, JUDICIAL_LINE_24);
      return [
        claim(finding, {
          kind: 'above-line',
          basis: 'financialJudicial2017',
          amount,
          noAmount: amount === null ? 'schedule-incomplete' : null,
          line: JUDICIAL_LINE_24,
          ...(LICENSED.has(type) ? {} : { ifLicensed: true }),
          figures: { apr: report.apr?.nominal ?? '' },
        }),
      ];
    }
    case 'cost-over-4x-lpr': {
      const cap = finding.data.capValue;
      if (basisIds(finding).includes('privateLending31') || cap === undefined) {
        return [
          claim(finding, {
            kind: 'above-line',
            basis: 'privateLending31',
            amount: null,
            noAmount: 'legacy-split-period',
          }),
        ];
      }
      const amount = aboveLine(report, terms, cap);
      return [
        claim(finding, {
          kind: 'above-line',
          basis: 'privateLending25',
          amount,
          noAmount: amount === null ? 'schedule-incomplete' : null,
          line: cap,
          figures: {
            apr: report.apr?.nominal ?? '',
            lpr: finding.data.lprValue ?? '',
            lprDate: report.lpr?.date ?? '',
          },
        }),
      ];
    }
    case 'cost-over-36':
      return [
        claim(finding, {
          kind: 'above-line',
          basis:
            type === 'private' ? 'privateLending25' : firstBasis(finding, 'financialJudicial2017'),
          amount: null,
          noAmount: 'covered-by-other-claim',
        }),
      ];
    case 'fee-outside-apr': {
      const fees = terms.fees.filter(
        (f) =>
          (f.when === 'upfront' || f.when === 'periodic' || f.when === 'once') &&
          f.preselected !== true,
      );
      return feeClaims(report, terms, finding, fees, 'fee');
    }
    case 'addon-preselected':
      return feeClaims(
        report,
        terms,
        finding,
        terms.fees.filter((f) => f.preselected === true),
        'addon',
      );
    case 'prepayment-charge':
      return [
        claim(finding, {
          kind: 'prepayment',
          basis: 'civilCode585',
          amount: null,
          noAmount: 'depends-on-prepayment-date',
          ...(terms.prepayment === null ? {} : { item: terms.prepayment.text }),
        }),
      ];
    case 'overdue-penalty-excessive':
      return [
        claim(finding, {
          kind: 'overdue',
          basis: firstBasis(finding, 'financialJudicial2017'),
          amount: null,
          noAmount: 'depends-on-overdue',
          figures: {
            components: finding.data.components ?? '',
            total: finding.data.totalAnnualised ?? '',
            cap: finding.data.capValue ?? '',
          },
        }),
      ];
    default:
      return [
        claim(finding, {
          kind: 'disclosure',
          basis: firstBasis(finding, 'pboc2021No3Art3'),
          amount: null,
          noAmount: 'not-monetary',
          ...(finding.data.contractCompoundValue === undefined
            ? {}
            : { figures: { contractCompound: finding.data.contractCompoundValue } }),
        }),
      ];
  }
}

/** Two money claims overlap when one counts money the other also counts. */
function overlap(a: Claim, b: Claim): boolean {
  if (a.findingId === b.findingId || a.amount === null || b.amount === null) return false;
  if (a.kind === 'above-line' || b.kind === 'above-line') return true;
  const upfront = (c: Claim) =>
    (c.kind === 'fee' || c.kind === 'addon') && c.figures.when === 'upfront';
  return (a.kind === 'deduction-670' && upfront(b)) || (b.kind === 'deduction-670' && upfront(a));
}

/** 公告〔2021〕第3号 binds lenders; private lending is only "鼓励…参照" (第五条, legal.md §4). */
const PBOC_2021_3: ReadonlySet<CitationId> = new Set([
  'pboc2021No3Art1',
  'pboc2021No3Art3',
  'pboc2021No3Art4',
  'pboc2021No3Art5',
]);

export function claimsOf(report: Report): Claim[] {
  const terms = report.terms;
  if (terms === null) return [];
  const failing = report.findings.filter(
    (f) => f.outcome === 'fail' && (f.demands?.length ?? 0) > 0,
  );
  const claims = failing
    .flatMap((f) => claimsFor(report, terms, f))
    // A private lender owes no duty under 公告〔2021〕第3号, so nothing is demanded on it.
    .filter((c) => terms.lenderType !== 'private' || !PBOC_2021_3.has(c.basis));
  return claims.map((c) => ({
    ...c,
    overlaps: [...new Set(claims.filter((o) => overlap(c, o)).map((o) => o.findingId))],
  }));
}
