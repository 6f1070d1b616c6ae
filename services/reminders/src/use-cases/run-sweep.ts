import { randomUUID } from 'node:crypto';
import { type Clock, localDateOf, type MunicipalityPolicy, workingCalendar } from '@hjemmestotte/domain';
import type { Links } from '../email/links.ts';
import type { AgendaReader, CaseReader, Mailer, SweepLock } from '../ports.ts';
import { collectNotices } from './collect-notices.ts';
import { SentButNotMarked, sendDigests } from './send-digests.ts';
import { INDEX_LAG_MS, stillDue } from './still-due.ts';

export interface SweepDeps {
  agenda: AgendaReader;
  cases: CaseReader;
  lock: SweepLock;
  mailer: Mailer;
  /** Real time, for the lock's lease; the sweep's "today" comes from the schedule's own time. */
  clock: Clock;
  policy: MunicipalityPolicy;
  links: Links;
  municipalityId: string;
}

export interface SweepSummary {
  asOf: string;
  today: string;
  skipped?: 'not-a-working-day' | 'another-sweep-running';
  /** The last due date inside the reminder lead (working days ahead). */
  horizon?: string;
  /** Every item read: the agenda index, the cases, plans and providers, and any items read again. */
  itemsRead: number;
  /** Agenda items the queries answered (due inside the window or overdue), and the cases they belong to. */
  agendaItems: number;
  cases: number;
  /** Notices due today and not sent before. */
  itemsDue: number;
  emailsSent: number;
  /** Digests SES refused; their notices stay unmarked, so the next run sends them. */
  emailsFailed: number;
}

/**
 * The daily sweep "as of" the schedule's time, one run at a time (the lock): date-range queries of the
 * agenda index, the stages of each item less those its marks say were sent, one digest per recipient, and
 * the marks of each accepted digest written on its items.
 */
export const runSweep = async (deps: SweepDeps, asOf: Date): Promise<SweepSummary> => {
  const { policy } = deps;
  const today = localDateOf(asOf, policy.timeZone);
  const base = {
    asOf: asOf.toISOString(),
    today,
    itemsRead: 0,
    agendaItems: 0,
    cases: 0,
    itemsDue: 0,
    emailsSent: 0,
    emailsFailed: 0,
  };
  const calendar = workingCalendar({ closingDays: policy.closingDays });
  if (!calendar.isWorkingDay(today)) return { ...base, skipped: 'not-a-working-day' };

  const runId = randomUUID();
  const lock = await deps.lock.acquire(runId, deps.clock.now());
  // Another run sends today's notices (or crashed: its lease frees them for a later run).
  if (!lock) return { ...base, skipped: 'another-sweep-running' };
  try {
    const horizon = calendar.addWorkingDays(today, policy.reminderLeadWorkingDays);
    const readAt = deps.clock.now();
    const reads = await Promise.all([
      deps.agenda.dueBetween('follow-up', undefined, horizon),
      deps.agenda.dueBetween('plan', undefined, horizon),
      deps.agenda.dueBetween('end', today, horizon),
      deps.agenda.dueBetween('investigation', undefined, horizon),
    ]);
    const entries = reads.flatMap((r) => r.items);
    const facts = await deps.cases.facts(
      entries.map((e) => e.caseId),
      entries.filter((e) => e.kind === 'plan').map((e) => e.caseId),
    );
    const rules = { calendar, today, horizon, escalateAfterWorkingDays: policy.escalateAfterWorkingDays };
    let notices = collectNotices(entries, facts, rules);
    let itemsReadAgain = 0;
    // The index is eventually consistent: a run that finished moments ago may have marks it does not show.
    // So may a run that crashed (its marks are at most a lease old).
    const recent = lock.lastFinishedAt && Date.parse(lock.lastFinishedAt) > readAt.getTime() - INDEX_LAG_MS;
    if (recent || lock.tookOver) {
      const again = await stillDue(deps.agenda, notices);
      notices = again.due;
      itemsReadAgain = again.itemsRead;
    }
    const sent = await sendDigests(deps, notices, asOf);
    await deps.lock.release(runId, deps.clock.now());
    return {
      ...base,
      horizon,
      itemsRead: reads.reduce((n, r) => n + r.itemsRead, 0) + facts.itemsRead + itemsReadAgain,
      agendaItems: entries.length,
      cases: new Set(entries.map((e) => e.caseId)).size,
      itemsDue: notices.length,
      emailsSent: sent.sent,
      emailsFailed: sent.failed,
    };
  } catch (e) {
    // A digest SES accepted without its marks keeps the lock until the lease runs out: an immediate retry
    // would send it again. Any other failure sent nothing unmarked, so the lock is freed at once.
    if (!(e instanceof SentButNotMarked)) await deps.lock.release(runId, deps.clock.now());
    throw e;
  }
};
