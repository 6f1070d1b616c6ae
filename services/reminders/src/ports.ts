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
  /**
   * Records on each agenda item the marks of the notices an accepted digest carried (a set union: repeating
   * it changes nothing). One write per item: the next run reads the marks with the item itself.
   */
  markSent(marks: { entry: AgendaEntry; marks: string[] }[]): Promise<void>;
  /**
   * The same items read again from the table itself (strongly consistent): the index may lag behind a
   * digest another run sent moments ago. Items gone from the agenda are left out.
   */
  current(entries: AgendaEntry[]): Promise<{ items: AgendaEntry[]; itemsRead: number }>;
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
  facts(caseIds: string[], planOf: string[]): Promise<CaseFacts & { itemsRead: number }>;
  get(caseId: string): Promise<CaseItem | undefined>;
}

/**
 * One sweep at a time: concurrent and repeated runs never send the same notice twice. A lease longer than a
 * run (the function's time-out) frees the lock of a run that crashed.
 */
export interface SweepLock {
  /**
   * Takes the lock for this run: undefined while another run holds it (its lease not run out). Answers when
   * the last run finished, and whether this run took the lock over from one that never finished (crashed), so
   * a run whose agenda read may predate that run's marks knows to look again.
   */
  acquire(runId: string, now: Date): Promise<{ lastFinishedAt?: string; tookOver?: true } | undefined>;
  /** Frees the lock once every digest this run got accepted has its marks written. */
  release(runId: string, now: Date): Promise<void>;
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
