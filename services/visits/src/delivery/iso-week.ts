import { addDays, daysBetween, type IsoDate, weekdayOf } from '@hjemmestotte/domain';

export interface IsoWeek {
  /** `2026-W47` (ISO 8601: weeks start on Monday; week 1 holds the year's first Thursday). */
  week: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
}

/** The ISO week of a civil date. Civil dates have no daylight saving, so week bounds never shift an hour. */
export const isoWeekOf = (date: IsoDate): IsoWeek => {
  const weekday = weekdayOf(date) || 7;
  const monday = addDays(date, 1 - weekday);
  const thursday = addDays(monday, 3);
  const year = thursday.slice(0, 4);
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return { week: `${year}-W${String(week).padStart(2, '0')}`, startsOn: monday, endsOn: addDays(monday, 6) };
};
