import { logger } from '@hjemmestotte/lambda-kit';
import * as z from 'zod';
import { alertAdmin } from '../use-cases/alert-admin.ts';
import { config, shared } from './runtime.ts';

const recipients = z.array(z.object({ emailAddress: z.string() }));

/** What an SES configuration set's EventBridge destination puts on the default bus (the parts read here). */
const sesFeedbackEvent = z.object({
  source: z.literal('aws.ses'),
  'detail-type': z.enum(['Email Bounced', 'Email Complaint Received']),
  detail: z.object({
    mail: z.object({ messageId: z.string() }),
    bounce: z.object({ bounceType: z.string(), bouncedRecipients: recipients }).optional(),
    complaint: z.object({ complainedRecipients: recipients }).optional(),
  }),
});

export const handler = async (event: unknown) => {
  const e = sesFeedbackEvent.parse(event);
  const bounce = e['detail-type'] === 'Email Bounced';
  const addresses = (
    bounce ? e.detail.bounce?.bouncedRecipients : e.detail.complaint?.complainedRecipients
  )?.map((r) => r.emailAddress);
  const result = await alertAdmin({ ...shared, adminEmail: config.ADMIN_EMAIL }, e.detail.mail.messageId, {
    kind: bounce ? 'bounce' : 'complaint',
    bounceType: e.detail.bounce?.bounceType,
    addresses: addresses ?? [],
  });
  logger.info('ses feedback handled', { kind: e['detail-type'], result });
};
