import * as z from 'zod';
import { addDays, compareDates, type IsoDate, isoDateSchema, weekdayOf } from './civil-date.ts';
import { isDanishPublicHoliday } from './danish-holidays.ts';

/** A closing day: `MM-DD` every year (24 December: `12-24`) or one specific `YYYY-MM-DD`. */
export const closingDaySchema = z.union([
  isoDateSchema,
  z
    .string()
    .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be MM-DD or YYYY-MM-DD')
    // 2000 is a leap year, so 02-29 is accepted as a yearly day (it simply closes leap years only).
    .refine((md) => isoDateSchema.safeParse(`2000-${md}`).success, 'no such day in any year'),
]);

export interface WorkingCalendar {
  /** Monday to Friday, not a Danish public holiday, not a configured closing day. */
  isWorkingDay(date: IsoDate): boolean;
  /** n working days after (n < 0: before) a date; n = 0 gives the date itself or the next working day. */
  addWorkingDays(date: IsoDate, n: number): IsoDate;
  /** Working days d with a < d ≤ b; negative when b is before a. */
  workingDaysBetween(a: IsoDate, b: IsoDate): number;
  nextWorkingDayOnOrAfter(date: IsoDate): IsoDate;
  previousWorkingDayOnOrBefore(date: IsoDate): IsoDate;
}

export interface WorkingCalendarOptions {
  closingDays: readonly string[];
}

// A configuration that closes every day would make the search loop forever; a year and a bit without a
// single working day can only be such a configuration.
const MAX_CLOSED_RUN = 400;

export function workingCalendar({ closingDays }: WorkingCalendarOptions): WorkingCalendar {
  const yearly = new Set<string>();
  const once = new Set<IsoDate>();
  for (const day of closingDays) {
    closingDaySchema.parse(day);
    (day.length === 5 ? yearly : once).add(day);
  }

  const isWorkingDay = (date: IsoDate): boolean => {
    const weekday = weekdayOf(date);
    if (weekday === 0 || weekday === 6) return false;
    if (once.has(date) || yearly.has(date.slice(5))) return false;
    return !isDanishPublicHoliday(date);
  };

  const step = (date: IsoDate, direction: 1 | -1): IsoDate => {
    let d = date;
    for (let i = 0; i < MAX_CLOSED_RUN; i++) {
      d = addDays(d, direction);
      if (isWorkingDay(d)) return d;
    }
    throw new RangeError(`no working day within ${MAX_CLOSED_RUN} days of ${date}: check the closing days`);
  };

  const nextWorkingDayOnOrAfter = (date: IsoDate): IsoDate => (isWorkingDay(date) ? date : step(date, 1));
  const previousWorkingDayOnOrBefore = (date: IsoDate): IsoDate =>
    isWorkingDay(date) ? date : step(date, -1);

  const addWorkingDays = (date: IsoDate, n: number): IsoDate => {
    if (!Number.isInteger(n)) throw new RangeError(`working days must be a whole number, got ${n}`);
    if (n === 0) return nextWorkingDayOnOrAfter(date);
    const direction = n > 0 ? 1 : -1;
    let d = date;
    for (let left = Math.abs(n); left > 0; left--) d = step(d, direction);
    return d;
  };

  const workingDaysBetween = (a: IsoDate, b: IsoDate): number => {
    const order = compareDates(a, b);
    if (order > 0) return -workingDaysBetween(b, a);
    let count = 0;
    for (let d = a; compareDates(d, b) < 0; ) {
      d = addDays(d, 1);
      if (isWorkingDay(d)) count++;
    }
    return count;
  };

  return {
    isWorkingDay,
    addWorkingDays,
    workingDaysBetween,
    nextWorkingDayOnOrAfter,
    previousWorkingDayOnOrBefore,
  };
}
