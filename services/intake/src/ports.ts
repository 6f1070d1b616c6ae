import type { Provider } from '@hjemmestotte/domain';
import type { OutgoingEvent } from '@hjemmestotte/events';
import type { Principal } from '@hjemmestotte/lambda-kit';
import type { AssignmentSummary, CaseItem, SupportPeriod } from '@hjemmestotte/store';

export interface ProviderRecord extends Provider {
  active: boolean;
  createdAt: string;
}

/** A follow-up as planning stores it (intake reads it for the case view). */
export interface StoredFollowUp {
  followUpId: string;
  kind: 'first' | 'regular';
  dueOn: string;
  status: 'scheduled' | 'held' | 'cancelled';
  heldOn?: string;
}

/** The provider assignments to write with a change (see store/provider-assignments.ts). */
export interface Assignments {
  summary: AssignmentSummary;
  periods: SupportPeriod[];
  /** `from` days of assignments that no longer exist. */
  removeFroms: string[];
}

/** The case as stored, with the revision that guards against lost updates (0 before the first change). */
export interface StoredCase {
  item: CaseItem;
  revision: number;
  /** How many visits and status reports were added (visits bumps it in their transaction). */
  visitRevision: number;
}

/** One change of a case, kept for good (`CASE#id/HISTORY#<effectiveFrom>#<revision>`). */
export interface HistoryEntry {
  effectiveFrom: string;
  revision: number;
  changedAt: string;
  changedBy: string;
  before: Partial<CaseItem>;
  after: Partial<CaseItem>;
}

/** The fields of the case item a change may set. */
export type CaseChangeSet = Partial<
  Pick<CaseItem, 'hoursPerWeek' | 'expectedEndOn' | 'providerId' | 'caseworkerEmail' | 'assessment' | 'terms'>
> & { caseworkerPk?: string; caseworkerSk?: string };

/** One page of cases from an index, and the key to continue from. */
export interface CasePage {
  items: CaseItem[];
  lastKey?: Record<string, unknown> | undefined;
}

/** A goal of barnets plan as planning stores it (the plan item `CASE#id/PLAN`). */
export interface PlanGoal {
  goalId: string;
  title: string;
  subGoals: { subGoalId: string; title: string }[];
}

export interface CaseClosure {
  closedOn: string;
  closeReason: string;
  closeNote?: string | undefined;
}

/** The audit entry that goes into a change's own transaction: no change is saved without it. */
export interface AuditNote {
  action: string;
  principal: Principal;
  at: Date;
}

/** What intake needs from storage; the DynamoDB adapter and the unit tests' fake both implement it. */
export interface CaseStore {
  /** Stores the case and its events atomically; false when the case number is taken. */
  create(
    item: CaseItem,
    events: OutgoingEvent[],
    audit: AuditNote,
    assignments: Assignments,
  ): Promise<boolean>;
  get(caseId: string): Promise<StoredCase | undefined>;
  followUps(caseId: string): Promise<StoredFollowUp[]>;
  history(caseId: string): Promise<HistoryEntry[]>;
  /** The goals of barnets plan (empty while none is written). */
  planGoals(caseId: string): Promise<PlanGoal[]>;
  /** Applies a change of an active case at `expectedRevision`; false when it changed meanwhile. */
  change(
    caseId: string,
    expectedRevision: number,
    set: CaseChangeSet,
    history: HistoryEntry,
    events: OutgoingEvent[],
    audit: AuditNote,
    assignments: Assignments,
  ): Promise<boolean>;
  /**
   * Closes an active case at `expectedRevision` with no visit added since `expectedVisitRevision`;
   * false when either changed meanwhile.
   */
  close(
    caseId: string,
    expected: { revision: number; visitRevision: number },
    closure: CaseClosure,
    events: OutgoingEvent[],
    audit: AuditNote,
    assignments: Assignments,
  ): Promise<boolean>;
  /** The case with this number (compared normalised: NFC, trimmed, upper case). */
  findByCaseNumber(caseNumber: string): Promise<CaseItem | undefined>;
  /** Active cases of a caseworker, next deadline first (index `byCaseworker`). */
  listByCaseworker(email: string, limit: number, startKey?: Record<string, unknown>): Promise<CasePage>;
  /** Cases by status, newest registration first (index `byStatus`). */
  listByStatus(
    status: 'active' | 'closed',
    limit: number,
    startKey?: Record<string, unknown>,
  ): Promise<CasePage>;
  /** The local start day of the latest visit, by start (undefined without visits). */
  latestVisitStartedAt(caseId: string): Promise<string | undefined>;
}

/** Who changes a provider and when: its audit entry, written in the change's own transaction. */
export interface ProviderAudit {
  principal: Principal;
  at: Date;
}

export interface ProviderStore {
  /**
   * False when the provider id is taken. `by` writes the audit entry with it (the admin's register always
   * passes it; fixtures seeding providers leave it out).
   */
  create(p: ProviderRecord, by?: ProviderAudit): Promise<boolean>;
  get(providerId: string): Promise<ProviderRecord | undefined>;
  list(): Promise<ProviderRecord[]>;
  /** Sets the given fields of an existing provider; undefined when there is no such provider. */
  update(
    providerId: string,
    set: Partial<Pick<ProviderRecord, 'active' | 'name' | 'contactEmail'>> & { updatedAt: string },
    by: ProviderAudit,
  ): Promise<ProviderRecord | undefined>;
}
