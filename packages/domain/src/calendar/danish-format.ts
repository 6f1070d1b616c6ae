import { type IsoDate, isoDateSchema, weekdayOf } from './civil-date.ts';

// Written out by hand rather than through Intl's da-DK locale: the ICU data shipped with Node varies
// between builds, and an email date must read exactly "fredag den 5. februar 2027".
const WEEKDAYS = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'] as const;
const MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/** `fredag den 5. februar 2027`: the form Danish letters and emails use for a date. */
export function formatDanishDate(date: IsoDate): string {
  isoDateSchema.parse(date);
  const day = Number(date.slice(8, 10));
  const month = MONTHS[Number(date.slice(5, 7)) - 1];
  return `${WEEKDAYS[weekdayOf(date)]} den ${day}. ${month} ${Number(date.slice(0, 4))}`;
}

/** `november 2026`: a month (`YYYY-MM`) as Danish text writes it, e.g. in a report's title. */
export function formatDanishMonth(month: string): string {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!m) throw new RangeError(`not a month: ${month}`);
  return `${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}
