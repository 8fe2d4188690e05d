/**
 * Net present value of time-ordered cash flows at a periodic rate, and its derivative, in one pass.
 *
 * Instalment loans are mostly runs of equal payments at equal spacing (an annuity is one run and
 * a last payment that clears the balance). A run of m flows A at t0, t0 + s, …, t0 + (m−1)s is
 * summed in closed form, A·v^t0·G with G = Σ w^j = (1 − w^m)/(1 − w), w = v^s, so an evaluation
 * costs a few operations per run instead of three per flow: that is what keeps the whole pipeline
 * on a 360-period loan within design.md §8's 20 ms. Where w is within 1e-8 of 1 (a rate within
 * about 1e-8 of zero) the closed form would cancel away digits, so the run is summed flow by flow.
 * Dated schedules (steps of 28 to 31 days) have no runs and take the flow-by-flow path throughout.
 */
import { Decimal } from '@/lib/finance/decimal';

import { normaliseFlows, type CashFlow } from './cash-flow';

export interface PreparedFlow {
  /** Time from the previous entry's last flow to this entry's first. */
  step: number;
  /** The (equal) amount of each flow in the entry. */
  amount: Decimal;
  /** Time of the entry's first flow. */
  t: number;
  /** How many equal flows the entry stands for, `spacing` apart (1: a single flow). */
  count: number;
  spacing: number;
}

/** Shorter runs gain nothing over summing flow by flow. */
const MIN_RUN = 4;
const CLOSED_FORM_MIN_GAP = new Decimal('1e-8');

/** Time-ordered, merged flows, with runs of equal flows at equal spacing gathered into one entry. */
export function prepareFlows(flows: readonly CashFlow[]): PreparedFlow[] {
  const ordered = normaliseFlows(flows);
  const entries: PreparedFlow[] = [];
  let previousEnd = 0;
  for (let i = 0; i < ordered.length;) {
    const first = ordered[i];
    if (first === undefined) break;
    const spacing = (ordered[i + 1]?.t ?? first.t) - first.t;
    let count = 1;
    while (
      spacing > 0 &&
      ordered[i + count]?.amount.eq(first.amount) === true &&
      ordered[i + count]?.t === first.t + count * spacing
    ) {
      count += 1;
    }
    if (count < MIN_RUN) count = 1;
    entries.push({
      step: first.t - previousEnd,
      amount: first.amount,
      t: first.t,
      count,
      spacing: count === 1 ? 0 : spacing,
    });
    previousEnd = first.t + (count - 1) * (count === 1 ? 0 : spacing);
    i += count;
  }
  return entries;
}

export interface NpvAt {
  /** Σ a_k (1+r)^−t_k */
  value: Decimal;
  /** d/dr: Σ −t_k a_k (1+r)^(−t_k−1) */
  slope: Decimal;
}

/** Σ_{j<m} w^j and Σ_{j<m} j·w^j for a run, and w^(m−1) to step past it. */
function runSums(w: Decimal, m: number): { g: Decimal; h: Decimal; last: Decimal } {
  const one = new Decimal(1);
  const last = w.pow(m - 1);
  const gap = one.minus(w);
  if (gap.abs().lt(CLOSED_FORM_MIN_GAP)) {
    let g = new Decimal(0);
    let h = new Decimal(0);
    let power = one;
    for (let j = 0; j < m; j += 1) {
      g = g.plus(power);
      h = h.plus(power.times(j));
      power = power.times(w);
    }
    return { g, h, last };
  }
  const wm = last.times(w);
  const g = one.minus(wm).div(gap);
  // Σ j·w^j = w·(1 − m·w^(m−1) + (m−1)·w^m) / (1 − w)²
  const h = w.times(one.minus(last.times(m)).plus(wm.times(m - 1))).div(gap.times(gap));
  return { g, h, last };
}

function walk(rate: Decimal, flows: readonly PreparedFlow[], withSlope: boolean): NpvAt {
  const v = new Decimal(1).div(rate.plus(1));
  const powers = new Map<number, Decimal>();
  const power = (n: number): Decimal => {
    let p = powers.get(n);
    if (p === undefined) {
      p = n === 1 ? v : v.pow(n);
      powers.set(n, p);
    }
    return p;
  };
  let factor = new Decimal(1);
  let value = new Decimal(0);
  let weighted = new Decimal(0);
  for (const flow of flows) {
    if (flow.step !== 0) factor = factor.times(power(flow.step));
    const present = flow.amount.times(factor);
    if (flow.count === 1) {
      value = value.plus(present);
      if (withSlope) weighted = weighted.plus(present.times(flow.t));
      continue;
    }
    const { g, h, last } = runSums(power(flow.spacing), flow.count);
    value = value.plus(present.times(g));
    if (withSlope)
      weighted = weighted.plus(present.times(g.times(flow.t).plus(h.times(flow.spacing))));
    factor = factor.times(last);
  }
  return { value, slope: weighted.times(v).negated() };
}

/** `rate` > −1. */
export function npvWithSlope(rate: Decimal, flows: readonly PreparedFlow[]): NpvAt {
  return walk(rate, flows, true);
}

/** The value alone, for bracketing, where only its sign matters. */
export function npvValue(rate: Decimal, flows: readonly PreparedFlow[]): Decimal {
  return walk(rate, flows, false).value;
}

/** NPV of raw flows in any order. */
export function npv(rate: Decimal, flows: readonly CashFlow[]): Decimal {
  return npvValue(rate, prepareFlows(flows));
}
