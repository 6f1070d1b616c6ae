import { addMonths, compareDates, type IsoDate } from '../calendar/civil-date.ts';
import { type RuleViolation, violation } from './rule-violation.ts';

/**
 * Dates a case can plausibly carry. Barnets Lov replaced Serviceloven in 2024, but cases decided under the
 * old law still run; none from before 2000 can (its child would be an adult). A case decided in year 0001
 * was accepted before this window, and its delivery answer held 105,000 weeks (11.9 MB, over Lambda's
 * 6 MB response limit).
 */
export const EARLIEST_DATE: IsoDate = '2000-01-01';

/** A decision looks ahead at most this far: an expected end, a start or a change 5 years out. */
export const YEARS_AHEAD = 5;

export const latestDate = (today: IsoDate): IsoDate => addMonths(today, 12 * YEARS_AHEAD);

/**
 * The 422 rule for every date a request carries: from 2000-01-01 to 5 years after today. Pairs of dotted
 * path and date; an absent date (an optional field) is skipped.
 */
export function dateWindowViolations(
  dates: readonly (readonly [string, IsoDate | undefined])[],
  today: IsoDate,
): RuleViolation[] {
  const latest = latestDate(today);
  return dates.flatMap(([path, date]): RuleViolation[] => {
    if (date === undefined) return [];
    if (compareDates(date, EARLIEST_DATE) < 0)
      return [violation(path, `must be on or after ${EARLIEST_DATE}`)];
    if (compareDates(date, latest) > 0) {
      return [violation(path, `must be at most ${YEARS_AHEAD} years ahead (on or before ${latest})`)];
    }
    return [];
  });
}

/** The dates of an assessment, by their dotted paths. */
export const assessmentDates = (
  a: { status: 'completed'; completedOn: IsoDate } | { status: 'ongoing'; startedOn: IsoDate },
): [string, IsoDate][] =>
  a.status === 'completed'
    ? [['assessment.completedOn', a.completedOn]]
    : [['assessment.startedOn', a.startedOn]];
