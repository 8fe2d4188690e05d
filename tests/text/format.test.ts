import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { formatMoney, formatRate } from '@/lib/text/format';

describe('formatMoney', () => {
  it.each([
    ['10000', '10,000.00'],
    ['9200.5', '9,200.50'],
    ['899.745', '899.75'],
    ['899.744', '899.74'],
    ['0.005', '0.01'],
    ['-1234567.891', '-1,234,567.89'],
    ['999.995', '1,000.00'],
    ['-0.001', '0.00'],
  ])('%s → %s', (input, expected) => {
    expect(formatMoney(input)).toBe(expected);
  });

  it('agrees with integer cent arithmetic for any amount', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 13n }),
        fc.integer({ min: 0, max: 999 }),
        (whole, milli) => {
          const text = `${whole}.${String(milli).padStart(3, '0')}`;
          const cents = whole * 100n + BigInt(Math.floor(milli / 10)) + (milli % 10 >= 5 ? 1n : 0n);
          const expected = `${(cents / 100n).toLocaleString('en-US')}.${String(cents % 100n).padStart(2, '0')}`;
          expect(formatMoney(text)).toBe(expected);
        },
      ),
    );
  });
});

describe('formatRate', () => {
  it.each([
    ['0.275656', '27.57%'],
    ['0.144', '14.40%'],
    ['0.24', '24.00%'],
    ['0.240049', '24.00%'],
    ['0.240050', '24.01%'],
    ['12.5', '1250.00%'],
    ['-0.05', '-5.00%'],
    ['0', '0.00%'],
    ['-0.00001', '0.00%'],
    ['0.12345', '12.35%'],
  ])('%s → %s', (input, expected) => {
    expect(formatRate(input)).toBe(expected);
  });
});
