import { compareDates, type IsoDate } from '../calendar/civil-date.ts';
import { COPENHAGEN, localDateOf } from '../calendar/local-time.ts';
import type { Visit } from '../schemas/visit.ts';
import { dateWindowViolations } from './date-window.ts';
import { type RuleViolation, violation } from './rule-violation.ts';

/** Clocks on phones drift: a visit logged as starting a few minutes ahead is not a future visit. */
export const VISIT_FUTURE_TOLERANCE_MS = 5 * 60_000;
export const VISIT_MAX_MINUTES = 720;

export interface VisitContext {
  visit: Pick<Visit, 'startedAt' | 'durationMinutes' | 'goalIds'>;
  startsOn: IsoDate;
  closedOn?: IsoDate | undefined;
  now: Date;
  /** The goal ids of barnets plan; empty when there is no plan yet. */
  planGoalIds: readonly string[];
  timeZone?: string;
}

/** The 422 rules of POST /v1/cases/{caseId}/visits. */
export function visitViolations({
  visit,
  startsOn,
  closedOn,
  now,
  planGoalIds,
  timeZone = COPENHAGEN,
}: VisitContext): RuleViolation[] {
  const out: RuleViolation[] = [];
  const started = new Date(visit.startedAt);
  if (started.getTime() > now.getTime() + VISIT_FUTURE_TOLERANCE_MS) {
    // Nothing more to say of its date (and 9999-12-31T23:59:59Z is in year 10000 in Copenhagen).
    out.push(violation('startedAt', 'a visit cannot be logged before it starts'));
  } else {
    // Start and close are civil dates in Copenhagen, so the visit is placed on its local day.
    const startedOn = localDateOf(started, timeZone);
    out.push(...dateWindowViolations([['startedAt', startedOn]], localDateOf(now, timeZone)));
    if (compareDates(startedOn, startsOn) < 0)
      out.push(violation('startedAt', 'the support had not started yet'));
    if (closedOn !== undefined && compareDates(startedOn, closedOn) > 0) {
      out.push(violation('startedAt', 'the case was closed'));
    }
  }
  if (visit.durationMinutes < 1 || visit.durationMinutes > VISIT_MAX_MINUTES) {
    out.push(violation('durationMinutes', `must be 1–${VISIT_MAX_MINUTES} minutes`));
  }
  const known = new Set(planGoalIds);
  visit.goalIds.forEach((id, i) => {
    if (!known.has(id)) out.push(violation(`goalIds.${i}`, 'no such goal in the plan'));
  });
  return out;
}
