import { addDays, compareDates, type IsoDate, localDateOf, minDate } from '@hjemmestotte/domain';
import { type TermsSource, termsOf, termsOn } from '@hjemmestotte/store';
import type { VisitRecord } from '../ports.ts';
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
 * Hours granted (from the terms in force each day) against hours delivered, per ISO week, from the support's start to today (or its close or
 * expected end, whichever is earlier). Granted hours are spread over the days of the week, so a first or
 * last part-week gets its share. A visit counts in the week of its local start date in `timeZone`.
 */
export const deliveryFigures = (
  c: TermsSource & { expectedEndOn: IsoDate; closedOn?: IsoDate | undefined },
  visits: Pick<VisitRecord, 'startedAt' | 'durationMinutes'>[],
  now: Date,
  timeZone: string,
): DeliveryWeek[] => {
  // The shared terms type (packages/store), the same intake writes: hours change on their `from` day only.
  const terms = termsOf(c);
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
    weekOf(day).grantedHours += (termsOn(terms, day) ?? terms[0]!).hoursPerWeek / 7;
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
