/**
 * A monthly fee a single repayment carries for every month of the term: a car pledge's
 * "停车费 600.00元/月 × 3个月 = 1,800.00元 … 停车费到期与本息一并支付" beside 借款金额 50,000.00, 利息
 * 2,250.00 and 到期应还 54,050.00. The fee is no instalment's (there is none but the last): it is one
 * fee paid at the end, the months' sum. Read only where the page's own repayment bears it out
 * (到期应还 = 借款金额 + 利息 + the months' fees + the other fees paid at the end).
 */
import { Decimal } from '@/lib/finance/decimal';
import type { Fee } from '@/lib/model/terms';

interface Figures {
  principals: readonly string[];
  interests: readonly string[];
  repaid: readonly string[];
  months: number | null;
  /** Whether the page shows instalments (a per-period amount, a plan of two rows or more). */
  instalments: boolean;
}

export function monthlyFeesAtEnd(fees: Fee[], figures: Figures): Fee[] {
  const { months } = figures;
  // (Over instalments the sum is the loan's whole cost, each month's fee paid in its month.)
  if (months === null || months < 2 || figures.instalments) return fees;
  const monthly = fees.filter((f) => f.when === 'periodic' && f.amount !== undefined);
  if (monthly.length === 0) return fees;
  const names = new Set(monthly.map((f) => f.name));
  // Fees of other names the page says are paid at the end are in the repayment too.
  const atEnd = fees
    .filter((f) => f.when === 'once' && f.withLast === true && !names.has(f.name))
    .reduce((s, f) => s.plus(f.amount ?? '0'), new Decimal(0));
  const perMonth = monthly.reduce((s, f) => s.plus(f.amount ?? '0'), new Decimal(0));
  const borne = figures.principals.some((p) =>
    figures.interests.some((i) =>
      figures.repaid.some((r) =>
        new Decimal(p).plus(i).plus(atEnd).plus(perMonth.times(months)).eq(r),
      ),
    ),
  );
  if (!borne) return fees;
  const once: Fee[] = monthly.map((f) => ({
    name: f.name,
    when: 'once',
    amount: new Decimal(f.amount ?? '0').times(months).toFixed(2),
    withLast: true,
    ...(f.source ? { source: f.source } : {}),
  }));
  // (The clause that says when it is paid named it at one month's amount: the sum replaces it.)
  return [
    ...fees.filter((f) => !names.has(f.name) || !(f.when === 'periodic' || f.withLast === true)),
    ...once,
  ];
}
