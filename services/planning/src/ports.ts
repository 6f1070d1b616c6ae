import type { Assessment, FollowUpKind, FollowUpOutcome, Plan } from '@hjemmestotte/domain';
import type { OutgoingEvent } from '@hjemmestotte/events';
import type { Principal } from '@hjemmestotte/lambda-kit';
import type { SupportTerm } from '@hjemmestotte/store';

/** The audit entry of a change: the store writes it in the change's own transaction (issue 11). */
export interface ChangeAudit {
  action: string;
  principal: Principal;
  at: Date;
}

export interface FollowUpItem {
  caseId: string;
  caseNumber: string;
  followUpId: string;
  kind: FollowUpKind;
  dueOn: string;
  status: 'scheduled' | 'held' | 'cancelled';
  heldOn?: string;
  childHeard?: boolean;
  outcome?: FollowUpOutcome;
  justification?: string;
  /** The interval decided or kept when it was held; null when the outcome ended the support. */
  intervalMonths?: number | null;
  /** The day (Copenhagen) the first status report naming this follow-up arrived. */
  reportReceivedOn?: string;
  /**
   * How many times its date moved (absent: never). The reminders' calendar file gives it as the event's
   * SEQUENCE (RFC 5545 §3.8.7.4), so a calendar replaces the event it has instead of adding a second one.
   */
  revision?: number;
}

export interface DeadlineItem {
  caseId: string;
  caseNumber: string;
  kind: 'plan' | 'end' | 'investigation';
  dueOn: string;
  /** `open` while on the agenda; `met` (plan written, investigation completed) or `closed` (case closed). */
  status?: 'open' | 'met' | 'closed';
}

/**
 * What planning reads of the case item (written by intake). Who the provider is comes from `terms` through
 * the store's helpers (the provider in force on a day); the top-level `providerId`/`hoursPerWeek` only say
 * what was in force when the item was last written, and are read solely as the fallback for items written
 * before `terms` existed.
 */
export interface CaseFacts {
  caseId: string;
  caseNumber: string;
  providerId: string;
  hoursPerWeek: number;
  terms?: SupportTerm[];
  status: 'active' | 'closed';
  startsOn: string;
  expectedEndOn: string;
  assessment: Assessment;
}

export interface CaseAccess {
  /** The case as it stands now, or undefined when there is no such case. */
  facts(caseId: string): Promise<CaseFacts | undefined>;
}

export interface PlanItem extends Plan {
  caseId: string;
  caseNumber: string;
  updatedAt: string;
  updatedBy: string;
}

export interface PlanStore {
  /**
   * Stores the plan with its events and its audit entry; takes the plan deadline off the agenda in the
   * same transaction.
   */
  save(plan: PlanItem, events: OutgoingEvent[], audit: ChangeAudit): Promise<void>;
  exists(caseId: string): Promise<boolean>;
  /** The plan as last written (a consistent read), undefined while none. */
  get(caseId: string): Promise<PlanItem | undefined>;
}

export interface ScheduleStore {
  /**
   * Stores a case's initial schedule with its events, once: a repeated delivery of the same case event
   * finds it stored and changes nothing (returns false).
   */
  createInitial(followUp: FollowUpItem, deadlines: DeadlineItem[], events: OutgoingEvent[]): Promise<boolean>;
  followUps(caseId: string): Promise<FollowUpItem[]>;
  followUp(caseId: string, followUpId: string): Promise<FollowUpItem | undefined>;
  /** The interval in force (§ 95 stk. 3), undefined before the first follow-up was held. */
  intervalMonths(caseId: string): Promise<number | undefined>;
  /**
   * Marks a scheduled follow-up held (off the agenda), schedules the next (on the agenda) and stores the
   * interval in force, atomically with the events and the audit entry. False when the follow-up was no
   * longer scheduled.
   */
  recordHeld(
    held: FollowUpItem,
    next: FollowUpItem | null,
    intervalMonths: number | null,
    events: OutgoingEvent[],
    audit: ChangeAudit,
  ): Promise<boolean>;
  /** Moves a still scheduled follow-up from `fromDueOn`; false when it was held or moved meanwhile. */
  moveFollowUp(followUp: FollowUpItem, fromDueOn: string, events: OutgoingEvent[]): Promise<boolean>;
  /** Takes a deadline off the agenda (idempotent). */
  settleDeadline(caseId: string, kind: DeadlineItem['kind'], status: 'met' | 'closed'): Promise<void>;
  /** Moves a deadline still on the agenda (idempotent). */
  moveDeadline(caseId: string, kind: DeadlineItem['kind'], dueOn: string): Promise<void>;
  /**
   * Marks that a status report for the follow-up arrived on `on`; the first report's day stays (idempotent).
   * False when there is no such follow-up.
   */
  markReportReceived(caseId: string, followUpId: string, on: string): Promise<boolean>;
  /** Takes every follow-up and deadline of a closed case off the agenda (idempotent); returns how many. */
  takeOffAgenda(caseId: string): Promise<number>;
}
