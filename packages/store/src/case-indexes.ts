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
 * The earliest deadline intake knows of: the first follow-up (§ 95), the plan (§ 91) and an ongoing
 * investigation (§ 20). Later follow-ups are scheduled by planning, which sets `caseworkerSk` again through
 * `caseworkerSortKey(nextDueOn, caseId)` when it schedules or records one (see the README).
 */
export const nextDeadlineOf = (c: CaseItem): string => {
  let next = firstFollowUpDueOn(c);
  if (c.planRequired) next = minDate(next, planDueOn(c.decidedOn));
  if (c.assessment.status === 'ongoing') next = minDate(next, investigationDueOn(c.assessment.startedOn));
  return next;
};

export const caseworkerSortKey = (nextDueOn: string, caseId: string) => `${nextDueOn}#${caseId}`;

/** The index attributes of an active case item. */
export const activeCaseIndexKeys = (c: CaseItem) => ({
  caseworkerPk: caseworkerPk(c.caseworkerEmail),
  caseworkerSk: caseworkerSortKey(nextDeadlineOf(c), c.caseId),
  statusPk: statusPk('active'),
  statusSk: `${c.createdAt}#${c.caseId}`,
});
