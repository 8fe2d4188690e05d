import { describe, expect, it } from 'vitest';

import {
  addDays,
  addMonths,
  addToDate,
  daysBetween,
  isIsoDate,
  isWeekendRoll,
  isoFromCalendar,
  weekday,
  wholeMonthsBetween,
} from '@/lib/dates/iso';

describe('the one date module', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-01-31', 2, '2026-03-31'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2026-01-15', 12, '2027-01-15'],
  ])('addMonths(%s, %i) = %s', (from, months, to) => {
    expect(addMonths(from, months)).toBe(to);
  });

  it.each([
    // A term's end clamps like a due date: one month from 01-31 is 02-28, never 03-03.
    ['2026-01-31', 1, 0, '2026-02-28'],
    ['2026-01-31', 1, 3, '2026-03-03'],
    ['2026-01-31', 0, 30, '2026-03-02'],
    ['2025-12-08', 12, 0, '2026-12-08'],
  ])('addToDate(%s, %i months, %i days) = %s', (from, months, days, to) => {
    expect(addToDate(from, months, days)).toBe(to);
  });

  it.each([
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['2026-04-31', false],
  ])('isIsoDate(%s) = %s', (iso, valid) => {
    expect(isIsoDate(iso)).toBe(valid);
  });

  it('builds dates from calendar parts and refuses impossible ones', () => {
    expect(isoFromCalendar(2026, 2, 1)).toBe('2026-02-01');
    expect(isoFromCalendar(2026, 2, 30)).toBeNull();
    expect(isoFromCalendar(2026, 0, 1)).toBeNull();
    expect(isoFromCalendar(2026, 1, 0)).toBeNull();
  });

  it('counts days and whole months', () => {
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
    expect(wholeMonthsBetween('2026-01-31', '2026-02-28')).toBe(1);
    expect(wholeMonthsBetween('2026-01-15', '2026-02-16')).toBeNull();
    expect(() => addMonths('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('due dates moved off a weekend', () => {
  it('knows the day of the week, also before 1970', () => {
    expect(['2026-07-10', '2026-07-11', '2026-07-12', '2026-07-13'].map(weekday)).toEqual([
      5, 6, 0, 1,
    ]);
    expect(weekday('1969-12-27')).toBe(6);
  });

  it('takes a Sunday moved to the Friday before or the Monday after as the same due day', () => {
    expect(isWeekendRoll('2026-07-10', '2026-07-12')).toBe(true);
    expect(isWeekendRoll('2026-07-13', '2026-07-12')).toBe(true);
    expect(isWeekendRoll('2026-09-11', '2026-09-12')).toBe(true);
    expect(isWeekendRoll('2026-09-14', '2026-09-12')).toBe(true);
  });

  it('takes no other move, nor a move of a weekday', () => {
    expect(isWeekendRoll('2026-07-11', '2026-07-12')).toBe(false);
    expect(isWeekendRoll('2026-07-09', '2026-07-12')).toBe(false);
    expect(isWeekendRoll('2026-08-14', '2026-08-12')).toBe(false);
  });
});
