import { normaliseCaseNumber } from '@hjemmestotte/domain';
/**
 * The main table's item layout, shared by the services that read each other's items. Keys only: each
 * service owns the attributes of the items it writes (see the README's table of access patterns).
 */
export const caseKey = (caseId: string) => ({ pk: `CASE#${caseId}`, sk: 'CASE' });
// Unique whatever the letter case: `AB-1` and `ab-1` are one case number (see normaliseCaseNumber).
export const caseNumberKey = (caseNumber: string) => ({
  pk: `CASENO#${normaliseCaseNumber(caseNumber)}`,
  sk: 'CASENO',
});
export const providerKey = (providerId: string) => ({ pk: `PROVIDER#${providerId}`, sk: 'PROVIDER' });
export const followUpKey = (caseId: string, followUpId: string) => ({
  pk: `CASE#${caseId}`,
  sk: `FOLLOWUP#${followUpId}`,
});
export const deadlineKey = (caseId: string, deadline: DeadlineKind) => ({
  pk: `CASE#${caseId}`,
  sk: `DEADLINE#${deadline}`,
});
export const visitKey = (caseId: string, startedAtUtc: string, visitId: string) => ({
  pk: `CASE#${caseId}`,
  sk: `VISIT#${startedAtUtc}#${visitId}`,
});
export const outboxKey = (service: string, eventId: string) => ({
  pk: `OUTBOX#${service}#${eventId}`,
  sk: 'OUTBOX',
});

export const VISIT_PREFIX = 'VISIT#';
export const FOLLOWUP_PREFIX = 'FOLLOWUP#';

/** Deadlines other than follow-ups that the sweep watches. */
export type DeadlineKind = 'plan' | 'end' | 'investigation';

/** Agenda partitions of the sparse `agenda` index: an item is in it only while it still needs attention. */
export type AgendaKind = 'follow-up' | DeadlineKind;
export const agendaPk = (kind: AgendaKind) => `AGENDA#${kind}`;
export const agendaSk = (dueOn: string, caseId: string, itemId: string) => `${dueOn}#${caseId}#${itemId}`;

/** The `byProvider` index: active cases of a provider, and the list of providers. */
export const providerCasesPk = (providerId: string) => `PROVIDER#${providerId}`;
export const PROVIDERS_PK = 'PROVIDERS';

// Added for intake and planning (issue 4): barnets plan, the schedule's interval, and intensity history.
export const planKey = (caseId: string) => ({ pk: `CASE#${caseId}`, sk: 'PLAN' });
/** The case's follow-up schedule as decided at the first follow-up (§ 95 stk. 3): the interval in force. */
export const scheduleKey = (caseId: string) => ({ pk: `CASE#${caseId}`, sk: 'SCHEDULE' });
/** One item per change of a case, sorted by the day it applies from; `n` keeps same-day changes apart. */
export const historyKey = (caseId: string, effectiveFrom: string, n: number) => ({
  pk: `CASE#${caseId}`,
  sk: `HISTORY#${effectiveFrom}#${String(n).padStart(6, '0')}`,
});
/** Changes of a case (intake writes them); the visits service reads the changes of `hoursPerWeek`. */
export const HISTORY_PREFIX = 'HISTORY#';
export const DEADLINE_PREFIX = 'DEADLINE#';

/** A provider's status letter: `CASE#id/STATUSREPORT#<utc submittedAt>#<reportId>`. */
export const statusReportKey = (caseId: string, submittedAtUtc: string, reportId: string) => ({
  pk: `CASE#${caseId}`,
  sk: `${STATUS_REPORT_PREFIX}${submittedAtUtc}#${reportId}`,
});
export const STATUS_REPORT_PREFIX = 'STATUSREPORT#';

/** The ledger of single emails (a concern, a status report, a supervision month): one item each, sent once. */
export const sentKey = (noticeKey: string) => ({ pk: `SENT#${noticeKey}`, sk: 'SENT' });
/** The reminder sweep's lock: one run at a time (the table is one municipality's). */
export const sweepLockKey = () => ({ pk: 'SWEEPLOCK', sk: 'SWEEPLOCK' });
