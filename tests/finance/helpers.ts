import { expect } from 'vitest';

import { Decimal } from '@/lib/finance/decimal';

/** `actual` (a decimal string or Decimal) equals `expected` within `tolerance`. */
export function expectNear(
  actual: string | Decimal,
  expected: string,
  tolerance = '0.0000006',
): void {
  const gap = new Decimal(actual).minus(expected).abs();
  expect(
    gap.lte(tolerance),
    `${new Decimal(actual).toString()} vs ${expected} (±${tolerance})`,
  ).toBe(true);
}
