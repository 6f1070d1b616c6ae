import {
  FollowUpHeld,
  FollowUpScheduled,
  type IncomingEvent,
  isEvent,
  PlanUpdated,
  parseEvent,
} from '@hjemmestotte/events';
import { dynamoClient, env, loadConfig, logger } from '@hjemmestotte/lambda-kit';
import { dynamoNextDeadline } from '../adapters/dynamo-next-deadline.ts';
import { refreshNextDeadline } from '../use-cases/refresh-next-deadline.ts';

// Only the table: the municipality's variables (its policy above all) would be parsed for nothing at every
// cold start, and with them the calendar and most of zod.
const config = loadConfig({ TABLE_MAIN: env.table });
const port = dynamoNextDeadline(dynamoClient(), config.TABLE_MAIN);

const caseIdOf = (event: IncomingEvent): string => {
  if (isEvent(FollowUpScheduled, event)) return parseEvent(FollowUpScheduled, event).data.caseId;
  if (isEvent(FollowUpHeld, event)) return parseEvent(FollowUpHeld, event).data.caseId;
  if (isEvent(PlanUpdated, event)) return parseEvent(PlanUpdated, event).data.caseId;
  // A subscription without a branch here is a wiring mistake: fail so it shows (and reaches the DLQ).
  throw new Error(`unexpected event ${event.source}/${event['detail-type']}`);
};

/** EventBridge target: the case's next deadline (the `byCaseworker` sort key) follows planning's schedule. */
export const handler = async (event: IncomingEvent) => {
  const caseId = caseIdOf(event);
  const result = await refreshNextDeadline(port, caseId);
  logger.info('next deadline', { caseId, ...result });
};
