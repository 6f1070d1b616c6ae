import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { sweepLockKey } from '@hjemmestotte/store';
import type { SweepLock } from '../ports.ts';

/**
 * Longer than the sweep's Lambda time-out (120 s) with 30 s to spare, so a live run never loses the lock;
 * shorter than 3 minutes, so after a run that crashed (or a digest sent but not marked) Lambda's second
 * asynchronous retry of the same invocation (about 3 minutes after the failure) finds it free and sends
 * what is left that day. Asserted against the wiring by test/wiring/send-lease.test.ts.
 */
export const LEASE_MS = 150_000;

export const dynamoSweepLock = (
  db: DynamoDBDocumentClient,
  tableName: string,
  leaseMs = LEASE_MS,
): SweepLock => ({
  async acquire(runId, now) {
    try {
      // One write; the old image (when the last run finished) comes back with it, not by a read.
      const out = await db.send(
        new UpdateCommand({
          TableName: tableName,
          Key: sweepLockKey(),
          UpdateExpression: 'SET runId = :run, leaseUntil = :until',
          ConditionExpression: 'attribute_not_exists(leaseUntil) OR leaseUntil < :now',
          ExpressionAttributeValues: {
            ':run': runId,
            ':now': now.toISOString(),
            ':until': new Date(now.getTime() + leaseMs).toISOString(),
          },
          ReturnValues: 'ALL_OLD',
        }),
      );
      const lastFinishedAt = out.Attributes?.lastFinishedAt;
      return {
        ...(typeof lastFinishedAt === 'string' ? { lastFinishedAt } : {}),
        // A lease still on the item: its run never released it (it crashed), so its marks may be recent.
        ...(typeof out.Attributes?.leaseUntil === 'string' ? { tookOver: true as const } : {}),
      };
    } catch (e) {
      if (e instanceof ConditionalCheckFailedException) return undefined;
      throw e;
    }
  },
  async release(runId, now) {
    try {
      await db.send(
        new UpdateCommand({
          TableName: tableName,
          Key: sweepLockKey(),
          UpdateExpression: 'SET lastFinishedAt = :at REMOVE leaseUntil, runId',
          ConditionExpression: 'runId = :run',
          ExpressionAttributeValues: { ':run': runId, ':at': now.toISOString() },
        }),
      );
    } catch (e) {
      // Taken over by a later run after the lease: that run's lock is not ours to free.
      if (!(e instanceof ConditionalCheckFailedException)) throw e;
    }
  },
});
