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
  // Scheduler invokes asynchronously, so a failed invocation is retried by Lambda (twice, about 1 and 3 minutes
  // later) and then goes to the on-failure queue with its alarm. A refused digest stays unmarked: fail, so a
  // retry sends it today. A lock held by another run: fail too, not succeed, since that run may have crashed
  // (its lease ends before the second retry); a live concurrent run leaves the retry nothing to send.
  if (summary.emailsFailed > 0) throw new Error(`${summary.emailsFailed} digest(s) not sent`);
  if (summary.skipped === 'another-sweep-running')
    throw new Error('another sweep holds the lock; retried after its lease');
  return summary;
};
