import { compareDates, type IsoDate } from '../calendar/civil-date.ts';
import type { Program } from '../schemas/case-registration.ts';
import { homePedagogueMaxEnd } from './deadlines.ts';
import { type RuleViolation, violation } from './rule-violation.ts';

/** Hours a week above 0 and at most 91 (13 hours a day, every day: Hjemmebasen's 07:00–20:00). */
export const MAX_HOURS_PER_WEEK = 91;

export function hoursPerWeekViolations(hoursPerWeek: number): RuleViolation[] {
  return hoursPerWeek > 0 && hoursPerWeek <= MAX_HOURS_PER_WEEK
    ? []
    : [violation('hoursPerWeek', `must be more than 0 and at most ${MAX_HOURS_PER_WEEK}`)];
}

/**
 * § 32 stk. 3: the decision states its expected duration, so the expected end lies after the start;
 * a hjemmepædagogisk forløb lasts at most 40 weeks.
 */
export function expectedEndViolations(
  startsOn: IsoDate,
  expectedEndOn: IsoDate,
  program: Program,
): RuleViolation[] {
  if (compareDates(expectedEndOn, startsOn) <= 0) {
    return [violation('expectedEndOn', 'must be after startsOn')];
  }
  const maxEnd = homePedagogueMaxEnd(startsOn);
  if (program === 'home-pedagogue' && compareDates(expectedEndOn, maxEnd) > 0) {
    return [
      violation(
        'expectedEndOn',
        `a home-pedagogue course lasts at most 40 weeks: ends on ${maxEnd} at the latest`,
      ),
    ];
  }
  return [];
}
