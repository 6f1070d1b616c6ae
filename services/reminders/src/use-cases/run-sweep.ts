import { randomUUID } from 'node:crypto';
import { type Clock, localDateOf, type MunicipalityPolicy, workingCalendar } from '@hjemmestotte/domain';
import type { Links } from '../email/links.ts';
import type { AgendaReader, CalendarSequences, CaseReader, Mailer, ReminderLedger } from '../ports.ts';
import { noticeKey } from '../stages/notice.ts';
import { collectNotices } from './collect-notices.ts';
import { inChunks } from './in-chunks.ts';
import { sendDigests } from './send-digests.ts';

export interface SweepDeps {
  agenda: AgendaReader;
  cases: CaseReader;
  ledger: ReminderLedger;
  sequences: CalendarSequences;
  mailer: Mailer;
  /** Real time, for the ledger's leases; the sweep's "today" comes from the schedule's own time. */
  clock: Clock;
  policy: MunicipalityPolicy;
  links: Links;
  municipalityId: string;
}

export interface SweepSummary {
  asOf: string;
  today: string;
  skipped?: 'not-a-working-day';
  /** The last due date inside the reminder lead (working days ahead). */
  horizon?: string;
  /** Agenda index items read by the queries. */
  itemsRead: number;
  /** Notices due today and not sent before (claimed by this run). */
  itemsDue: number;
  emailsSent: number;
  /** Digests SES refused; their notices were released for the next run. */
  emailsFailed: number;
}

/**
 * The daily sweep "as of" the schedule's time: date-range queries of the agenda index, the stages of each
 * item, a ledger claim per notice (so concurrent and repeated runs send each once), one digest per recipient.
 */
export const runSweep = async (deps: SweepDeps, asOf: Date): Promise<SweepSummary> => {
  const { policy } = deps;
  const today = localDateOf(asOf, policy.timeZone);
  const base = { asOf: asOf.toISOString(), today, itemsRead: 0, itemsDue: 0, emailsSent: 0, emailsFailed: 0 };
  const calendar = workingCalendar({ closingDays: policy.closingDays });
  if (!calendar.isWorkingDay(today)) return { ...base, skipped: 'not-a-working-day' };

  const horizon = calendar.addWorkingDays(today, policy.reminderLeadWorkingDays);
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
  const candidates = collectNotices(entries, facts, {
    calendar,
    today,
    horizon,
    escalateAfterWorkingDays: policy.escalateAfterWorkingDays,
  });

  const runId = randomUUID();
  const claimed = [];
  for (const batch of inChunks(candidates, 25)) {
    const won = await Promise.all(
      batch.map((c) => deps.ledger.claim(noticeKey(c.notice), runId, deps.clock.now())),
    );
    claimed.push(...batch.filter((_, i) => won[i]));
  }
  const { sent, failed } = await sendDigests(deps, runId, claimed, asOf);
  return {
    ...base,
    horizon,
    itemsRead: reads.reduce((n, r) => n + r.itemsRead, 0),
    itemsDue: claimed.length,
    emailsSent: sent,
    emailsFailed: failed,
  };
};
