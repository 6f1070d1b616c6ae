import { logger } from '@hjemmestotte/lambda-kit';
import { type DigestLine, followUpUid, renderDigest } from '../email/digest.ts';
import { type Notice, noticeKey } from '../stages/notice.ts';
import type { AddressedNotice } from './collect-notices.ts';
import { inChunks } from './in-chunks.ts';
import type { SweepDeps } from './run-sweep.ts';

/**
 * One digest per recipient of the notices this run claimed. After SES accepts a digest its notices are marked
 * sent; when SES refuses it (throttling past the SDK's retries, an outage) they are released so the next run
 * sends them. A crash between the two leaves them claimed until the lease runs out: then they are sent again.
 */
export const sendDigests = async (deps: SweepDeps, runId: string, claimed: AddressedNotice[], asOf: Date) => {
  const byRecipient = new Map<string, AddressedNotice[]>();
  for (const c of claimed) {
    const list = byRecipient.get(c.email) ?? [];
    list.push(c);
    byRecipient.set(c.email, list);
  }
  // One SEQUENCE look-up per follow-up and run, shared by every digest that shows it.
  const sequences = new Map<string, Promise<number>>();
  const sequenceOf = (notice: Notice) => {
    const e = notice.entry;
    if (e.kind !== 'follow-up') return Promise.resolve(undefined);
    const uid = followUpUid(e.caseId, e.itemId, deps.municipalityId);
    let seq = sequences.get(uid);
    if (!seq) {
      seq = deps.sequences.sequenceFor(uid, e.dueOn);
      sequences.set(uid, seq);
    }
    return seq;
  };
  let sent = 0;
  let failed = 0;
  for (const [to, notices] of byRecipient) {
    const keys = notices.map((n) => noticeKey(n.notice));
    let messageId: string;
    try {
      const lines: DigestLine[] = [];
      for (const batch of inChunks(notices, 25)) {
        lines.push(
          ...(await Promise.all(
            batch.map(async ({ notice }) => ({ notice, sequence: await sequenceOf(notice) })),
          )),
        );
      }
      messageId = await deps.mailer.send(renderDigest(to, lines, deps.links, deps.municipalityId, asOf));
    } catch (e) {
      failed++;
      logger.warn('digest not sent; released for the next run', {
        notices: keys.length,
        error: (e as Error).name,
      });
      await deps.ledger.release(keys, runId);
      continue;
    }
    // Sent: from here on a failure must not release (that would send twice); the lease covers a crash.
    await deps.ledger.markSent(keys, runId, deps.clock.now(), messageId);
    sent++;
  }
  return { sent, failed };
};
