import { describe, expect, it } from 'vitest';

import type { LenderType } from '@/lib/model/terms';
import { rateScale } from '@/lib/view/chart';

import { sampleReport } from '../support/sample-report';

const withLender = (type: LenderType) => {
  const report = sampleReport();
  if (report.terms === null) throw new Error('sample has terms');
  return {
    ...report,
    terms: { ...report.terms, lenderType: type },
    lpr: {
      value: '0.03',
      date: '2025-05-20',
      confirmed: true,
      tableNewest: '2026-03-20',
      userSupplied: false,
    },
  };
};

describe('rateScale legal lines', () => {
  it.each(['private', 'small-loan', 'platform-unspecified', 'unknown'] as const)(
    'draws 4×LPR for %s lenders',
    (type) => {
      expect(rateScale(withLender(type))?.lines.map((l) => l.id)).toEqual([
        'lpr4',
        'line24',
        'line36',
      ]);
    },
  );

  it.each(['bank', 'consumer-finance'] as const)(
    'leaves 4×LPR out for %s lenders, whom it does not bind',
    (type) => {
      expect(rateScale(withLender(type))?.lines.map((l) => l.id)).toEqual(['line24', 'line36']);
    },
  );
});
