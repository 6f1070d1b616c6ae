import type { IsoDate } from './civil-date.ts';

export const COPENHAGEN = 'Europe/Copenhagen';

export interface LocalTime {
  date: IsoDate;
  hour: number;
  minute: number;
}

// Intl knows the tz database, so the last Sundays of March and October come out right without our own
// offset tables. Formatters are costly to build; one per zone is kept.
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

/** The wall-clock date and time of an instant in a time zone (default Europe/Copenhagen). */
export function localTimeOf(instant: Date, timeZone: string = COPENHAGEN): LocalTime {
  if (Number.isNaN(instant.getTime())) throw new RangeError('invalid instant');
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
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
    return true;
  } catch {
    return false;
  }
}
