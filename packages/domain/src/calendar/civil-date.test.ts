import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addWeeks,
  compareDates,
  daysBetween,
  daysInMonth,
  isLeapYear,
  isoDateSchema,
  maxDate,
  minDate,
  weekdayOf,
} from './civil-date.ts';

describe('addMonths', () => {
  it.each([
    // month ends clamp to the shorter month's last day
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-01-31', 3, '2026-04-30'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2027-11-30', 3, '2028-02-29'],
    ['2026-08-31', 3, '2026-11-30'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2026-08-31', 4, '2026-12-31'],
    // leap day
    ['2028-02-29', 12, '2029-02-28'],
    ['2028-02-29', 48, '2032-02-29'],
    ['2028-02-29', 1, '2028-03-29'],
    // across year ends, and backwards
    ['2026-10-15', 3, '2027-01-15'],
    ['2027-03-31', -1, '2027-02-28'],
    ['2027-01-15', -1, '2026-12-15'],
    ['2026-05-17', 0, '2026-05-17'],
    ['2026-05-17', 12, '2027-05-17'],
  ])('%s + %i months is %s', (from, n, expected) => {
    expect(addMonths(from, n)).toBe(expected);
  });

  it('keeps years below 100 as they are rather than reading them as 19xx', () => {
    expect(addMonths('0099-12-31', 2)).toBe('0100-02-28');
  });
});

describe('addDays and addWeeks', () => {
  it.each([
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-10-24', 2, '2026-10-26'],
    ['2026-10-25', -1, '2026-10-24'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
  ])('%s + %i days is %s, including over the daylight-saving weekends', (from, n, expected) => {
    expect(addDays(from, n)).toBe(expected);
  });

  it('counts 40 weeks as 280 days', () => {
    expect(addWeeks('2026-11-09', 40)).toBe('2027-08-16');
    expect(addWeeks('2026-11-09', 40)).toBe(addDays('2026-11-09', 280));
  });
});

describe('comparing dates', () => {
  it('orders dates by the calendar', () => {
    expect(compareDates('2026-01-01', '2026-01-02')).toBe(-1);
    expect(compareDates('2026-01-02', '2026-01-01')).toBe(1);
    expect(compareDates('2026-01-01', '2026-01-01')).toBe(0);
    expect(['2027-01-01', '2026-12-31', '2026-02-01'].sort(compareDates)).toEqual([
      '2026-02-01',
      '2026-12-31',
      '2027-01-01',
    ]);
  });

  it('picks the earlier and the later of two dates', () => {
    expect(minDate('2027-02-09', '2027-01-20')).toBe('2027-01-20');
    expect(minDate('2027-01-20', '2027-02-09')).toBe('2027-01-20');
    expect(maxDate('2027-02-09', '2027-01-20')).toBe('2027-02-09');
    expect(maxDate('2027-01-20', '2027-02-09')).toBe('2027-02-09');
  });

  it('counts whole days between dates, negative backwards, across daylight saving', () => {
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(daysBetween('2026-11-01', '2026-10-01')).toBe(-31);
  });
});

describe('the calendar itself', () => {
  it.each([
    [2024, true],
    [2026, false],
    [2028, true],
    [1900, false],
    [2000, true],
    [2100, false],
  ])('knows whether %i is a leap year', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });

  it.each([
    [2027, 2, 28],
    [2028, 2, 29],
    [2027, 4, 30],
    [2027, 6, 30],
    [2027, 9, 30],
    [2027, 11, 30],
    [2027, 1, 31],
    [2027, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it('names the weekday, Sunday as 0', () => {
    expect(weekdayOf('2027-02-05')).toBe(5);
    expect(weekdayOf('2027-02-07')).toBe(0);
  });
});

describe('isoDateSchema', () => {
  it.each(['2026-11-09', '2028-02-29', '2000-02-29', '2026-12-31'])('accepts the real date %s', (d) => {
    expect(isoDateSchema.safeParse(d).success).toBe(true);
  });

  it.each([
    '2027-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-1-9',
    '2026-11-09T00:00:00Z',
    '09-11-2026',
    '',
  ])('refuses %j', (d) => {
    expect(isoDateSchema.safeParse(d).success).toBe(false);
  });

  it('makes date arithmetic refuse a date that does not exist instead of rolling it over', () => {
    expect(() => addDays('2027-02-29', 1)).toThrow(RangeError);
    expect(() => compareDates('2026-11-09', 'tomorrow')).toThrow(/not a calendar date/);
  });
});
