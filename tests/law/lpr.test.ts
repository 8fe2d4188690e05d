import { describe, expect, it } from 'vitest';
import { LPR_TABLE_NEWEST, lprOn } from '@/lib/law/lpr';
import { fourTimesLpr, privateLendingRegime } from '@/lib/law/lines';

describe('lprOn', () => {
  it('uses the value published on the day it changed, and the old one the day before', () => {
    expect(lprOn('2022-08-22', [])?.value).toBe('0.0365');
    expect(lprOn('2022-08-21', [])?.value).toBe('0.037');
    expect(lprOn('2025-05-20', [])).toMatchObject({
      value: '0.03',
      date: '2025-05-20',
      confirmed: true,
    });
  });

  it('has no LPR before the first fixing on 2019-08-20', () => {
    expect(lprOn('2019-08-19', [])).toBeNull();
    expect(lprOn('2019-08-20', [])?.value).toBe('0.0425');
  });

  it('marks the reported 2026-04-20 … values and later dates unconfirmed', () => {
    expect(lprOn('2026-04-19', [])?.confirmed).toBe(true);
    expect(lprOn('2026-04-20', [])?.confirmed).toBe(false);
    expect(lprOn('2027-01-01', [])).toMatchObject({
      confirmed: false,
      tableNewest: LPR_TABLE_NEWEST,
    });
  });

  it('lets a newer value the borrower added win, but never rewrite confirmed history', () => {
    const user = [
      { date: '2026-06-22', value: '0.029' },
      { date: '2024-01-01', value: '0.05' },
    ];
    expect(lprOn('2026-07-01', user)).toMatchObject({
      value: '0.029',
      date: '2026-06-22',
      userSupplied: true,
    });
    expect(lprOn('2026-06-21', user)).toMatchObject({ value: '0.03', userSupplied: false });
    expect(lprOn('2024-06-01', user)?.value).toBe('0.0345');
  });

  it('ignores malformed user values', () => {
    expect(lprOn('2026-07-01', [{ date: '2026-06-22', value: '2.9%' }])?.userSupplied).toBe(false);
  });
});

describe('legal lines', () => {
  it('4 × LPR', () => {
    expect(
      fourTimesLpr({
        value: '0.0385',
        date: '2020-04-20',
        confirmed: true,
        tableNewest: '',
        userSupplied: false,
      }),
    ).toBe('0.154');
  });

  it('switches private lending to 4 × LPR on 2020-08-20 (民间借贷规定第31条)', () => {
    expect(privateLendingRegime('2020-08-19')).toBe('legacy');
    expect(privateLendingRegime('2020-08-20')).toBe('lpr');
  });
});
