import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { StatusReport, Visit } from '@hjemmestotte/domain';
import type { OutgoingEvent } from '@hjemmestotte/events';
import type { CaseItem } from '@hjemmestotte/store';

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

/** A change of hours granted, as intake records it under `CASE#id/HISTORY#…` (when it does). */
export interface HoursChange {
  effectiveOn: string;
  hoursPerWeek: number;
}

/**
 * One more item for the same transaction as the write (the idempotency record's completion), so the
 * stored visit and "this key was answered" can never disagree.
 */
export type ExtraWrite = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

export interface VisitStore {
  getCase(caseId: string): Promise<CaseItem | undefined>;
  planGoalIds(caseId: string): Promise<string[]>;
  /** Stores the visit, its events and any extra writes in one transaction. */
  add(visit: VisitRecord, events: OutgoingEvent[], extra?: ExtraWrite[]): Promise<void>;
  list(caseId: string): Promise<VisitRecord[]>;
  addStatusReport(report: StatusReportRecord, events: OutgoingEvent[], extra?: ExtraWrite[]): Promise<void>;
  hoursHistory(caseId: string): Promise<HoursChange[]>;
  activeCasesOf(providerId: string): Promise<CaseItem[]>;
}

/** What a completed idempotent request answered, kept so a retry gets the same answer. */
export interface StoredResponse {
  status: number;
  body: unknown;
}

export interface IdempotencyClaim {
  id: string;
  token: string;
}

export type ClaimOutcome =
  | { kind: 'claimed'; claim: IdempotencyClaim }
  | { kind: 'completed'; fingerprint: string; response: StoredResponse }
  | { kind: 'in-progress'; fingerprint: string };

export interface IdempotencyStore {
  /** Claims `id` for this request unless a live record holds it; expired records count as absent. */
  claim(id: string, fingerprint: string, now: Date, inProgressUntil: Date): Promise<ClaimOutcome>;
  /** The write that completes the claim with its answer; fails the transaction if the claim was lost. */
  completion(claim: IdempotencyClaim, response: StoredResponse): ExtraWrite;
  /** Gives the key back after a refused or failed request, so nothing of it is kept. */
  release(claim: IdempotencyClaim): Promise<void>;
}
