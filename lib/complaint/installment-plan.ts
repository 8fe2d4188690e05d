/**
 * The installment plan a negotiation letter proposes: the amount split into equal monthly parts in
 * whole fen, the last part taking the remainder. Integer fen arithmetic (BigInt), so the parts
 * always add up to the amount exactly.
 */
export interface InstallmentPlan {
  months: number;
  installment: string;
  last: string;
}

const toFen = (amount: string): bigint => {
  const [int = '0', frac = ''] = amount.split('.');
  return BigInt(int) * 100n + BigInt((frac + '00').slice(0, 2));
};

const fromFen = (fen: bigint): string => `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;

export function installmentPlan(amount: string, months: number): InstallmentPlan | null {
  if (!/^\d+(\.\d+)?$/.test(amount) || !Number.isInteger(months) || months < 1) return null;
  const total = toFen(amount);
  const part = total / BigInt(months);
  return { months, installment: fromFen(part), last: fromFen(total - part * BigInt(months - 1)) };
}

/** "2026年12月": the month after `today`, when the first proposed payment falls. */
export function nextMonthLabel(today: string): string {
  const [y = 0, m = 1] = today.split('-').map(Number);
  return m === 12 ? `${y + 1}年1月` : `${y}年${m + 1}月`;
}
