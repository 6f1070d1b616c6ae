import type { IsoDate } from './civil-date.ts';

export const COPENHAGEN = 'Europe/Copenhagen';

export interface LocalTime {
  date: IsoDate;
  hour: number;
  minute: number;
}

// Intl knows the tz database, so the last Sundays of March and October come out right without our own
// offset tables. Formatters are costly to build; one per zone is kept. The first Intl date formatter of a
// process also loads ICU's locale data (~10 ms on a quiet machine, more than all our schemas together),
// so Europe/Copenhagen, the zone every function reads, is computed without Intl (below).
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

// Europe/Copenhagen under the EU rule (tz database "EU", in force in Denmark since 1996): UTC+1, and UTC+2
// from 01:00 UTC on the last Sunday of March until 01:00 UTC on the last Sunday of October. Applied to the
// years a test compares it with the runtime's tz data, minute by minute around every change
// (local-time.tz-data.test.ts, which also fails first should the tz data ever change the rule); other
// years and every other zone go to Intl.
const EU_RULE_YEARS = { first: 1996, last: 2100 } as const;

/** 01:00 UTC on the last Sunday of a month (`month` 0-based). */
const lastSundayOneUtc = (year: number, month: number): number => {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
};

/** Minutes Copenhagen's wall clock is ahead of UTC at `ms`, or undefined outside the years above. */
function copenhagenOffsetMinutes(ms: number): number | undefined {
  const year = new Date(ms).getUTCFullYear();
  if (year < EU_RULE_YEARS.first || year > EU_RULE_YEARS.last) return undefined;
  return ms >= lastSundayOneUtc(year, 2) && ms < lastSundayOneUtc(year, 9) ? 120 : 60;
}

const two = (n: number) => String(n).padStart(2, '0');

/** The wall-clock date and time of an instant in a time zone (default Europe/Copenhagen). */
export function localTimeOf(instant: Date, timeZone: string = COPENHAGEN): LocalTime {
  if (Number.isNaN(instant.getTime())) throw new RangeError('invalid instant');
  const offset = timeZone === COPENHAGEN ? copenhagenOffsetMinutes(instant.getTime()) : undefined;
  if (offset !== undefined) {
    const wall = new Date(instant.getTime() + offset * 60_000);
    return {
      date: `${String(wall.getUTCFullYear()).padStart(4, '0')}-${two(wall.getUTCMonth() + 1)}-${two(wall.getUTCDate())}`,
      hour: wall.getUTCHours(),
      minute: wall.getUTCMinutes(),
    };
  }
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  const year = String(parts['year']).padStart(4, '0');
  return {
    date: `${year}-${parts['month']}-${parts['day']}`,
    hour: Number(parts['hour']),
    minute: Number(parts['minute']),
  };
}

/** The civil date of an instant in a time zone (default Europe/Copenhagen). */
export function localDateOf(instant: Date, timeZone: string = COPENHAGEN): IsoDate {
  return localTimeOf(instant, timeZone).date;
}

/** True when the zone name is one the runtime's tz database knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  // Every function validates its policy's zone at init; Copenhagen needs no ICU to be known.
  if (timeZone === COPENHAGEN) return true;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
    return true;
  } catch {
    return false;
  }
}
