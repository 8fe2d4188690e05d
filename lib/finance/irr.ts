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

import { signChanges, signOf, type CashFlow } from './cash-flow';
import { npvValue, npvWithSlope, prepareFlows, type PreparedFlow } from './npv';

export type IrrResult =
  | { kind: 'unique'; rate: Decimal }
  | { kind: 'several'; rates: Decimal[] }
  | { kind: 'none'; reason: 'one-signed' | 'out-of-range' };

/** Smallest and largest distance from r = 0 on the ladder, per period. */
const LADDER_START = new Decimal('0.0001');
const LADDER_END = new Decimal('1e9');
const TOLERANCE = new Decimal('1e-30');
const QUADRATIC_EXIT = new Decimal('1e-16');
const MAX_ITERATIONS = 300;

/** A trial rate with its NPV. */
interface Bracketed {
  rate: Decimal;
  value: Decimal;
}

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
function solveInBracket(flows: readonly PreparedFlow[], lo: Bracketed, hi: Bracketed): Decimal {
  let a = lo.rate;
  let b = hi.rate;
  const fa = lo.value;
  const fb = hi.value;
  const signA = signOf(fa);
  // Start from the secant point: inside the bracket and, for a smooth NPV, far closer than its middle.
  let x = fa.minus(fb).isZero()
    ? a.plus(b).div(2)
    : a.minus(fa.times(b.minus(a)).div(fb.minus(fa)));
  if (!x.gt(a) || !x.lt(b)) x = a.plus(b).div(2);
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
    const usedNewton = next === newton;
    lastStep = next.minus(x).abs();
    x = next;
    const scale = x.abs().plus(1);
    if (lastStep.lte(TOLERANCE.times(scale)) || b.minus(a).lte(TOLERANCE)) return x;
    // Newton converges quadratically: after a step below 1e-16 the next error is ~1e-32, beneath
    // the tolerance, so the verifying evaluation is skipped (it is a third of a 360-period solve).
    if (usedNewton && lastStep.lte(QUADRATIC_EXIT.times(scale))) return x;
  }
  return x;
}

/**
 * Trial rates walking away from `start` towards the root: the ladder without a hint, otherwise
 * steps growing eightfold from 0.1% of the hint (a nearby root is bracketed in two or three
 * evaluations), halving the distance to −1 on the way down.
 */
function* trialRates(start: Decimal, upward: boolean, hinted: boolean): Generator<Decimal> {
  if (!hinted) {
    const centre = COARSE_LADDER.findIndex((r) => r.gt(start));
    const from = upward ? centre : centre - 1;
    for (let i = from; upward ? i < COARSE_LADDER.length : i >= 0; i += upward ? 1 : -1) {
      const r = COARSE_LADDER[i];
      if (r !== undefined && !r.eq(start)) yield r;
    }
    return;
  }
  const floor = COARSE_LADDER[0] ?? new Decimal(-1);
  const ceiling = COARSE_LADDER.at(-1) ?? LADDER_END;
  let step = start.abs().times('0.001').plus('1e-12');
  let r = start;
  while (upward ? r.lt(ceiling) : r.gt(floor)) {
    const next = upward ? r.plus(step) : r.minus(step);
    r = upward ? Decimal.min(next, ceiling) : Decimal.max(next, r.plus(1).div(2).minus(1), floor);
    yield r;
    step = step.times(8);
  }
}

/** The one root of flows with a single sign change: walk from the hint (or 0) until the NPV changes sign. */
function uniqueRoot(flows: readonly PreparedFlow[], hint: Decimal | undefined): IrrResult {
  const start = hint !== undefined && hint.gt(-1) ? hint : new Decimal(0);
  // At r = 0 the NPV is the plain sum of the flows: no evaluation needed.
  const atStart = start.isZero()
    ? flows.reduce((sum, f) => sum.plus(f.amount.times(f.count)), new Decimal(0))
    : npvValue(start, flows);
  const startSign = signOf(atStart);
  if (startSign === 0) return { kind: 'unique', rate: start };
  // NPV → sign of the earliest flow as r → ∞, and of the latest as r → −1.
  const firstSign = flows[0] === undefined ? 0 : signOf(flows[0].amount);
  const upward = startSign !== firstSign;
  let previous: Bracketed = { rate: start, value: atStart };
  for (const r of trialRates(start, upward, start === hint)) {
    const value = npvValue(r, flows);
    if (signOf(value) !== startSign) {
      const here = { rate: r, value };
      return {
        kind: 'unique',
        rate: upward
          ? solveInBracket(flows, previous, here)
          : solveInBracket(flows, here, previous),
      };
    }
    previous = { rate: r, value };
  }
  return { kind: 'none', reason: 'out-of-range' };
}

/** Every root the fine ladder separates, for flows with several sign changes. */
function scannedRoots(flows: readonly PreparedFlow[]): IrrResult {
  const roots: Decimal[] = [];
  let previous: Bracketed | null = null;
  for (const r of FINE_LADDER) {
    const here = { rate: r, value: npvValue(r, flows) };
    const s = signOf(here.value);
    if (s === 0) {
      roots.push(r);
    } else if (previous !== null && !previous.value.isZero() && s !== signOf(previous.value)) {
      roots.push(solveInBracket(flows, previous, here));
    }
    previous = here;
  }
  const [only] = roots;
  if (roots.length === 1 && only !== undefined) return { kind: 'unique', rate: only };
  if (roots.length > 1) return { kind: 'several', rates: roots };
  return { kind: 'none', reason: 'out-of-range' };
}

/**
 * The periodic IRR of signed cash flows (t in whole periods or days). `hint`, a rate believed to
 * be near the root (the monthly IRR converted to days, say), only shortens the bracket search;
 * a wrong hint costs time, never correctness.
 */
export function solveIrr(cashFlows: readonly CashFlow[], hint?: Decimal): IrrResult {
  const flows = prepareFlows(cashFlows);
  const changes = signChanges(flows);
  if (changes === 0) return { kind: 'none', reason: 'one-signed' };
  if (changes === 1) return uniqueRoot(flows, hint);
  return scannedRoots(flows);
}
