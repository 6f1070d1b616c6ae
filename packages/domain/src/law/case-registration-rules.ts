import { ageOn } from '../calendar/age.ts';
import { compareDates, type IsoDate } from '../calendar/civil-date.ts';
import type { CaseRegistration } from '../schemas/case-registration.ts';
import { assessmentDates, dateWindowViolations } from './date-window.ts';
import { ADULT_AGE, HOME_PEDAGOGUE_MAX_AGE_EXCLUSIVE } from './deadlines.ts';
import { type RuleViolation, violation } from './rule-violation.ts';
import { expectedEndViolations, hoursPerWeekViolations } from './shared-rules.ts';

/**
 * Every 422 rule of POST /v1/cases that needs no stored data (the provider's existence is the service's).
 * Returns all violations at once so the caseworker can fix the form in one go.
 */
export function caseRegistrationViolations(
  reg: CaseRegistration,
  { today }: { today: IsoDate },
): RuleViolation[] {
  const out: RuleViolation[] = dateWindowViolations(
    [
      ['decidedOn', reg.decidedOn],
      ['startsOn', reg.startsOn],
      ['expectedEndOn', reg.expectedEndOn],
      ...assessmentDates(reg.assessment),
    ],
    today,
  );

  if (compareDates(reg.startsOn, reg.decidedOn) < 0) {
    out.push(violation('startsOn', 'support cannot start before it is decided'));
  }

  const a = reg.assessment;
  if (a.status === 'completed' && compareDates(a.completedOn, reg.decidedOn) > 0) {
    out.push(violation('assessment.completedOn', 'a completed assessment must be completed by decidedOn'));
  }
  if (a.status === 'ongoing' && compareDates(a.startedOn, today) > 0) {
    out.push(violation('assessment.startedOn', 'an ongoing investigation cannot start in the future'));
  }

  reg.children.forEach((child, i) => {
    const path = `children.${i}.birthDate`;
    if (compareDates(child.birthDate, today) > 0) {
      out.push(violation(path, 'a child cannot be born in the future'));
      return;
    }
    const age = ageOn(child.birthDate, reg.startsOn);
    if (age >= ADULT_AGE) {
      out.push(violation(path, `the child is ${ADULT_AGE} or over on startsOn`));
    } else if (reg.program === 'home-pedagogue' && age >= HOME_PEDAGOGUE_MAX_AGE_EXCLUSIVE) {
      out.push(
        violation(path, `a home-pedagogue course is for children under ${HOME_PEDAGOGUE_MAX_AGE_EXCLUSIVE}`),
      );
    }
  });

  out.push(...expectedEndViolations(reg.startsOn, reg.expectedEndOn, reg.program));
  out.push(...hoursPerWeekViolations(reg.hoursPerWeek));
  return out;
}
