import type { Clock } from '@hjemmestotte/domain';
import { type SendLedger, sendEachOnce, sendOnce as sendOnceByLedger } from '@hjemmestotte/lambda-kit';
import type { Mailer, OutgoingEmail } from '../ports.ts';

export interface SendOnceDeps {
  ledger: SendLedger;
  mailer: Mailer;
  clock: Clock;
}

/** One email, once however often its event arrives (the ledger's claim, send, mark sent). */
export const sendOnce = (deps: SendOnceDeps, key: string, email: OutgoingEmail) =>
  sendOnceByLedger(
    deps.ledger,
    key,
    () => deps.clock.now(),
    () => deps.mailer.send(email),
  );

/** Several emails of one event, each once; another run's live claim on any is thrown after all were tried. */
export const sendAllOnce = (deps: SendOnceDeps, emails: { key: string; email: OutgoingEmail }[]) =>
  sendEachOnce(
    deps.ledger,
    () => deps.clock.now(),
    emails.map(({ key, email }) => ({ key, send: () => deps.mailer.send(email) })),
  );
