import { describe, expect, it } from 'vitest';

import {
  annualRateKinds,
  feeWhens,
  isLoanCost,
  lenderTypes,
  ratePeriod,
  rateKinds,
  shortPeriodRateKinds,
  type RateKind,
} from '@/lib/model/vocabulary';
import { feeWhenSchema, lenderTypeSchema, rateKindSchema } from '@/lib/model/vocabulary-schemas';
import { rateKind } from '@/lib/reader/rates';

describe('the concept vocabulary', () => {
  it('partitions the rate kinds into annual and short-period, with nothing left over', () => {
    expect([...annualRateKinds, ...shortPeriodRateKinds].sort()).toEqual([...rateKinds].sort());
    expect(annualRateKinds.filter((k) => shortPeriodRateKinds.includes(k))).toEqual([]);
  });

  it.each<[RateKind, 'day' | 'month' | 'year']>([
    ['daily', 'day'],
    ['monthly', 'month'],
    ['fee-rate-monthly', 'month'],
    ['annual-simple', 'year'],
    ['annual-irr', 'year'],
    ['annual-compound', 'year'],
    ['comprehensive-annual', 'year'],
  ])('%s is stated per %s', (kind, period) => {
    expect(ratePeriod(kind)).toBe(period);
  });

  it('counts charges of the loan itself as its cost, not overdue or prepayment charges', () => {
    expect(feeWhens.filter(isLoanCost)).toEqual(['upfront', 'periodic', 'once']);
  });

  it('derives the zod enums from the same lists', () => {
    expect(rateKindSchema.options).toEqual(rateKinds);
    expect(lenderTypeSchema.options).toEqual(lenderTypes);
    expect(feeWhenSchema.options).toEqual(feeWhens);
    expect(rateKindSchema.safeParse('weekly').success).toBe(false);
  });
});

describe('rateKind: a label (and the value’s unit) → a kind of the vocabulary', () => {
  it.each<[string, 'day' | 'month' | 'year' | null, RateKind | null]>([
    ['日利率', null, 'daily'],
    ['日息', null, 'daily'],
    // A daily fee rate is a rate per day, not a monthly 手续费率.
    ['日费率', null, 'daily'],
    ['每日服务费率', null, 'daily'],
    ['服务费率', 'day', 'daily'],
    ['月利率', null, 'monthly'],
    ['月息', null, 'monthly'],
    ['利率', 'month', 'monthly'],
    ['每期手续费率', null, 'fee-rate-monthly'],
    ['手续费率', 'month', 'fee-rate-monthly'],
    ['年化利率（单利）', null, 'annual-simple'],
    ['年利率', null, 'annual-simple'],
    ['利率', 'year', 'annual-simple'],
    ['年化利率（IRR）', null, 'annual-irr'],
    ['年化利率（复利）', null, 'annual-compound'],
    ['综合年化成本', null, 'comprehensive-annual'],
    ['综合年化费率', null, 'comprehensive-annual'],
    ['利率', null, null],
  ])('%s (per %s) → %s', (label, per, kind) => {
    expect(rateKind(label, per)).toBe(kind);
  });
});
