/**
 * The installment plan a negotiation letter proposes: the amount split into equal monthly parts in
 * whole fen, the last part taking the remainder. Exact Decimal arithmetic, so the parts always add
 * up to the amount exactly.
 */
import { Decimal } from '@/lib/finance/decimal';
import { formatMoney } from '@/lib/finance/money';

export interface InstallmentPlan {
  months: number;
  installment: string;
  last: string;
}

export function installmentPlan(amount: string, months: number): InstallmentPlan | null {
  if (!/^\d+(\.\d+)?$/.test(amount) || !Number.isInteger(months) || months < 1) return null;
  // Whole fen only: a fraction of a fen cannot be paid.
  const total = new Decimal(amount).toDecimalPlaces(2, Decimal.ROUND_DOWN);
  const part = total.div(months).toDecimalPlaces(2, Decimal.ROUND_DOWN);
  return {
    months,
    installment: formatMoney(part),
    last: formatMoney(total.minus(part.times(months - 1))),
  };
}

/** "2026年12月": the month after `today`, when the first proposed payment falls. */
export function nextMonthLabel(today: string): string {
  const [y = 0, m = 1] = today.split('-').map(Number);
  return m === 12 ? `${y + 1}年1月` : `${y}年${m + 1}月`;
}
