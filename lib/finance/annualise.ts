/**
 * From a periodic IRR to annual figures (design.md §3, fixture README "aprIrr"/"aprEffective"):
 * nominal = periodic rate × periods per year (what 年化利率（单利） and the legal lines are compared
 * with), effective = (1 + periodic rate)^(periods per year) − 1 (复利, the IRR-effective rate).
 */
import { Decimal } from '@/lib/finance/decimal';

import type { Apr, AprMethod } from '@/lib/model/report';

import { formatPeriodicRate, formatRate } from './money';

export interface AnnualRates {
  nominal: Decimal;
  effective: Decimal;
}

/** `periodsPerYear` may be fractional: a 30-day single payment has 365/30 periods a year. */
export function annualise(periodic: Decimal, periodsPerYear: Decimal): AnnualRates {
  return {
    nominal: periodic.times(periodsPerYear),
    effective: periodic.plus(1).pow(periodsPerYear).minus(1),
  };
}

export const MONTHS_PER_YEAR = new Decimal(12);
export const DAYS_PER_YEAR = new Decimal(365);

/** The wire `Apr`: annual figures to 6 places, the periodic rate to 12 (see formatPeriodicRate). */
export function aprWire(
  method: AprMethod,
  periodic: Decimal,
  rates: AnnualRates,
  daily365: Decimal | null,
): Apr {
  return {
    nominal: formatRate(rates.nominal),
    effective: formatRate(rates.effective),
    method,
    periodic: formatPeriodicRate(periodic),
    daily365: daily365 === null ? null : formatRate(daily365),
  };
}
