/**
 * Net present value of time-ordered cash flows at a periodic rate, and its derivative, in one pass.
 * Discount factors are built incrementally (v^t_k = v^t_{k−1} · v^Δt, with v^Δt cached per step
 * length) and t_k·a_k is computed once per solve, so an evaluation costs three multiplications per
 * flow: that is what keeps a dated 360-period loan within the 20 ms budget (design.md §9).
 */
import { Decimal } from '@/lib/finance/decimal';

import { normaliseFlows, type CashFlow } from './cash-flow';

export interface PreparedFlow {
  /** Time since the previous flow. */
  step: number;
  amount: Decimal;
  /** t · amount, the derivative's weight. */
  weighted: Decimal;
}

/** Time-ordered, merged flows with their derivative weights, ready for repeated evaluation. */
export function prepareFlows(flows: readonly CashFlow[]): PreparedFlow[] {
  let previous = 0;
  return normaliseFlows(flows).map((flow) => {
    const step = flow.t - previous;
    previous = flow.t;
    return { step, amount: flow.amount, weighted: flow.amount.times(flow.t) };
  });
}

export interface NpvAt {
  /** Σ a_k (1+r)^−t_k */
  value: Decimal;
  /** d/dr: Σ −t_k a_k (1+r)^(−t_k−1) */
  slope: Decimal;
}

function walk(rate: Decimal, flows: readonly PreparedFlow[], withSlope: boolean): NpvAt {
  const v = new Decimal(1).div(rate.plus(1));
  const powers = new Map<number, Decimal>();
  let factor = new Decimal(1);
  let value = new Decimal(0);
  let weighted = new Decimal(0);
  for (const flow of flows) {
    if (flow.step !== 0) {
      let power = powers.get(flow.step);
      if (power === undefined) {
        power = flow.step === 1 ? v : v.pow(flow.step);
        powers.set(flow.step, power);
      }
      factor = factor.times(power);
    }
    value = value.plus(flow.amount.times(factor));
    if (withSlope) weighted = weighted.plus(flow.weighted.times(factor));
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
