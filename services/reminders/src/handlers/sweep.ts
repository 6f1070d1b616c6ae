import { logger } from '@hjemmestotte/lambda-kit';
import * as z from 'zod';
import { dynamoAgenda } from '../adapters/dynamo-agenda.ts';
import { dynamoSweepLock } from '../adapters/dynamo-sweep-lock.ts';
import { runSweep } from '../use-cases/run-sweep.ts';
import { config, db, shared } from './runtime.ts';

const deps = {
  ...shared,
  agenda: dynamoAgenda(db, config.TABLE_MAIN),
  lock: dynamoSweepLock(db, config.TABLE_MAIN),
  policy: config.MUNICIPALITY_POLICY,
};

/** What EventBridge Scheduler sends (its context attribute `<aws.scheduler.scheduled-time>`), and the local one too. */
const scheduledInput = z.object({ schedule: z.string(), scheduledAt: z.iso.datetime({ offset: true }) });

export const handler = async (event: unknown) => {
  const { scheduledAt } = scheduledInput.parse(event);
  const summary = await runSweep(deps, new Date(scheduledAt));
  logger.info('sweep done', { ...summary });
  // A refused digest stays unmarked; failing the invocation lets the scheduler's retry policy send it today.
  if (summary.emailsFailed > 0) throw new Error(`${summary.emailsFailed} digest(s) not sent`);
  return summary;
};
