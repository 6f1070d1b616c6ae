import { firstFollowUpDueOn, investigationDueOn, minDate, planDueOn } from '@hjemmestotte/domain';
import type { CaseItem } from './case-item.ts';

/**
 * The case item's keys in the `byCaseworker` and `byStatus` indexes (GET /v1/cases). Intake sets them when it
 * writes the case item; `caseworkerSk` starts with the case's next deadline so `?caseworker=me` lists the
 * most urgent first.
 */
export const caseworkerPk = (email: string) => `CASEWORKER#${email.toLowerCase()}`;
export const statusPk = (status: 'active' | 'closed') => `CASES#${status}`;

/**
 * The case's nearest legal deadline: the next scheduled follow-up (§ 95; the first one until planning has
 * said otherwise through its events), the plan while it is missing (§ 91) and an ongoing investigation
 * (§ 20), and the expected end of the support.
 */
export const nextDeadlineOf = (c: CaseItem): string => {
  const candidates: string[] = [];
  const followUp = c.nextFollowUpOn === undefined ? firstFollowUpDueOn(c) : c.nextFollowUpOn;
  if (followUp) candidates.push(followUp);
  if (c.planRequired && !c.planWrittenOn) candidates.push(planDueOn(c.decidedOn));
  if (c.assessment.status === 'ongoing') candidates.push(investigationDueOn(c.assessment.startedOn));
  return candidates.reduce(minDate, c.expectedEndOn);
};

export const caseworkerSortKey = (nextDueOn: string, caseId: string) => `${nextDueOn}#${caseId}`;

/** The index attributes of an active case item. */
export const activeCaseIndexKeys = (c: CaseItem) => ({
  caseworkerPk: caseworkerPk(c.caseworkerEmail),
  caseworkerSk: caseworkerSortKey(nextDeadlineOf(c), c.caseId),
  statusPk: statusPk('active'),
  statusSk: `${c.createdAt}#${c.caseId}`,
});
