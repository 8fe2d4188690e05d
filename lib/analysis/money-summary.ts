/**
 * Where the money goes: what the borrower received, what they repay, and how the difference splits
 * into interest and each fee. Totals are sums of the page's own figures, never re-derived.
 */
import { Decimal } from '@/lib/finance/decimal';
import type { MoneySummary } from '@/lib/model/report';
import type { LoanTerms } from '@/lib/model/terms';

const cents = (d: Decimal): string => d.toFixed(2);

export function summariseMoney(terms: LoanTerms, received: Decimal): MoneySummary | null {
  if (terms.payments.length === 0) return null;
  const totalRepaid = terms.payments.reduce((sum, p) => sum.plus(p.amount), new Decimal(0));
  const allSplit = terms.payments.every((p) => p.interest !== undefined);
  const interest = allSplit
    ? terms.payments.reduce((sum, p) => sum.plus(p.interest ?? '0'), new Decimal(0))
    : null;

  const feeTotals = new Map<string, Decimal>();
  for (const fee of terms.fees) {
    if (fee.when === 'upfront' && fee.amount !== undefined) {
      feeTotals.set(fee.name, (feeTotals.get(fee.name) ?? new Decimal(0)).plus(fee.amount));
    }
  }
  for (const payment of terms.payments) {
    for (const [name, amount] of Object.entries(payment.fees ?? {})) {
      feeTotals.set(name, (feeTotals.get(name) ?? new Decimal(0)).plus(amount));
    }
  }

  return {
    principal: terms.principal,
    received: cents(received),
    totalRepaid: cents(totalRepaid),
    totalCost: cents(totalRepaid.minus(received)),
    interest: interest === null ? null : cents(interest),
    fees: [...feeTotals].map(([name, amount]) => ({ name, amount: cents(amount) })),
  };
}
