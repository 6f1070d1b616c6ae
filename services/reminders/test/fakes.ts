import type { Mailer, OutgoingEmail } from '../src/ports.ts';

/** Records what would go to SES; `failFirst` refuses the first n sends as a throttled SES would. */
export const recordingMailer = (failFirst = 0): Mailer & { sent: OutgoingEmail[]; attempts: number } => {
  const m = {
    sent: [] as OutgoingEmail[],
    attempts: 0,
    async send(email: OutgoingEmail) {
      m.attempts++;
      if (m.attempts <= failFirst) {
        throw Object.assign(new Error('Maximum sending rate exceeded.'), { name: 'Throttling' });
      }
      m.sent.push(email);
      return `msg-${m.sent.length}`;
    },
  };
  return m;
};
