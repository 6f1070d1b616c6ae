import { addDays, compareDates, type IsoDate, localDateOf, minDate } from '@hjemmestotte/domain';
import type { CaseItem } from '@hjemmestotte/store';
import type { HoursChange, VisitRecord } from '../ports.ts';
import { isoWeekOf } from './iso-week.ts';

export interface DeliveryWeek {
  week: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
  grantedHours: number;
  deliveredHours: number;
  visits: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The hours granted on a day: the latest change in effect, else the case's hours. A change without a
 * known earlier value also covers the days before it (the best figure there is).
 */
const grantedOn = (day: IsoDate, current: number, changes: HoursChange[]): number => {
  let hours = changes[0]?.hoursPerWeek ?? current;
  for (const c of changes) if (compareDates(c.effectiveOn, day) <= 0) hours = c.hoursPerWeek;
  return hours;
};

/**
 * Hours granted against hours delivered, per ISO week, from the support's start to today (or its close or
 * expected end, whichever is earlier). Granted hours are spread over the days of the week, so a first or
 * last part-week gets its share. A visit counts in the week of its local start date in `timeZone`.
 */
export const deliveryFigures = (
  c: Pick<CaseItem, 'startsOn' | 'expectedEndOn' | 'closedOn' | 'hoursPerWeek'>,
  changes: HoursChange[],
  visits: Pick<VisitRecord, 'startedAt' | 'durationMinutes'>[],
  now: Date,
  timeZone: string,
): DeliveryWeek[] => {
  const sorted = [...changes].sort((a, b) => compareDates(a.effectiveOn, b.effectiveOn));
  const lastDay = minDate(localDateOf(now, timeZone), c.closedOn ?? c.expectedEndOn);
  const weeks = new Map<string, DeliveryWeek>();
  const weekOf = (day: IsoDate) => {
    const w = isoWeekOf(day);
    let entry = weeks.get(w.week);
    if (!entry) {
      entry = { ...w, grantedHours: 0, deliveredHours: 0, visits: 0 };
      weeks.set(w.week, entry);
    }
    return entry;
  };
  for (let day = c.startsOn; compareDates(day, lastDay) <= 0; day = addDays(day, 1)) {
    weekOf(day).grantedHours += grantedOn(day, c.hoursPerWeek, sorted) / 7;
  }
  for (const v of visits) {
    const w = weekOf(localDateOf(new Date(v.startedAt), timeZone));
    w.deliveredHours += v.durationMinutes / 60;
    w.visits += 1;
  }
  return [...weeks.values()]
    .sort((a, b) => compareDates(a.startsOn, b.startsOn))
    .map((w) => ({ ...w, grantedHours: round2(w.grantedHours), deliveredHours: round2(w.deliveredHours) }));
};
