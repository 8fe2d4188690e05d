/**
 * The cash-flow model of a loan (design.md §3, PBOC 公告〔2021〕第3号 第三条): CF0 = + the amount the
 * borrower actually received, CFk = − everything paid at time t_k (principal + interest + every
 * loan-linked fee). Time is counted in whole units from disbursement: months for a schedule
 * without dates, actual days for a dated one.
 */
import { Decimal } from '@/lib/finance/decimal';

export interface CashFlow {
  /** Units (months or days) after disbursement; 0 is the disbursement itself. */
  t: number;
  /** Signed: + to the borrower, − from the borrower. */
  amount: Decimal;
}

/** The loan as flows: + received at t = 0, − each payment at its time. */
export function loanCashFlows(
  received: Decimal,
  payments: readonly { t: number; amount: Decimal }[],
): CashFlow[] {
  return [
    { t: 0, amount: received },
    ...payments.map((p) => ({ t: p.t, amount: p.amount.negated() })),
  ];
}

/** Flows in time order with equal times merged, zero flows dropped: the form the solver reads. */
export function normaliseFlows(flows: readonly CashFlow[]): CashFlow[] {
  const byTime = new Map<number, Decimal>();
  for (const flow of flows)
    byTime.set(flow.t, (byTime.get(flow.t) ?? new Decimal(0)).plus(flow.amount));
  return [...byTime.entries()]
    .sort(([a], [b]) => a - b)
    .filter(([, amount]) => !amount.isZero())
    .map(([t, amount]) => ({ t, amount }));
}

/**
 * Sign changes along the time-ordered flows. By Descartes' rule of signs (which holds for real
 * exponents too), Σ a_k·v^t_k has at most that many positive roots v = 1/(1+r), with the same
 * parity: one change means exactly one rate r > −1.
 */
/** −1, 0 or 1. */
export function signOf(value: Decimal): number {
  if (value.isZero()) return 0;
  return value.isNegative() ? -1 : 1;
}

export function signChanges(flows: readonly { amount: Decimal }[]): number {
  let changes = 0;
  let previous = 0;
  for (const flow of flows) {
    const sign = signOf(flow.amount);
    if (sign === 0) continue;
    if (previous !== 0 && sign !== previous) changes += 1;
    previous = sign;
  }
  return changes;
}
