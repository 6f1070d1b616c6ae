import { type SESClient, SendRawEmailCommand } from '@aws-sdk/client-ses';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type { Mailer } from '../ports.ts';

/**
 * SendRawEmail (the only SES v1 call that carries an attachment), through the configuration set so bounces
 * and complaints reach EventBridge. Throttling is retried by the SDK's standard retry strategy.
 */
export const sesMailer = (ses: SESClient, from: string, configurationSet: string): Mailer => ({
  async send(email) {
    const raw = await new MailComposer({
      from,
      to: email.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      attachments: email.attachments,
    })
      .compile()
      .build();
    const out = await ses.send(
      new SendRawEmailCommand({ RawMessage: { Data: raw }, ConfigurationSetName: configurationSet }),
    );
    return out.MessageId ?? '';
  },
});
