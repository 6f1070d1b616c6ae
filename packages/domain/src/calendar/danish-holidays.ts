import Holidays from 'date-holidays';
import type { IsoDate } from './civil-date.ts';

// date-holidays marks Grundlovsdag, 1 May and 24 December as "observance" and omits 31 December: only
// days of type "public" are helligdage. Those other days are closing days a municipality configures.
// Store Bededag is gone from 2024 on, which date-holidays already knows.
const denmark = new Holidays('DK');

// The holiday list of a year never changes while the process runs; computing it is the slow part.
const byYear = new Map<number, ReadonlyMap<IsoDate, string>>();

/** Danish public holidays (helligdage) of a year: date → Danish name. */
export function danishPublicHolidays(year: number): ReadonlyMap<IsoDate, string> {
  let holidays = byYear.get(year);
  if (holidays === undefined) {
    holidays = new Map(
      denmark
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => [h.date.slice(0, 10), h.name] as const),
    );
    byYear.set(year, holidays);
  }
  return holidays;
}

export function isDanishPublicHoliday(date: IsoDate): boolean {
  return danishPublicHolidays(Number(date.slice(0, 4))).has(date);
}
