/**
 * The generator's truth, computed here and independently of lib/finance, by the conventions of
 * the shared fixture corpus (schedules rounded half-up to the cent per period; aprIrr = periodic
 * IRR × periods per year, a single repayment annualised over its own term). The IRR is a plain
 * bisection on decimal.js. Cross-checked against the pattern pages' truth.json (computed by the
 * corpus's Python truth engine) in truth.test.ts.
 */
import Decimal from 'decimal.js';

const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
type Dec = InstanceType<typeof D>;
const r2 = (x: Dec): Dec => x.toDecimalPlaces(2, D.ROUND_HALF_UP);
const s2 = (x: Dec): string => r2(x).toFixed(2);
const s6 = (x: Dec): string => x.toDecimalPlaces(6, D.ROUND_HALF_UP).toFixed(6);

export type Method = '等额本息' | '等额本金' | '等本等息' | '先息后本' | '到期一次性还本付息';

export interface ScheduleSpec {
  type: 'annuity' | 'equal-principal' | 'flat' | 'interest-only' | 'bullet-days' | 'bullet-months';
  /** Monthly rate (annuity, equal-principal, interest-only, bullet-months), fee rate (flat). */
  rate: string;
  /** Periods (monthly types), days (bullet-days), months (bullet-months). */
  n: number;
}

export interface Row {
  principal: string;
  interest: string;
  fees: Record<string, string>;
  amount: string;
}

export interface PeriodicFee {
  name: string;
  amount: string;
  /** 1-based periods the fee is charged in; all when absent. */
  periods?: number[];
  /** The amount in the last period, when it differs (a deposit set against the last rents). */
  lastAmount?: string;
}

export function schedule(principal: string, s: ScheduleSpec, fees: readonly PeriodicFee[]): Row[] {
  const P = new D(principal);
  const r = new D(s.rate);
  const n = s.n;
  const rows: { p: Dec; i: Dec }[] = [];
  if (s.type === 'annuity') {
    const pmt = r2(P.mul(r).div(new D(1).minus(r.plus(1).pow(-n))));
    let bal = P;
    for (let k = 1; k <= n; k++) {
      const it = r2(bal.mul(r));
      const pr = k < n ? pmt.minus(it) : bal;
      bal = bal.minus(pr);
      rows.push({ p: pr, i: it });
    }
  } else if (s.type === 'equal-principal') {
    const pp = r2(P.div(n));
    let bal = P;
    for (let k = 1; k <= n; k++) {
      const it = r2(bal.mul(r));
      const pr = k < n ? pp : bal;
      bal = bal.minus(pr);
      rows.push({ p: pr, i: it });
    }
  } else if (s.type === 'flat') {
    const pp = r2(P.div(n));
    const it = r2(P.mul(r));
    for (let k = 1; k <= n; k++) rows.push({ p: k < n ? pp : P.minus(pp.mul(n - 1)), i: it });
  } else if (s.type === 'interest-only') {
    const it = r2(P.mul(r));
    for (let k = 1; k <= n; k++) rows.push({ p: k === n ? P : new D(0), i: it });
  } else {
    // bullet-days: rate per day × days; bullet-months: rate per month × months
    rows.push({ p: P, i: r2(P.mul(r).mul(n)) });
  }
  return rows.map((row, k) => {
    const f: Record<string, string> = {};
    for (const fee of fees)
      if (!fee.periods || fee.periods.includes(k + 1))
        f[fee.name] = s2(
          new D(
            fee.lastAmount !== undefined && k === rows.length - 1 ? fee.lastAmount : fee.amount,
          ),
        );
    const total = Object.values(f).reduce((a, x) => a.plus(x), row.p.plus(row.i));
    return { principal: s2(row.p), interest: s2(row.i), fees: f, amount: s2(total) };
  });
}

/** Monthly IRR of `received` against payments at months 1..n, by bisection. */
export function monthlyIrr(received: string, amounts: readonly string[]): Dec {
  const R = new D(received);
  const xs = amounts.map((x) => new D(x));
  const npv = (i: Dec): Dec => {
    const v = new D(1).div(i.plus(1));
    let df = new D(1);
    let sum = new D(0);
    for (const x of xs) {
      df = df.mul(v);
      sum = sum.plus(x.mul(df));
    }
    return sum.minus(R);
  };
  let lo = new D('-0.5');
  let hi = new D('5');
  // 110 halvings of a 5.5-wide bracket: far below the 6-place rounding of aprIrr.
  for (let k = 0; k < 110; k++) {
    const mid = lo.plus(hi).div(2);
    if (npv(mid).greaterThan(0)) lo = mid;
    else hi = mid;
  }
  return lo.plus(hi).div(2);
}

export interface AprTruth {
  aprIrr: string;
  periodic: string;
}

export function aprOf(received: string, s: ScheduleSpec, rows: readonly Row[]): AprTruth {
  if (s.type === 'bullet-days' || s.type === 'bullet-months') {
    const amt = new D(rows[0]?.amount ?? '0');
    const r = amt.div(received).minus(1);
    const perYear = s.type === 'bullet-days' ? new D(365).div(s.n) : new D(12).div(s.n);
    return { aprIrr: s6(r.mul(perYear)), periodic: r.toFixed(12) };
  }
  const i = monthlyIrr(
    received,
    rows.map((x) => x.amount),
  );
  return { aprIrr: s6(i.mul(12)), periodic: i.toFixed(12) };
}

export { D as TruthDecimal, s2 };
