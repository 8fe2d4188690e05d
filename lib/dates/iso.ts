/**
 * The one date module: ISO calendar dates (YYYY-MM-DD) for the parser, the schedules, the rules
 * and the law tables. Dates are whole days since 1970-01-01 (UTC), so there is no time zone or
 * daylight-saving drift, and a month added to the 31st ends on the next month's last day
 * (2026-01-31 + 1 month = 2026-02-28) wherever months are added. ISO dates compare correctly as
 * strings.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a valid ISO calendar date, or null (2026-02-30 is not a date). */
export function dayNumber(iso: string): number | null {
  const match = ISO_DATE.exec(iso);
  if (match === null) return null;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (
    back.getUTCFullYear() !== year ||
    back.getUTCMonth() !== month - 1 ||
    back.getUTCDate() !== day
  )
    return null;
  return ms / MS_PER_DAY;
}

/** The day of the week, 0 for Sunday to 6 for Saturday (1970-01-01 was a Thursday), or null. */
export function weekday(iso: string): number | null {
  const n = dayNumber(iso);
  // (Before 1970 the day number is negative, and % keeps its sign.)
  return n === null ? null : (((n + 4) % 7) + 7) % 7;
}

/**
 * A due date that falls on a weekend moved to the Friday before it or the Monday after it, as
 * repayment systems do ("遇周末提前/顺延至工作日"): the plan is still the one the contract dates.
 */
export function isWeekendRoll(actual: string, nominal: string): boolean {
  const day = weekday(nominal);
  if (day !== 0 && day !== 6) return false;
  const moved = daysBetween(nominal, actual);
  return day === 6 ? moved === -1 || moved === 2 : moved === -2 || moved === 1;
}

export function isIsoDate(iso: string): boolean {
  return dayNumber(iso) !== null;
}

/** The ISO date of a calendar year, month and day, or null when there is no such day. */
export function isoFromCalendar(year: number, month: number, day: number): string | null {
  const iso = isoFromParts(year, month, day);
  return month >= 1 && month <= 12 && isIsoDate(iso) ? iso : null;
}

function isoFromParts(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * `iso` moved by `months` calendar months, on day-of-month `day` (default: the day of `iso`),
 * clamped to the month's last day: a loan disbursed on 01-31 falls due on 02-28, then 03-31.
 */
export function addMonths(iso: string, months: number, day?: number): string {
  const start = dayNumber(iso);
  if (start === null) throw new RangeError(`not an ISO date: ${iso}`);
  const date = new Date(start * MS_PER_DAY);
  const monthIndex = date.getUTCMonth() + months;
  const year = date.getUTCFullYear() + Math.floor(monthIndex / 12);
  const month = (((monthIndex % 12) + 12) % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return isoFromParts(year, month, Math.min(day ?? date.getUTCDate(), lastDay));
}

/** `iso` plus `days` calendar days. */
export function addDays(iso: string, days: number): string {
  const start = dayNumber(iso);
  if (start === null) throw new RangeError(`not an ISO date: ${iso}`);
  return new Date((start + days) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** `iso` plus whole months (clamped to the month's end, as `addMonths`), then days: a term's end. */
export function addToDate(iso: string, months: number, days: number): string {
  return addDays(addMonths(iso, months), days);
}

/** Actual days from `from` to `to` (negative when `to` is earlier). Both must be valid dates. */
export function daysBetween(from: string, to: string): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (a === null || b === null) throw new RangeError(`not an ISO date: ${a === null ? from : to}`);
  return b - a;
}

/** Whole calendar months from `from` to `to` when `to` is exactly such an anniversary, else null. */
export function wholeMonthsBetween(from: string, to: string): number | null {
  const days = daysBetween(from, to);
  if (days <= 0) return null;
  const startDay = Number(from.slice(8, 10));
  for (let months = 1; months <= Math.ceil(days / 28); months += 1) {
    const candidate = addMonths(from, months, startDay);
    if (candidate === to) return months;
    if (candidate > to) return null;
  }
  return null;
}
