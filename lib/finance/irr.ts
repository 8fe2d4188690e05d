/**
 * The periodic IRR: the rate r > −1 at which the cash flows' NPV is zero (PBOC 公告〔2021〕第3号,
 * 内部收益率法). Bracket first, then safeguarded Newton (a Newton step that leaves the bracket or
 * stalls is replaced by bisection), all in Decimal. Never assumes a rate near 10%: the bracket is
 * searched on a log ladder from ±0.01% to ±10^9 per period, which covers −99% to far beyond
 * 10,000% a year for monthly and daily periods alike (anchors.md §2.4: Newton from a fixed guess
 * is what fails on short, very negative or very high rates).
 *
 * Several roots or none are reported as such, never guessed (anchors.md §8):
 * - one sign change in the flows ⇒ exactly one root (Descartes' rule of signs), found by bracketing;
 * - more sign changes ⇒ the NPV is scanned on the ladder and every sign change of it is solved.
 */
import { Decimal } from '@/lib/finance/decimal';

import { normaliseFlows, signChanges, signOf, type CashFlow } from './cash-flow';
import { npvWithSlope } from './npv';

export type IrrResult =
  | { kind: 'unique'; rate: Decimal }
  | { kind: 'several'; rates: Decimal[] }
  | { kind: 'none'; reason: 'one-signed' | 'out-of-range' };

/** Smallest and largest distance from r = 0 on the ladder, per period. */
const LADDER_START = new Decimal('0.0001');
const LADDER_END = new Decimal('1e9');
const TOLERANCE = new Decimal('1e-30');
const MAX_ITERATIONS = 300;

/**
 * Ladder of trial rates in increasing order: −1 + 1/(1+s) below zero, s above, s growing
 * geometrically. Equal steps in log(1+r), so −99.9999% and +10^9 are equally reachable.
 */
function ladder(growth: number): Decimal[] {
  const steps: Decimal[] = [];
  for (let s = LADDER_START; s.lte(LADDER_END); s = s.times(growth)) steps.push(s);
  const one = new Decimal(1);
  const below = steps.map((s) => one.div(one.plus(s)).minus(one)).reverse();
  return [...below, new Decimal(0), ...steps];
}

const COARSE_LADDER = ladder(4);
const FINE_LADDER = ladder(2);

/** Safeguarded Newton on [lo, hi], where the NPV changes sign. */
function solveInBracket(flows: readonly CashFlow[], lo: Decimal, hi: Decimal): Decimal {
  let a = lo;
  let b = hi;
  const signA = signOf(npvWithSlope(a, flows).value);
  let x = a.plus(b).div(2);
  let lastStep = b.minus(a);
  for (let i = 0; i < MAX_ITERATIONS; i += 1) {
    const { value, slope } = npvWithSlope(x, flows);
    if (value.isZero()) return x;
    if (signOf(value) === signA) a = x;
    else b = x;
    let next: Decimal;
    const newton = slope.isZero() ? null : x.minus(value.div(slope));
    // Accept Newton only inside the bracket and only if it at least halves the step (rtsafe).
    if (
      newton !== null &&
      newton.gt(a) &&
      newton.lt(b) &&
      newton.minus(x).abs().times(2).lte(lastStep)
    ) {
      next = newton;
    } else {
      next = a.plus(b).div(2);
    }
    lastStep = next.minus(x).abs();
    x = next;
    if (lastStep.lte(TOLERANCE.times(x.abs().plus(1))) || b.minus(a).lte(TOLERANCE)) return x;
  }
  return x;
}

function sign(rate: Decimal, flows: readonly CashFlow[]): number {
  return signOf(npvWithSlope(rate, flows).value);
}

/** The one root of flows with a single sign change: walk out from 0 until the NPV changes sign. */
function uniqueRoot(flows: readonly CashFlow[]): IrrResult {
  const zero = new Decimal(0);
  const atZero = sign(zero, flows);
  if (atZero === 0) return { kind: 'unique', rate: zero };
  const centre = COARSE_LADDER.findIndex((r) => r.isZero());
  // NPV → sign of the earliest flow as r → ∞, and of the latest as r → −1.
  const firstSign = flows[0] === undefined ? 0 : signOf(flows[0].amount);
  const upward = atZero !== firstSign;
  let previous = zero;
  for (let i = centre; upward ? i < COARSE_LADDER.length : i >= 0; i += upward ? 1 : -1) {
    const r = COARSE_LADDER[i];
    if (r === undefined || r.isZero()) continue;
    if (sign(r, flows) !== atZero) {
      const root = upward ? solveInBracket(flows, previous, r) : solveInBracket(flows, r, previous);
      return { kind: 'unique', rate: root };
    }
    previous = r;
  }
  return { kind: 'none', reason: 'out-of-range' };
}

/** Every root the fine ladder separates, for flows with several sign changes. */
function scannedRoots(flows: readonly CashFlow[]): IrrResult {
  const roots: Decimal[] = [];
  let previousRate: Decimal | null = null;
  let previousSign = 0;
  for (const r of FINE_LADDER) {
    const s = sign(r, flows);
    if (s === 0) {
      roots.push(r);
    } else if (previousRate !== null && previousSign !== 0 && s !== previousSign) {
      roots.push(solveInBracket(flows, previousRate, r));
    }
    previousRate = r;
    previousSign = s;
  }
  const [only] = roots;
  if (roots.length === 1 && only !== undefined) return { kind: 'unique', rate: only };
  if (roots.length > 1) return { kind: 'several', rates: roots };
  return { kind: 'none', reason: 'out-of-range' };
}

/** The periodic IRR of signed cash flows (t in whole periods or days). */
export function solveIrr(cashFlows: readonly CashFlow[]): IrrResult {
  const flows = normaliseFlows(cashFlows);
  const changes = signChanges(flows);
  if (changes === 0) return { kind: 'none', reason: 'one-signed' };
  if (changes === 1) return uniqueRoot(flows);
  return scannedRoots(flows);
}
