/**
 * A newer one-year LPR the borrower types in the options page ("2.90", published "2026-09-22"):
 * read with the page parser, never through a float, and kept only where the table has no
 * confirmed value (lpr.ts ignores user values dated on or before LPR_CONFIRMED_THROUGH).
 */
import { Decimal } from '@/lib/finance/decimal';
import { parseDate } from '@/lib/parse/date';
import { parseRate } from '@/lib/parse/rate';

import { LPR_CONFIRMED_THROUGH } from './lpr';

export type UserLprEntry =
  | { ok: true; date: string; value: string }
  | { ok: false; problem: 'date' | 'too-early' | 'value' };

export function readUserLpr(dateText: string, percentText: string): UserLprEntry {
  const date = parseDate(dateText);
  if (!('value' in date)) return { ok: false, problem: 'date' };
  if (date.value <= LPR_CONFIRMED_THROUGH) return { ok: false, problem: 'too-early' };
  // The page parser reads "7.2%-24%" as a range, so a sign is refused here, not read past.
  if (/[-−+]/.test(percentText)) return { ok: false, problem: 'value' };
  const rate = parseRate(`${percentText.trim().replace(/%$/, '')}%`);
  if (!('value' in rate)) return { ok: false, problem: 'value' };
  const value = new Decimal(rate.value.value);
  // One-year LPRs have stayed between 2% and 5%; outside 0.5%–10% it is a typing mistake.
  if (value.lt('0.005') || value.gt('0.1') || value.decimalPlaces() > 6)
    return { ok: false, problem: 'value' };
  return { ok: true, date: date.value, value: rate.value.value };
}
