/** The one understatement check: stated rates against the computed one (design.md §3). */
import { describe, expect, it } from 'vitest';

import { computeApr } from '@/lib/finance';
import type { Apr } from '@/lib/model/report';
import type { RateKind } from '@/lib/model/terms';
import {
  comparableApr,
  isUnderstated,
  statedAsAnnual,
  understatement,
} from '@/lib/rules/understatement';

import { expectNear } from '../finance/helpers';

import {
  sharedCases,
  sharedFixturesAvailable,
  sharedFixturesSkipReason,
} from '../support/shared-fixtures';

const apr: Apr = {
  nominal: '0.275656',
  effective: '0.313293',
  method: 'monthly',
  periodic: '0.022971365107',
  daily365: null,
};

describe('stated rates against the computed one', () => {
  it.each([
    ['daily', '0.0005', '0.1825'],
    ['monthly', '0.013', '0.156'],
    ['fee-rate-monthly', '0.006', '0.072'],
    ['annual-simple', '0.156', '0.156'],
    ['annual-compound', '0.04', '0.04'],
  ] as const)('%s %s → %s a year', (kind, value, annual) => {
    expect(statedAsAnnual(kind, value).equals(annual)).toBe(true);
  });

  it('only 复利 is compared with the effective figure', () => {
    expect(comparableApr('annual-compound', apr)).toBe(apr.effective);
    for (const kind of ['annual-simple', 'annual-irr', 'comprehensive-annual', 'daily'] as const)
      expect(comparableApr(kind, apr)).toBe(apr.nominal);
  });

  it('case 03: 15.60% stated against 27.5656% understates by 11.9656 pp', () => {
    expect(understatement({ kind: 'annual-simple', value: '0.156' }, apr).toFixed(6)).toBe(
      '0.119656',
    );
    expect(isUnderstated({ kind: 'annual-simple', value: '0.156' }, apr)).toBe(true);
  });

  it('a monthly rate is annualised before the comparison', () => {
    expect(understatement({ kind: 'monthly', value: '0.013' }, apr).toFixed(6)).toBe('0.119656');
  });

  it('tolerance: 0.5 pp by default, strictly above', () => {
    expect(isUnderstated({ kind: 'annual-simple', value: '0.270656' }, apr)).toBe(false); // exactly 0.5 pp
    expect(isUnderstated({ kind: 'annual-simple', value: '0.270655' }, apr)).toBe(true);
  });
});

interface StatedTruth {
  kind: RateKind;
  value: string;
  primary?: boolean;
}

const withPrimary = sharedCases().filter((c) =>
  (c.truth.statedRates as StatedTruth[] | undefined)?.some((r) => r.primary),
);

describe.skipIf(!sharedFixturesAvailable)(
  `fixture primary rates (${sharedFixturesAvailable ? 'found' : sharedFixturesSkipReason})`,
  () => {
    it.each(withPrimary.map((c) => [c.name, c] as const))(
      '%s: statedAnnualDiffPp and statedAnnualUnderstated',
      (_name, fixture) => {
        const truth = fixture.truth as {
          received: string;
          termDays: number | null;
          disbursementDate: string | null;
          payments: { amount: string; dueDate: string | null }[];
          statedRates: StatedTruth[];
          facts: { statedAnnualDiffPp: string; statedAnnualUnderstated: boolean };
        };
        const outcome = computeApr({
          received: truth.received,
          payments: truth.payments,
          termDays: truth.termDays,
          ...(truth.disbursementDate === null ? {} : { disbursedOn: truth.disbursementDate }),
        });
        if (!outcome.ok) throw new Error(outcome.problem.code);
        const primary = truth.statedRates.find((r) => r.primary);
        if (primary === undefined) throw new Error('no primary');
        // The corpus takes the gap from the unrounded aprIrr, we from the 6-place wire figure: they
        // may differ by half a unit of its last place, 0.00005 pp.
        expectNear(
          understatement(primary, outcome.apr).times(100),
          truth.facts.statedAnnualDiffPp,
          '0.00005',
        );
        expect(isUnderstated(primary, outcome.apr, '0.005')).toBe(
          truth.facts.statedAnnualUnderstated,
        );
      },
    );
  },
);
