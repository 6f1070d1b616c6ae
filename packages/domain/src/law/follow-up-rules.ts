import { compareDates, type IsoDate } from '../calendar/civil-date.ts';
import type { MunicipalityPolicy } from '../policy/municipality-policy.ts';
import type { FollowUpHeld } from '../schemas/follow-up-held.ts';
import { dateWindowViolations } from './date-window.ts';
import type { FollowUpKind } from './follow-up-schedule.ts';
import { type RuleViolation, violation } from './rule-violation.ts';

export interface FollowUpHeldContext {
  held: FollowUpHeld;
  followUpKind: FollowUpKind;
  startsOn: IsoDate;
  today: IsoDate;
  policy: Pick<MunicipalityPolicy, 'defaultIntervalMonths'>;
}

/** The 422 rules of recording a follow-up held (Barnets Lov § 95 stk. 3–5). */
export function followUpHeldViolations({
  held,
  followUpKind,
  startsOn,
  today,
  policy,
}: FollowUpHeldContext): RuleViolation[] {
  const out: RuleViolation[] = dateWindowViolations([['heldOn', held.heldOn]], today);
  if (compareDates(held.heldOn, today) > 0)
    out.push(violation('heldOn', 'a follow-up cannot be held in the future'));
  if (compareDates(held.heldOn, startsOn) < 0) {
    out.push(violation('heldOn', 'a follow-up cannot be held before the support started'));
  }

  const months = held.nextFollowUpInMonths;
  if (held.outcome === 'end') {
    if (months !== undefined)
      out.push(violation('nextFollowUpInMonths', 'no further follow-up when the outcome is end'));
    return out;
  }
  // § 95 stk. 3: at the first follow-up the caseworker decides the schedule of the later ones.
  if (followUpKind === 'first' && months === undefined) {
    out.push(
      violation('nextFollowUpInMonths', 'the first follow-up decides when the next is due (1–12 months)'),
    );
  }
  // The schedule is fitted to the case; departing from the local standard is explained.
  if (months !== undefined && months !== policy.defaultIntervalMonths && held.justification === undefined) {
    out.push(
      violation(
        'justification',
        `required when the interval differs from the default ${policy.defaultIntervalMonths} months`,
      ),
    );
  }
  return out;
}
