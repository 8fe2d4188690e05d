/**
 * The catalogue against the shared fixture corpus: each truth fact must come out as the matching
 * rule's outcome. Not-a-loan cases never reach the rules (terms null), so they are skipped.
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from '@/lib/finance/decimal';
import { runRules } from '@/lib/rules/run';
import type { Finding } from '@/lib/model/report';
import {
  sharedCases,
  sharedFixturesAvailable,
  sharedFixturesSkipReason,
} from '../support/shared-fixtures';
import { truthContext } from './support/truth-context';

const FAIR = ['01', '08', '12', '14'];

const loans = sharedCases().filter((c) => c.truth['kind'] !== 'not-a-loan');

function outcome(findings: Finding[], id: string): string | undefined {
  return findings.find((f) => f.id === id)?.outcome;
}

/** true → fail, false → pass, null → the given "no fact" outcome. */
function expected(fact: unknown, absent: string): string {
  return fact === true ? 'fail' : fact === false ? 'pass' : absent;
}

describe.skipIf(!sharedFixturesAvailable)(
  `rules against the shared fixture truth${sharedFixturesAvailable ? '' : ` (skipped: ${sharedFixturesSkipReason})`}`,
  () => {
    it('has loan cases to check', () => {
      expect(loans.length).toBeGreaterThanOrEqual(14);
    });

    describe.each(loans.map((c) => [c.name, c] as const))('%s', (name, c) => {
      const facts = c.truth['facts'] as Record<string, unknown>;
      const { findings, lenderType } = runRules(truthContext(c));

      it('keeps the truth lender type', () => {
        expect(lenderType).toBe(c.truth['lenderType']);
      });

      it('upfrontDeduction → upfront-deduction', () => {
        expect(outcome(findings, 'upfront-deduction')).toBe(
          expected(facts['upfrontDeduction'], 'incomplete'),
        );
      });

      it('aprOver24 → cost-over-24, aprOver36 → cost-over-36', () => {
        expect(outcome(findings, 'cost-over-24')).toBe(expected(facts['aprOver24'], 'incomplete'));
        expect(outcome(findings, 'cost-over-36')).toBe(expected(facts['aprOver36'], 'incomplete'));
      });

      it('aprOverFourLpr → cost-over-4x-lpr (private lending only)', () => {
        const want =
          'aprOverFourLpr' in facts
            ? expected(facts['aprOverFourLpr'], 'incomplete')
            : 'inapplicable';
        expect(outcome(findings, 'cost-over-4x-lpr')).toBe(want);
      });

      it('statedAnnualUnderstated → apr-understated (the 0.5 pp threshold is the truth’s)', () => {
        expect(outcome(findings, 'apr-understated')).toBe(
          expected(facts['statedAnnualUnderstated'], 'inapplicable'),
        );
        const diff = facts['statedAnnualDiffPp'];
        if (typeof diff === 'string') {
          expect(new Decimal(diff).greaterThan('0.5')).toBe(facts['statedAnnualUnderstated']);
        }
      });

      it('onlyDailyOrMonthlyRateShown → apr-missing', () => {
        expect(outcome(findings, 'apr-missing')).toBe(
          expected(facts['onlyDailyOrMonthlyRateShown'], 'incomplete'),
        );
      });

      it('overduePenaltyOver24 → overdue-penalty-excessive (private lending: 4×LPR)', () => {
        const f = findings.find((x) => x.id === 'overdue-penalty-excessive');
        const total = facts['overduePenaltyAnnualized'];
        if (typeof total === 'string')
          expect(f?.data['totalAnnualised']).toBe(new Decimal(total).toString());
        const fact =
          c.truth['lenderType'] === 'private' && typeof total === 'string'
            ? new Decimal(total).greaterThan(facts['fourLprCap'] as string)
            : facts['overduePenaltyOver24'];
        expect(f?.outcome).toBe(expected(fact, 'incomplete'));
      });

      it('prepaymentPenalty → prepayment-charge', () => {
        const want =
          facts['prepaymentPenalty'] === true
            ? 'fail'
            : 'prepaymentTerms' in facts
              ? 'pass'
              : 'incomplete';
        expect(outcome(findings, 'prepayment-charge')).toBe(want);
      });

      it.runIf(FAIR.some((n) => name.startsWith(n)))('raises no violation on a fair loan', () => {
        expect(findings.filter((f) => f.outcome === 'fail' && f.severity === 'violation')).toEqual(
          [],
        );
      });

      it('fills every text', () => {
        for (const f of findings) {
          expect(f.explanation.zh).not.toMatch(/\{[A-Za-z]+\}/);
          expect(f.explanation.en).not.toMatch(/\{[A-Za-z]+\}/);
        }
      });
    });
  },
);
