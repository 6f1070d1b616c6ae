import { addMonths, compareDates, type IsoDate, minDate } from '../calendar/civil-date.ts';
import type { MunicipalityPolicy } from '../policy/municipality-policy.ts';
import type { Assessment } from '../schemas/assessment.ts';
import type { FollowUpHeld } from '../schemas/follow-up-held.ts';

export type FollowUpKind = 'first' | 'regular';

/** § 95 stk. 2: the first follow-up is at the latest 3 months after the support started. */
export const FIRST_FOLLOW_UP_MONTHS = 3;

export interface FirstFollowUpInput {
  startsOn: IsoDate;
  /** The case's assessment; a completed investigation dated after the start ran alongside the support. */
  assessment?: Assessment | undefined;
  /** The day an investigation running alongside the support was recorded completed. */
  investigationCompletedOn?: IsoDate | undefined;
}

/**
 * Barnets Lov § 95 stk. 2: the first follow-up is due at the earliest of (a) completion of an investigation
 * running alongside the support and (b) 3 calendar months after the support started (month end clamped).
 *
 * An investigation completed on or before the start did not run alongside the support, so (a) does not
 * apply to it: registration already refuses a completed assessment dated after the decision.
 */
export function firstFollowUpDueOn({
  startsOn,
  assessment,
  investigationCompletedOn,
}: FirstFollowUpInput): IsoDate {
  const threeMonths = addMonths(startsOn, FIRST_FOLLOW_UP_MONTHS);
  const completedOn =
    investigationCompletedOn ??
    (assessment?.status === 'completed' && assessment.kind === 'investigation'
      ? assessment.completedOn
      : undefined);
  if (completedOn === undefined || compareDates(completedOn, startsOn) <= 0) return threeMonths;
  return minDate(completedOn, threeMonths);
}

/** § 95 stk. 3: later follow-ups are counted in calendar months from the day the last one was held. */
export function nextFollowUpDueOn({
  heldOn,
  intervalMonths,
}: {
  heldOn: IsoDate;
  intervalMonths: number;
}): IsoDate {
  if (!Number.isInteger(intervalMonths) || intervalMonths < 1) {
    throw new RangeError(`interval must be a whole number of months ≥ 1, got ${intervalMonths}`);
  }
  return addMonths(heldOn, intervalMonths);
}

export interface IntervalInput {
  kind: FollowUpKind;
  held: Pick<FollowUpHeld, 'outcome' | 'nextFollowUpInMonths'>;
  /** The interval in force before this follow-up (null/undefined before the first). */
  currentIntervalMonths?: number | null | undefined;
  policy: Pick<MunicipalityPolicy, 'defaultIntervalMonths'>;
}

/**
 * § 95 stk. 3–5: the interval after a held follow-up, or null when the outcome ends the support.
 * At the first follow-up the caseworker decides the schedule (followUpHeldViolations makes it required);
 * later follow-ups keep the interval in force unless a new one is given.
 */
export function followUpIntervalAfter({
  kind,
  held,
  currentIntervalMonths,
  policy,
}: IntervalInput): number | null {
  if (held.outcome === 'end') return null;
  if (held.nextFollowUpInMonths !== undefined) return held.nextFollowUpInMonths;
  if (kind === 'regular' && currentIntervalMonths != null) return currentIntervalMonths;
  return policy.defaultIntervalMonths;
}
