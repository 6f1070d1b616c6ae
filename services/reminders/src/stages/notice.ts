/** What the sweep may tell someone about one agenda item: the unit of "nothing twice" (one ledger entry each). */
export type Stage =
  | 'follow-up-approaching'
  | 'follow-up-overdue'
  | 'follow-up-escalation'
  | 'status-report-request'
  | 'plan-approaching'
  | 'plan-passed'
  | 'plan-escalation'
  | 'investigation-approaching'
  | 'investigation-overdue'
  | 'investigation-escalation'
  | 'end-approaching';

export type RecipientRole = 'caseworker' | 'teamLeader' | 'provider';

export type AgendaKind = 'follow-up' | 'plan' | 'end' | 'investigation';

/** An agenda item as the sweep reads it from the sparse index: ids and a date, nothing personal. */
export interface AgendaEntry {
  kind: AgendaKind;
  caseId: string;
  caseNumber: string;
  /** `fu-1`… for follow-ups, the deadline kind for deadlines. */
  itemId: string;
  dueOn: string;
  followUpKind?: 'first' | 'regular';
  /** The item's own key in the table, where the sweep records what it sent about it. */
  key?: { pk: string; sk: string };
  /** Marks (`markOf`) of the notices already sent about this item: read with it, so checking costs nothing. */
  notified?: ReadonlySet<string>;
  /** Follow-ups: how many times planning moved the date; the calendar event's SEQUENCE (RFC 5545). */
  revision?: number;
}

export interface Notice {
  entry: AgendaEntry;
  stage: Stage;
  to: RecipientRole;
  /** Overdue reminders repeat weekly: the week number keeps each repetition its own ledger entry. */
  occurrence?: number;
  /** Working days past the due date (escalation). */
  workingDaysOverdue?: number;
}

/**
 * The ledger key of a notice. The due date is part of it: a follow-up moved to a new date is a new thing to
 * remind about, while the same date never is again.
 */
export const noticeKey = (n: Notice): string => `${n.entry.caseId}#${n.entry.itemId}#${markOf(n)}`;

/**
 * A notice's mark on its own agenda item (the key without the item's ids). The due date stays in it: after a
 * move the old marks no longer match, and the notices of the new date go out.
 */
export const markOf = (n: Notice): string => [n.entry.dueOn, n.stage, n.occurrence ?? 0, n.to].join('#');
