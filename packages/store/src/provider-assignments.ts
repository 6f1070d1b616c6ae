import type { CaseItem } from './case-item.ts';
import { caseKey, providerCasesPk } from './keys.ts';
import { periodsOf, type SupportPeriod, termsOf } from './support-terms.ts';

/**
 * Which provider may see a case when, without a scheduled job: one item per period of the case's terms
 * (`CASE#id/ASSIGN#<from>`), in the `byProvider` index under `PROVIDER#<providerId>` with
 * `providerSk = <to>#<from>#<caseId>` (`to` is the period's last day, `9999-12-31` while open). A provider's
 * current cases are then one Query: `providerSk >= today` (not yet ended) filtered on `from <= today`
 * (already started). A change dated 60 days ahead writes the new provider's period from that day: until
 * then the query does not return it, and the old provider's period ends the day before. Closing a case
 * deletes its assignments. Intake writes them in the same transaction as the case item; they carry only
 * what a provider's list shows (no names, birth dates or purpose).
 */
export const ASSIGNMENT_PREFIX = 'ASSIGN#';
export const OPEN_END = '9999-12-31';

export const assignmentKey = (caseId: string, from: string) => ({
  pk: caseKey(caseId).pk,
  sk: `${ASSIGNMENT_PREFIX}${from}`,
});

/** What a provider's list of cases shows, copied onto each assignment. */
export interface AssignmentSummary {
  caseId: string;
  caseNumber: string;
  program: string;
  startsOn: string;
  expectedEndOn: string;
}

export interface AssignmentItem extends AssignmentSummary {
  providerId: string;
  hoursPerWeek: number;
  from: string;
  to: string;
}

export const assignmentItem = (summary: AssignmentSummary, period: SupportPeriod) => {
  const to = period.to ?? OPEN_END;
  const item: AssignmentItem = {
    ...summary,
    providerId: period.providerId,
    hoursPerWeek: period.hoursPerWeek,
    from: period.from,
    to,
  };
  return {
    ...assignmentKey(summary.caseId, period.from),
    ...item,
    providerPk: providerCasesPk(period.providerId),
    providerSk: `${to}#${period.from}#${summary.caseId}`,
  };
};

/** The Query input (without TableName and paging) for a provider's cases in force on `today`. */
export const providerAssignmentsQuery = (providerId: string, today: string) => ({
  IndexName: 'byProvider',
  KeyConditionExpression: 'providerPk = :p AND providerSk >= :today',
  FilterExpression: '#from <= :today',
  ExpressionAttributeNames: { '#from': 'from' },
  ExpressionAttributeValues: { ':p': providerCasesPk(providerId), ':today': today },
});

export const assignmentSummaryOf = (c: CaseItem): AssignmentSummary => ({
  caseId: c.caseId,
  caseNumber: c.caseNumber,
  program: c.program,
  startsOn: c.startsOn,
  expectedEndOn: c.expectedEndOn,
});

/** Every assignment item of an active case, as intake writes them (fixtures of other services use this). */
export const assignmentItemsOf = (c: CaseItem) =>
  periodsOf(termsOf(c)).map((p) => assignmentItem(assignmentSummaryOf(c), p));
