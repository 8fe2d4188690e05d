/**
 * Round eighty-nine's last misread (a car dealer's floor-plan advance, 垫资): a record that shows
 * what is left of a figure over the whole of it ("待还本金： 185680 / 185680"); a fee rate with no
 * period whose period the notes' formula names ("手续费率（日）"); a fee listed for each car under
 * the whole fee they add up to.
 */
import { describe, expect, it } from 'vitest';
import { readTerms } from '@/lib/reader';
import { rawOf, readSpec } from '../support/raw';

const head: [string, string][] = [
  ['手续费率', '0.05%'],
  ['待还总额', '191250.4'],
];
const cars: [string, string][] = [
  ['垫资金额', '110880'],
  ['手续费', '3326.4'],
  ['垫资金额', '74800'],
  ['手续费', '2244'],
];
const notes = [
  '垫资期限：60天',
  '放款时间：2026-04-08 15:20:11',
  '2. 手续费 = 垫资金额 × 手续费率（日）× 垫资天数，到期与垫资本金一并归还；单笔垫资期限最长90天。',
];

describe('what is left over the whole', () => {
  it('reads the whole after the slash as the amount lent, in the value', () => {
    const t = readSpec({
      pairs: [...head, ['待还本金', '185680 / 185680'], ['待还手续费', '5570.4 / 5570.4'], ...cars],
      text: notes,
    });
    expect(t.principal).toBe('185680.00');
  });

  it('…or in the runs after it', () => {
    const t = readSpec({
      pairs: [...head, ['待还本金', '185680']],
      text: ['/', '185680', ...notes],
    });
    expect(t.principal).toBe('185680.00');
  });

  it('takes nothing from a slash between figures where more is left than the whole', () => {
    const t = readTerms(rawOf({ pairs: [...head, ['待还本金', '185680 / 5570.4']], text: notes }));
    expect(t?.principal ?? null).not.toBe('5570.40');
  });
});

describe("a fee rate whose period only the notes' formula names", () => {
  it('is a rate per day, which the total due then bears out', () => {
    const t = readSpec({ pairs: [...head, ['待还本金', '185680 / 185680']], text: notes });
    expect(t.statedRates.map((r) => `${r.kind}|${r.value}`)).toEqual(['daily|0.0005']);
    expect(t.reading?.checks.find((c) => c.id === 'per-period-vs-method')?.held).toBe(true);
  });

  it('stays a fee rate with no day where the formula names none', () => {
    const t = readSpec({
      pairs: [...head, ['待还本金', '185680 / 185680']],
      text: notes.map((s) => s.replace('（日）', '')),
    });
    expect(t.statedRates.map((r) => r.kind)).not.toContain('daily');
  });
});

describe('fees listed item by item under the whole they add up to', () => {
  it('is one fee, the whole, with nothing taken at payout', () => {
    const t = readSpec({
      pairs: [...head, ['待还本金', '185680 / 185680'], ['待还手续费', '5570.4 / 5570.4'], ...cars],
      text: notes,
    });
    expect(t.fees.map((f) => f.amount)).toEqual(['5570.40']);
    expect(t.received).toBe('185680.00');
  });

  it('keeps items that do not add up to it as fees of their own', () => {
    const t = readSpec({
      pairs: [
        ...head,
        ['待还本金', '185680 / 185680'],
        ['待还手续费', '5570.4 / 5570.4'],
        ['垫资金额', '110880'],
        ['手续费', '3326.4'],
        ['垫资金额', '74800'],
        ['手续费', '2000'],
      ],
      text: notes,
    });
    expect(t.fees.map((f) => f.amount).sort()).toContain('2000.00');
  });
});

describe('a fee rate whose label holds a bracket', () => {
  it('is read with no harm from the bracket', () => {
    const t = readSpec({
      pairs: [
        ['借款金额', '10000'],
        ['(账户管理费率', '0.5%'],
        ['借款期限', '12个月'],
      ],
      text: ['账户管理费(按月)收取'],
    });
    expect(t.principal).toBe('10000.00');
  });
});
