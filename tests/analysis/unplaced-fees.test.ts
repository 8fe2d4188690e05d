/**
 * A fee the page names with its amount but not when it is charged, in no instalment (a back
 * office's loan form: "贷款手续费：2,000 元 · 贷款保险：1,000 元"), is left out of the cash flows —
 * never guessed in — and no check may then give an all-clear the fee could overturn.
 */
import { describe, expect, it } from 'vitest';

import { analyseExtraction } from '@/lib/analysis/analyse';
import type { Report } from '@/lib/model/report';
import { UNPLACED_FEE } from '@/lib/model/terms';
import { verdictOf } from '@/lib/view/verdict';
import { rawOf, tableOf, type RawSpec } from '../support/raw';

const dates = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 4).padStart(2, '0')}-02`);
dates.splice(9, 3, '2027-01-02', '2027-02-02', '2027-03-02');

/** 24,000 lent on 2026-03-02, 12 × (2,000 + 120): 0.5 % a month on the original principal. */
const page = (fees: [string, string][]): RawSpec => ({
  pairs: [
    ['申请本金', '24,000 元'],
    ['利率', '0.5% 每月'],
    ['期数', '12'],
    ['发放日期', '2026-03-02'],
    ...fees,
  ],
  tables: [
    tableOf(
      ['应还日期', '应还本金', '应还利息'],
      dates.map((d) => [d, '2,000', '120']),
    ),
  ],
});

// (The page's other findings — a monthly rate only, no contract shown, interest on the original
// principal — are failed on their own; the verdict is looked at without them.)
const withoutFails = (r: Report): Report => ({
  ...r,
  findings: r.findings.filter((f) => f.outcome !== 'fail'),
});

const analysed = (spec: RawSpec) =>
  analyseExtraction(rawOf(spec), {
    input: 'test',
    settings: { lenderTypeOverride: null, userLpr: [] },
    now: '2026-06-01T00:00:00.000Z',
  });

describe('fees the page does not time', () => {
  it('gives a ✓ on the loan alone', () => {
    const report = analysed(page([]));
    expect(report.apr?.nominal).toBe('0.108964');
    expect(report.findings.find((f) => f.id === 'cost-over-24')?.outcome).toBe('pass');
    expect(verdictOf(withoutFails(report)).kind).toBe('clean');
  });

  it('withholds it where the fees, taken at payout, would cross 24 %', () => {
    const report = analysed(
      page([
        ['贷款手续费', '2,000 元'],
        ['贷款保险', '1,000 元'],
      ]),
    );
    // The rate shown is the loan's without the fees, as before; they are named, never guessed in.
    expect(report.terms?.received).toBe('24000.00');
    expect(report.terms?.unreadable.filter((u) => u.reason === UNPLACED_FEE)).toHaveLength(2);
    // …said as what it is, not as a figure that could not be read.
    expect(
      report.notes.map((n) => ('label' in n.data ? `${n.code}|${n.data.label}` : n.code)),
    ).toEqual(['fee-not-placed|贷款手续费', 'fee-not-placed|贷款保险']);
    const cost = report.findings.find((f) => f.id === 'cost-over-24');
    expect(cost?.outcome).toBe('incomplete');
    expect(cost?.explanation.zh).toContain('「贷款手续费2,000.00元」、「贷款保险1,000.00元」');
    expect(verdictOf(withoutFails(report)).kind).toBe('fees-unplaced');
  });
});
