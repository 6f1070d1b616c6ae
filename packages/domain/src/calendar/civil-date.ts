import * as z from 'zod';

/** A civil date `YYYY-MM-DD` in Europe/Copenhagen: no time, no zone, so no daylight-saving surprises. */
export type IsoDate = string;

// z.iso.date() checks the day exists in its month (leap years included), not only the digit pattern.
export const isoDateSchema = z.iso.date({ error: 'must be a real calendar date YYYY-MM-DD' });

interface Ymd {
  year: number;
  month: number; // 1..12
  day: number;
}

// Arithmetic goes through UTC midnight: UTC has no daylight-saving shifts, so a day is always 24 hours.
const DAY_MS = 86_400_000;

function toYmd(date: IsoDate): Ymd {
  if (!isoDateSchema.safeParse(date).success) {
    throw new RangeError(`not a calendar date: ${JSON.stringify(date)}`);
  }
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

function fromUtcMs(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

function utcMs({ year, month, day }: Ymd): number {
  // Date.UTC maps years 0..99 to 1900..1999; setUTCFullYear does not.
  const d = new Date(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year);
  return d.getTime();
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function addDays(date: IsoDate, n: number): IsoDate {
  return fromUtcMs(utcMs(toYmd(date)) + n * DAY_MS);
}

export function addWeeks(date: IsoDate, n: number): IsoDate {
  return addDays(date, 7 * n);
}

/**
 * Calendar months, the day clamped to the target month's last day: 2026-11-30 + 3 = 2027-02-28,
 * 2027-11-30 + 3 = 2028-02-29. This is how "3 måneder efter" is counted for § 95 and § 91 deadlines:
 * a deadline never spills into the month after.
 */
export function addMonths(date: IsoDate, n: number): IsoDate {
  const { year, month, day } = toYmd(date);
  const index = year * 12 + (month - 1) + n;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  const clamped = Math.min(day, daysInMonth(targetYear, targetMonth));
  return fromUtcMs(utcMs({ year: targetYear, month: targetMonth, day: clamped }));
}

/** Negative when a is before b, 0 when equal, positive after: usable directly with Array.sort. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return Math.sign(utcMs(toYmd(a)) - utcMs(toYmd(b)));
}

/** Whole days from a to b (negative when b is before a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((utcMs(toYmd(b)) - utcMs(toYmd(a))) / DAY_MS);
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) <= 0 ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) >= 0 ? a : b;
}

/** 0 = Sunday … 6 = Saturday, as Date#getDay. */
export function weekdayOf(date: IsoDate): number {
  return new Date(utcMs(toYmd(date))).getUTCDay();
}
