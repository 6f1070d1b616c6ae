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
 * With `onlyProvider`, the figures of that provider's own days and visits (a provider's view of a case it
 * took over: not what the earlier provider was granted or delivered); weeks it had no day of are left out.
 */
export const deliveryFigures = (
  c: TermsSource & { expectedEndOn: IsoDate; closedOn?: IsoDate | undefined },
  visits: (Pick<VisitRecord, 'startedAt' | 'durationMinutes'> & { providerId?: string })[],
  now: Date,
  timeZone: string,
  onlyProvider?: string,
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
    const term = termsOn(terms, day) ?? terms[0]!;
    if (onlyProvider !== undefined && term.providerId !== onlyProvider) continue;
    weekOf(day).grantedHours += term.hoursPerWeek / 7;
  }
  for (const v of visits) {
    if (onlyProvider !== undefined && v.providerId !== onlyProvider) continue;
    const w = weekOf(localDateOf(new Date(v.startedAt), timeZone));
    w.deliveredHours += v.durationMinutes / 60;
    w.visits += 1;
  }
  return [...weeks.values()]
    .sort((a, b) => compareDates(a.startsOn, b.startsOn))
    .map((w) => ({ ...w, grantedHours: round2(w.grantedHours), deliveredHours: round2(w.deliveredHours) }));
};
