/**
 * Rate-engine benchmark (design.md budgets): median time of computeApr on 12-, 36- and 360-period
 * schedules, parse included, beside the float-only `financial` package (a port of numpy-financial)
 * on the same flows, and how both fare on the solver-robustness vectors of anchors.md §7.6.
 * `benchFinance()` returns printable lines; the bench CLI prints them.
 */
import { irr as floatIrr } from 'financial';

import { Decimal } from '../lib/finance/decimal';
import { addMonths } from '../lib/dates/iso';
import { computeApr, solveIrr, type IrrResult, type LoanInput } from '../lib/finance/index';

import { medianMs } from './bench-stats';

const RUNS = 50;
/** design.md: a 360-period schedule, parse included, within 20 ms. */
const BUDGET_360_MS = 20;

const time = (task: () => unknown): number => medianMs(task, RUNS);

/** A dated 等额本息 loan at 1.5%/month with a 3% fee deducted, as the --terms JSON text. */
function loanJson(n: number): string {
  const principal = new Decimal(100000);
  const rate = new Decimal('0.015');
  const payment = principal
    .times(rate)
    .div(new Decimal(1).minus(rate.plus(1).pow(-n)))
    .toFixed(2);
  const loan: LoanInput = {
    principal: principal.toFixed(2),
    received: principal.times('0.97').toFixed(2),
    disbursedOn: '2026-01-15',
    payments: Array.from({ length: n }, (_, i) => ({
      amount: payment,
      dueDate: addMonths('2026-01-15', i + 1),
    })),
  };
  return JSON.stringify(loan);
}

function ms(value: number): string {
  return `${value.toFixed(2)} ms`;
}

function timingLines(): string[] {
  const lines = [
    `computeApr, median of ${RUNS} runs (JSON.parse + computeApr; dated, so monthly and daily IRR):`,
  ];
  for (const n of [12, 36, 360]) {
    const text = loanJson(n);
    const ours = time(() => computeApr(JSON.parse(text) as LoanInput));
    const loan = JSON.parse(text) as LoanInput;
    const floats = [Number(loan.received), ...loan.payments.map((p) => -Number(p.amount))];
    const theirs = time(() => floatIrr(floats));
    const budget =
      n === 360 ? `  budget ${BUDGET_360_MS} ms: ${ours <= BUDGET_360_MS ? 'within' : 'OVER'}` : '';
    lines.push(
      `  ${String(n).padStart(3)} periods: ${ms(ours).padStart(9)}   financial.irr (float, monthly only) ${ms(theirs).padStart(8)}   ratio ×${(ours / Math.max(theirs, 1e-6)).toFixed(0)}${budget}`,
    );
  }
  return lines;
}

interface Vector {
  name: string;
  flows: number[];
  /** Every real root per period; a right answer names all of them (one root: that root). */
  roots: number[];
}

/** anchors.md §7.6; the XIRR vectors are dated and out of scope for a periodic float IRR. */
const VECTORS: Vector[] = [
  {
    name: 'npf#28 [-50,-100,600,300,-100]',
    flows: [-50, -100, 600, 300, -100],
    roots: [-0.7689, 1.8544],
  },
  {
    name: 'npf#44 8 flows ending in -1',
    flows: [-1678.87, 771.96, 1814.05, 3520.3, 3552.95, 3584.99, 4789.91, -1],
    roots: [-0.99979, 1.00427],
  },
  {
    name: 'npf#131 37,155 / 144 × 560',
    flows: [-37155, ...Array<number>(144).fill(560)],
    roots: [0.012581796],
  },
  { name: 'formula.js#174 [-15000, 6630]', flows: [-15000, 6630], roots: [-0.558] },
  {
    name: '-10000 + 16 × 327.24625',
    flows: [-10000, ...Array<number>(16).fill(327.24625)],
    roots: [-0.067654],
  },
  {
    name: 'pyxirr#24 1 outflow + 480 inflows',
    flows: [-172545.848122807, ...Array<number>(480).fill(787.735232517999)],
    roots: [0.0038401],
  },
];

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-4 * Math.max(1, Math.abs(b));
}

function judge(found: number[], roots: number[]): string {
  const hits = roots.filter((root) => found.some((f) => close(f, root)));
  if (found.length === 0) return 'no answer';
  if (hits.length === roots.length && found.length === roots.length)
    return roots.length > 1 ? 'right (all roots)' : 'right';
  if (hits.length > 0) return `one root of ${roots.length}, silently`;
  return `WRONG (${found.map((f) => f.toPrecision(6)).join(', ')})`;
}

function ourRoots(result: IrrResult): number[] {
  if (result.kind === 'unique') return [Number(result.rate.toString())];
  if (result.kind === 'several') return result.rates.map((r) => Number(r.toString()));
  return [];
}

function robustnessLines(): string[] {
  const lines = ['solver-robustness vectors (anchors.md §7.6): LoanLens | financial.irr'];
  for (const vector of VECTORS) {
    const ours = judge(
      ourRoots(solveIrr(vector.flows.map((a, t) => ({ t, amount: new Decimal(String(a)) })))),
      vector.roots,
    );
    const raw = floatIrr(vector.flows);
    const theirs = judge(Number.isFinite(raw) ? [raw] : [], vector.roots);
    lines.push(`  ${vector.name.padEnd(36)} ${ours.padEnd(20)} | ${theirs}`);
  }
  return lines;
}

export async function benchFinance(): Promise<string[]> {
  await Promise.resolve();
  return [...timingLines(), ...robustnessLines()];
}
