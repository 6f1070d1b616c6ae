import { ConcernRaised, type IncomingEvent, parseEvent } from '@hjemmestotte/events';
import { logger } from '@hjemmestotte/lambda-kit';
import { notifyConcern } from '../use-cases/notify-concern.ts';
import { shared } from './runtime.ts';

/** ConcernRaised (from visits): mail the caseworker and team leader now, not at the next sweep. */
export const handler = async (event: IncomingEvent) => {
  const { data, occurredAt } = parseEvent(ConcernRaised, event);
  const results = await notifyConcern(shared, data, occurredAt);
  logger.info('concern notified', { visitId: data.visitId, results });
};
