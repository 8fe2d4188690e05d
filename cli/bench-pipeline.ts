/**
 * The whole background pipeline on loans given as JSON (design.md §8: parse + IRR + all rules,
 * 360-period schedule, ≤ 20 ms median): what the service worker does after the scanner returns.
 */
import { analyseTerms } from '../lib/analysis/analyse';
import { Decimal } from '../lib/finance/decimal';
import { addMonths } from '../lib/dates/iso';
import { parseLoanInput } from '../lib/finance/index';
import { defaultSettings } from '../lib/storage/settings';

import { termsFromLoanInput } from './audit-terms';
import { medianMs } from './bench-stats';

const RUNS = 30;
const BUDGET_MS = 20;

/** A dated 等额本息 loan at 1.5%/month with 3% kept back at disbursement, as `--terms` JSON. */
function loanJson(n: number): string {
  const principal = new Decimal(100000);
  const r = new Decimal('0.015');
  const payment = principal
    .times(r)
    .div(new Decimal(1).minus(r.plus(1).pow(-n)))
    .toFixed(2);
  return JSON.stringify({
    principal: principal.toFixed(2),
    received: principal.times('0.97').toFixed(2),
    disbursedOn: '2026-01-15',
    payments: Array.from({ length: n }, (_, i) => ({
      amount: payment,
      dueDate: addMonths('2026-01-15', i + 1),
    })),
    statedRates: [{ label: '年化利率（单利）', value: '0.18' }],
  });
}

function audit(text: string): void {
  const parsed = parseLoanInput(JSON.parse(text) as unknown);
  if (!parsed.ok) throw new Error(parsed.message);
  for (const loan of parsed.loans) {
    analyseTerms(termsFromLoanInput(loan), {
      input: 'bench',
      url: '',
      title: '',
      settings: defaultSettings,
      now: '2026-11-25T00:00:00Z',
    });
  }
}

export function benchPipeline(): string[] {
  const lines = [`parse + IRR + all rules (analyseTerms), median of ${RUNS} runs:`];
  for (const n of [12, 36, 360]) {
    const text = loanJson(n);
    const ms = medianMs(() => {
      audit(text);
    }, RUNS);
    const budget =
      n === 360 ? `   budget ${BUDGET_MS} ms: ${ms <= BUDGET_MS ? 'within' : 'OVER'}` : '';
    lines.push(`  ${String(n).padStart(3)} periods: ${ms.toFixed(2).padStart(7)} ms${budget}`);
  }
  return lines;
}
