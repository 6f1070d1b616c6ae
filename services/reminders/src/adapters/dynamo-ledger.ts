import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, type DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { sentKey } from '@hjemmestotte/store';
import type { ReminderLedger } from '../ports.ts';

/**
 * Longer than the sweep's Lambda timeout (300 s), so a live run never loses its claim; a run that crashed
 * between sending and recording leaves a claim that the next run after the lease takes over.
 */
export const LEASE_MS = 15 * 60_000;

/** 25 writes at a time: a digest can carry hundreds of notices, more than the SDK's socket pool. */
const inBatches = async (keys: string[], write: (key: string) => Promise<unknown>) => {
  for (let i = 0; i < keys.length; i += 25) await Promise.all(keys.slice(i, i + 25).map(write));
};

const ignoringLostClaim = async (op: Promise<unknown>) => {
  try {
    await op;
  } catch (e) {
    if (!(e instanceof ConditionalCheckFailedException)) throw e;
  }
};

export const dynamoLedger = (
  db: DynamoDBDocumentClient,
  tableName: string,
  leaseMs = LEASE_MS,
): ReminderLedger => ({
  async claim(key, runId, now) {
    try {
      await db.send(
        new PutCommand({
          TableName: tableName,
          Item: {
            ...sentKey(key),
            state: 'sending',
            runId,
            claimedAt: now.toISOString(),
            leaseUntil: new Date(now.getTime() + leaseMs).toISOString(),
          },
          ConditionExpression: 'attribute_not_exists(pk) OR (#s = :sending AND leaseUntil < :now)',
          ExpressionAttributeNames: { '#s': 'state' },
          ExpressionAttributeValues: { ':sending': 'sending', ':now': now.toISOString() },
        }),
      );
      return true;
    } catch (e) {
      if (e instanceof ConditionalCheckFailedException) return false;
      throw e;
    }
  },
  async markSent(keys, runId, now, messageId) {
    await inBatches(keys, (key) =>
      ignoringLostClaim(
        db.send(
          new UpdateCommand({
            TableName: tableName,
            Key: sentKey(key),
            UpdateExpression: 'SET #s = :sent, sentAt = :now, messageId = :m REMOVE leaseUntil',
            ConditionExpression: 'runId = :run',
            ExpressionAttributeNames: { '#s': 'state' },
            ExpressionAttributeValues: {
              ':sent': 'sent',
              ':now': now.toISOString(),
              ':m': messageId,
              ':run': runId,
            },
          }),
        ),
      ),
    );
  },
  async release(keys, runId) {
    await inBatches(keys, (key) =>
      ignoringLostClaim(
        db.send(
          new DeleteCommand({
            TableName: tableName,
            Key: sentKey(key),
            ConditionExpression: 'runId = :run AND #s = :sending',
            ExpressionAttributeNames: { '#s': 'state' },
            ExpressionAttributeValues: { ':run': runId, ':sending': 'sending' },
          }),
        ),
      ),
    );
  },
});
