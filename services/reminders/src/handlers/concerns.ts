import {
  ConcernRaised,
  type IncomingEvent,
  isEvent,
  parseEvent,
  StatusReportSubmitted,
} from '@hjemmestotte/events';
import { logger } from '@hjemmestotte/lambda-kit';
import { notifyConcern } from '../use-cases/notify-concern.ts';
import { notifyStatusReport } from '../use-cases/notify-status-report.ts';
import { shared } from './runtime.ts';

/** Emails that go at once, not at the next sweep: a concern (caseworker, team leader), a status report. */
export const handler = async (event: IncomingEvent) => {
  if (isEvent(StatusReportSubmitted, event)) {
    const { data, occurredAt } = parseEvent(StatusReportSubmitted, event);
    const result = await notifyStatusReport(shared, data, occurredAt);
    logger.info('status report notified', { reportId: data.reportId, result });
    return;
  }
  const { data, occurredAt } = parseEvent(ConcernRaised, event);
  const results = await notifyConcern(shared, data, occurredAt);
  logger.info('concern notified', { visitId: data.visitId, results });
};
