/**
 * Round eighty-four: a clause that states a fee's rate with a note on its basis before the figure
 * ("2.7 分期手续费年化费率（单利）：3.60%。") states a rate of the loan, as "年利率（单利）：3.60%" does.
 */
import { describe, expect, it } from 'vitest';
import { readSpec } from '../support/raw';

const PLAN: [string, string][] = [
  ['分期本金', '28,800.00元'],
  ['分期期数', '36期'],
  ['每期应还', '886.40元'],
];

describe('a fee rate with a note in brackets', () => {
  it('is read from the clause', () => {
    const t = readSpec({ pairs: PLAN, text: ['2.7 分期手续费年化费率（单利）：3.60%。'] });
    expect(t.statedRates.map((r) => [r.kind, r.value])).toContainEqual(['annual-simple', '0.036']);
  });

  it('is not read when the note is a clause of its own', () => {
    const t = readSpec({
      pairs: PLAN,
      text: ['分期手续费年化费率（按单利计算，详见附件三的说明）：3.60%。'],
    });
    expect(t.statedRates.map((r) => r.value)).not.toContain('0.036');
  });
});
