import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { StatusReport, Visit } from '@hjemmestotte/domain';
import type { OutgoingEvent } from '@hjemmestotte/events';
import type { Principal } from '@hjemmestotte/lambda-kit';
import type { AssignmentItem, CaseItem } from '@hjemmestotte/store';

export interface VisitRecord extends Visit {
  visitId: string;
  caseId: string;
  providerId: string;
  loggedAt: string;
}

export interface StatusReportRecord extends StatusReport {
  reportId: string;
  caseId: string;
  providerId: string;
  submittedAt: string;
}

/**
 * One more item for the same transaction as the write (the idempotency record, the audit entry), so the
 * stored visit, "this key was answered" and "who did it" can never disagree.
 */
export type ExtraWrite = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** An item of another table to fetch in the same round trip as the case (the idempotency record). */
export interface ExtraRead {
  TableName: string;
  Key: Record<string, unknown>;
}

/** What a write's validation needs, read in one round trip (BatchGetItem, consistent). */
export interface WriteContext {
  case: CaseItem | undefined;
  planGoalIds: string[];
  /** The status of the follow-up asked for, if the case has it. */
  followUpStatus?: string;
  /** The extra item asked for, raw, if it exists. */
  extra: Record<string, unknown> | undefined;
}

export interface VisitStore {
  getCase(caseId: string): Promise<CaseItem | undefined>;
  /** The case, its plan's goal ids, a follow-up and `extra`, in one BatchGetItem with consistent reads. */
  readForWrite(caseId: string, extra?: ExtraRead, followUpId?: string): Promise<WriteContext>;
  /**
   * Stores the visit, its events and any extra writes in one transaction that also checks the case is as
   * `asRead` (see `caseGuard`); throws TransactionCanceledException when any condition fails.
   */
  add(visit: VisitRecord, events: OutgoingEvent[], asRead: CaseItem, extra?: ExtraWrite[]): Promise<void>;
  /** Every visit of the case, oldest first (the delivery figures add them all up). */
  list(caseId: string): Promise<VisitRecord[]>;
  /**
   * One page of visits, oldest first (`newest`: newest first), consistent; `cursor` continues where the last
   * page stopped. With `providerId`, only the visits that provider logged (the page is filled past the others).
   */
  listPage(
    caseId: string,
    page: { limit: number; cursor?: string; providerId?: string; newest?: boolean },
  ): Promise<{ items: VisitRecord[]; cursor?: string }>;
  addStatusReport(
    report: StatusReportRecord,
    events: OutgoingEvent[],
    asRead: CaseItem,
    extra?: ExtraWrite[],
  ): Promise<void>;
  /** Newest first, consistent; `cursor` continues where the last page stopped. */
  listStatusReports(
    caseId: string,
    page: { limit: number; cursor?: string; providerId?: string },
  ): Promise<{ items: StatusReportRecord[]; cursor?: string }>;
  /** The provider's cases in force on `today` (intake's assignment items). */
  activeCasesOf(providerId: string, today: string): Promise<AssignmentItem[]>;
}

/** The audit entry of a change, as a write for the change's own transaction. */
export type AuditWrite = (caseId: string, action: string, principal: Principal, at: Date) => ExtraWrite;

/** Records that `principal` read each of `caseIds` (a list); throws 503 (auditUnavailable) if it cannot. */
export type { AuditReads } from '@hjemmestotte/lambda-kit';

/** What a completed idempotent request answered, kept so a retry gets the same answer. */
export interface StoredResponse {
  status: number;
  body: unknown;
}

/** A live record of an earlier request with the same key. */
export type EarlierRequest =
  | { kind: 'completed'; fingerprint: string; response: StoredResponse }
  /** Only written by the former claim-first scheme; such records live at most one function timeout. */
  | { kind: 'in-progress'; fingerprint: string };

export interface IdempotencyStore {
  /** Where the record of `id` lives, so the write's first read fetches it together with the case. */
  recordKey(id: string): ExtraRead;
  /** What a raw record says at `now`; an expired one counts as absent (DynamoDB deletes late, Local never). */
  interpret(item: Record<string, unknown> | undefined, now: Date): EarlierRequest | undefined;
  /** The record's put for the write's own transaction: it fails the transaction if a live record holds `id`. */
  answered(id: string, fingerprint: string, response: StoredResponse, now: Date): ExtraWrite;
  /** A consistent read of the record (after a cancelled transaction). */
  read(id: string, now: Date): Promise<EarlierRequest | undefined>;
}
