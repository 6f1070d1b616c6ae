import { logger } from '@hjemmestotte/lambda-kit';
import { type DigestLine, renderDigest } from '../email/digest.ts';
import { type AgendaEntry, markOf } from '../stages/notice.ts';
import type { AddressedNotice } from './collect-notices.ts';
import type { SweepDeps } from './run-sweep.ts';
import { itemIdOf } from './still-due.ts';

/** SES accepted a digest but its marks could not be written: the run must keep its lock until the lease ends. */
export class SentButNotMarked extends Error {
  constructor(cause: unknown) {
    super('a digest was sent but its marks were not written', { cause });
    this.name = 'SentButNotMarked';
  }
}

/** One write per agenda item, holding the marks of every notice of it that this digest carried. */
const marksOf = (notices: AddressedNotice[]) => {
  const byItem = new Map<string, { entry: AgendaEntry; marks: string[] }>();
  for (const { notice } of notices) {
    const m = byItem.get(itemIdOf(notice.entry)) ?? { entry: notice.entry, marks: [] };
    m.marks.push(markOf(notice));
    byItem.set(itemIdOf(notice.entry), m);
  }
  return [...byItem.values()];
};

/**
 * One digest per recipient. Once SES accepted it, its marks go on its agenda items, so no later run sends
 * those notices again. SES refusing a digest (throttling past the SDK's retries, an outage) leaves its
 * notices unmarked: the next run (the scheduler's retry) sends them. A crash after SES accepted and before
 * the marks are written: the digest goes again after the lock's lease (at-least-once in that window only).
 * The calendar SEQUENCE is the follow-up's revision (how often planning moved it): nothing to look up.
 */
export const sendDigests = async (deps: SweepDeps, notices: AddressedNotice[], asOf: Date) => {
  const byRecipient = new Map<string, AddressedNotice[]>();
  for (const n of notices) {
    const list = byRecipient.get(n.email) ?? [];
    list.push(n);
    byRecipient.set(n.email, list);
  }
  let sent = 0;
  let failed = 0;
  for (const [to, due] of byRecipient) {
    const lines: DigestLine[] = due.map(({ notice }) => ({
      notice,
      ...(notice.entry.kind === 'follow-up' ? { sequence: notice.entry.revision ?? 0 } : {}),
    }));
    try {
      await deps.mailer.send(renderDigest(to, lines, deps.links, deps.municipalityId, asOf));
    } catch (e) {
      failed++;
      logger.warn('digest not sent; left for the next run', {
        notices: due.length,
        error: (e as Error).name,
      });
      continue;
    }
    try {
      await deps.agenda.markSent(marksOf(due));
    } catch (e) {
      throw new SentButNotMarked(e);
    }
    sent++;
  }
  return { sent, failed };
};
