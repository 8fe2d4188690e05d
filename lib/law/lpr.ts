/**
 * The one-year LPR as a step function of its change points (legal.md §6). 民间借贷规定第25条 measures
 * the private-lending cap against "合同成立时一年期贷款市场报价利率", so a lookup returns the latest
 * value published on or before the contract date. Values are decimal fractions.
 */
import { Decimal } from '@/lib/finance/decimal';
import type { LegalBasis, LprUsed } from '@/lib/model/report';
import { isIsoDate } from '@/lib/dates/iso';

interface LprPoint {
  readonly date: string;
  readonly value: string;
}

/** legal.md §6 "Machine-readable (1Y, %)": each change confirmed by a dated news item. */
const CHANGE_POINTS: readonly LprPoint[] = [
  { date: '2019-08-20', value: '0.0425' },
  { date: '2019-09-20', value: '0.042' },
  { date: '2019-11-20', value: '0.0415' },
  { date: '2020-02-20', value: '0.0405' },
  { date: '2020-04-20', value: '0.0385' },
  { date: '2021-12-20', value: '0.038' },
  { date: '2022-01-20', value: '0.037' },
  { date: '2022-08-22', value: '0.0365' },
  { date: '2023-06-20', value: '0.0355' },
  { date: '2023-08-21', value: '0.0345' },
  { date: '2024-07-22', value: '0.0335' },
  { date: '2024-10-21', value: '0.031' },
  { date: '2025-05-20', value: '0.03' },
];

/** The last monthly fixing confirmed by news ("10th straight month", 2026-03-20). */
export const LPR_CONFIRMED_THROUGH = '2026-03-20';
/**
 * The fixings of 2026-04-20 … 2026-08-20 appear only in a secondary table (legal.md §6,
 * UNVERIFIED); anything later is not in the table at all. Dates from here on get an
 * unconfirmed value.
 */
const LPR_UNCONFIRMED_FROM = '2026-04-20';
/** The newest fixing the table reports, so the popup can say how old the table is. */
export const LPR_TABLE_NEWEST = '2026-08-20';

export interface UserLpr {
  date: string;
  value: string;
}

const DECIMAL_FRACTION = /^0\.\d+$/;

/**
 * The one-year LPR in force on `date`. A value the borrower added wins when it is newer than the
 * last confirmed fixing (it can fill the unconfirmed months, never rewrite confirmed history).
 * Returns null before the first LPR (2019-08-20), when none was published yet.
 */
export function lprOn(date: string, userValues: readonly UserLpr[]): LprUsed | null {
  const user = userValues
    .filter((u) => isIsoDate(u.date) && DECIMAL_FRACTION.test(u.value))
    .filter((u) => u.date > LPR_CONFIRMED_THROUGH && u.date <= date)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .at(-1);
  if (user !== undefined) {
    return {
      value: user.value,
      date: user.date,
      confirmed: true,
      tableNewest: LPR_TABLE_NEWEST,
      userSupplied: true,
    };
  }
  const point = CHANGE_POINTS.filter((p) => p.date <= date).at(-1);
  if (point === undefined) return null;
  return {
    value: point.value,
    date: point.date,
    confirmed: date < LPR_UNCONFIRMED_FROM,
    tableNewest: LPR_TABLE_NEWEST,
    userSupplied: false,
  };
}

const LPR_SOURCE =
  'legal.md §6 (one news item per change point; fixing rule: https://english.www.gov.cn/archive/statistics/202105/20/content_WS60a5d094c6d0df57f98d9c93.html)';

/**
 * The LPR figure a finding rests on, as a basis of its own: a value from the unconfirmed rows
 * then turns the finding into a warning that says so, like any other unconfirmed basis.
 */
/** The instrument name of an LPR basis, so the runner can say what about it is uncertain. */
export const LPR_INSTRUMENT = '一年期贷款市场报价利率（LPR）';

export function lprBasis(lpr: LprUsed): LegalBasis {
  return {
    instrument: LPR_INSTRUMENT,
    article: `${lpr.date}公布值${new Decimal(lpr.value).times(100).toString()}%`,
    effective: lpr.date,
    source: lpr.userSupplied ? '您在设置页添加的数值' : LPR_SOURCE,
    confirmed: lpr.confirmed,
  };
}
