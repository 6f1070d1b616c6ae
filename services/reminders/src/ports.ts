import type { CaseItem } from '@hjemmestotte/store';
import type { AgendaEntry, AgendaKind } from './stages/notice.ts';

export interface AgendaReader {
  /**
   * Items of one agenda partition due in [from, until] (from omitted: everything up to until): a query of the
   * sparse agenda index, never a scan. `itemsRead` is what DynamoDB read for it.
   */
  dueBetween(
    kind: AgendaKind,
    from: string | undefined,
    until: string,
  ): Promise<{ items: AgendaEntry[]; itemsRead: number }>;
}

export interface CaseFacts {
  cases: Map<string, CaseItem>;
  /** Provider id → contact email, for active providers. */
  providerEmails: Map<string, string>;
  /** Cases whose plan (CASE#id/PLAN) exists. */
  casesWithPlan: Set<string>;
}

export interface CaseReader {
  /** Batch reads of the cases, their providers and (for `planOf`) whether a plan exists. */
  facts(caseIds: string[], planOf: string[]): Promise<CaseFacts>;
  get(caseId: string): Promise<CaseItem | undefined>;
}

export interface ReminderLedger {
  /**
   * Claims a notice for this run: true when it was never claimed, or when a claim by a crashed run is past
   * its lease. False while another run holds it, or once it is sent.
   */
  claim(key: string, runId: string, now: Date): Promise<boolean>;
  /** Records that the email carrying these notices was accepted by SES. */
  markSent(keys: string[], runId: string, now: Date, messageId: string): Promise<void>;
  /** Gives up this run's claims after a failed send, so the next run sends them. */
  release(keys: string[], runId: string): Promise<void>;
}

/** The SEQUENCE of a follow-up's calendar event: raised each time its date moves (RFC 5545 §3.8.7.4). */
export interface CalendarSequences {
  sequenceFor(uid: string, dueOn: string): Promise<number>;
}

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments: { filename: string; contentType: string; content: string }[];
}

export interface Mailer {
  /** Resolves with SES's message id once SES accepted the message. */
  send(email: OutgoingEmail): Promise<string>;
}
