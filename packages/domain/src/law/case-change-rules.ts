import { compareDates, type IsoDate } from '../calendar/civil-date.ts';
import type { CaseChange } from '../schemas/case-change.ts';
import type { CaseRegistration } from '../schemas/case-registration.ts';
import { assessmentDates, dateWindowViolations } from './date-window.ts';
import { type RuleViolation, violation } from './rule-violation.ts';
import { expectedEndViolations, hoursPerWeekViolations } from './shared-rules.ts';

/** What the change rules need to know of the case as it stands. */
export type CaseFacts = Pick<
  CaseRegistration,
  'decidedOn' | 'startsOn' | 'expectedEndOn' | 'program' | 'assessment'
>;

/** The 422 rules of PATCH /v1/cases/{caseId}: the registration's rules, applied to what changes. */
export function caseChangeViolations(
  current: CaseFacts,
  change: CaseChange,
  { today }: { today: IsoDate },
): RuleViolation[] {
  const out: RuleViolation[] = dateWindowViolations(
    [
      ['expectedEndOn', change.expectedEndOn],
      ['effectiveFrom', change.effectiveFrom],
      ...(change.assessment ? assessmentDates(change.assessment) : []),
    ],
    today,
  );
  if (change.hoursPerWeek !== undefined) out.push(...hoursPerWeekViolations(change.hoursPerWeek));
  if (change.expectedEndOn !== undefined) {
    out.push(...expectedEndViolations(current.startsOn, change.expectedEndOn, current.program));
  }
  if (change.effectiveFrom !== undefined && compareDates(change.effectiveFrom, current.startsOn) < 0) {
    out.push(violation('effectiveFrom', 'a change cannot apply before the support started'));
  }
  if (change.assessment !== undefined)
    out.push(...assessmentChangeViolations(current, change.assessment, today));
  return out;
}

function assessmentChangeViolations(
  current: CaseFacts,
  next: NonNullable<CaseChange['assessment']>,
  today: IsoDate,
): RuleViolation[] {
  const before = current.assessment;
  if (next.status === 'ongoing') {
    // An investigation does not reopen: a new one is a new decision.
    if (before.status === 'completed')
      return [violation('assessment.status', 'a completed assessment cannot become ongoing')];
    return compareDates(next.startedOn, today) > 0
      ? [violation('assessment.startedOn', 'an ongoing investigation cannot start in the future')]
      : [];
  }
  if (compareDates(next.completedOn, today) > 0) {
    return [violation('assessment.completedOn', 'an assessment cannot be completed in the future')];
  }
  if (before.status === 'ongoing') {
    // The investigation that ran alongside the support is now completed (§ 95 stk. 2, first follow-up).
    if (next.kind !== 'investigation')
      return [violation('assessment.kind', 'the ongoing investigation stays an investigation')];
    return compareDates(next.completedOn, before.startedOn) < 0
      ? [violation('assessment.completedOn', 'cannot be completed before the investigation started')]
      : [];
  }
  // Correcting an assessment that was completed at the decision: the registration rule still holds.
  return compareDates(next.completedOn, current.decidedOn) > 0
    ? [violation('assessment.completedOn', 'a completed assessment must be completed by decidedOn')]
    : [];
}
