import type { LocalStack } from '../../packages/local-stack/src/stack.ts';
import { sentEmails } from '../security/ses-store.ts';

/** VisitLogged events on the bus, by visitId: the distinct eventIds and the raw number of deliveries. */
export const visitLoggedById = (stack: LocalStack) => {
  const by = new Map<string, { eventIds: Set<string>; deliveries: number }>();
  for (const e of stack.bus.accepted) {
    if (e.detailType !== 'VisitLogged') continue;
    const d = e.detail as { eventId: string; data: { visitId: string } };
    const row = by.get(d.data.visitId) ?? { eventIds: new Set<string>(), deliveries: 0 };
    row.eventIds.add(d.eventId);
    row.deliveries++;
    by.set(d.data.visitId, row);
  }
  return by;
};

/** Emails to `recipient` in the SES emulator. */
export const mailsTo = async (stack: LocalStack, recipient: string) =>
  (await sentEmails(stack.sesUrl)).filter((e) => e.destination.to.includes(recipient));

/** Emails sent twice: same recipients, subject and text (a digest of one day, repeated). */
export const duplicateEmails = async (stack: LocalStack) => {
  const seen = new Map<string, number>();
  for (const e of await sentEmails(stack.sesUrl)) {
    const k = JSON.stringify([e.destination.to, e.subject, e.body.text]);
    seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  return [...seen].filter(([, n]) => n > 1).map(([k, n]) => `${n}× ${k.slice(0, 120)}`);
};

/** Runs a schedule and answers its summary, or the error it ended with (a crashed run). */
export const runSweep = async (stack: LocalStack, at: string) => {
  try {
    return { summary: await stack.scheduler.run('reminders', at) };
  } catch (e) {
    return { error: (e as Error).message };
  }
};
