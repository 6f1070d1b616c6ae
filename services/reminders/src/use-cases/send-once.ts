import { randomUUID } from 'node:crypto';
import type { Clock } from '@hjemmestotte/domain';
import type { Mailer, OutgoingEmail, ReminderLedger } from '../ports.ts';

export interface SendOnceDeps {
  ledger: ReminderLedger;
  mailer: Mailer;
  clock: Clock;
}

/**
 * Sends an email unless its ledger key was claimed before: claim, send, mark sent. A refused send releases
 * the claim and rethrows, so the event's retry sends it; a repeated delivery of the same event sends nothing.
 */
export const sendOnce = async (
  deps: SendOnceDeps,
  key: string,
  email: OutgoingEmail,
): Promise<'sent' | 'already-sent'> => {
  const runId = randomUUID();
  if (!(await deps.ledger.claim(key, runId, deps.clock.now()))) return 'already-sent';
  let messageId: string;
  try {
    messageId = await deps.mailer.send(email);
  } catch (e) {
    await deps.ledger.release([key], runId);
    throw e;
  }
  await deps.ledger.markSent([key], runId, deps.clock.now(), messageId);
  return 'sent';
};
