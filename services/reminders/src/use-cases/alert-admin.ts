import { type FeedbackFacts, renderFeedbackAlert } from '../email/feedback-alert.ts';
import { type SendOnceDeps, sendOnce } from './send-once.ts';

/**
 * Tells the admin about a bounce or complaint, once per SES message and kind. The admin's own address is
 * left out: alerting it about itself would loop.
 */
export const alertAdmin = async (
  deps: SendOnceDeps & { adminEmail: string },
  messageId: string,
  f: FeedbackFacts,
) => {
  const addresses = f.addresses.filter((a) => a.toLowerCase() !== deps.adminEmail.toLowerCase());
  if (addresses.length === 0) return 'nothing-to-tell';
  return sendOnce(
    deps,
    `ses-feedback#${messageId}#${f.kind}`,
    renderFeedbackAlert(deps.adminEmail, { ...f, addresses }),
  );
};
