import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, type DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { sentKey } from '@hjemmestotte/store';
import type { MonthlyLedger } from '../send-monthly.ts';

/** Longer than the function's time-out, so a live run keeps its claim; a crashed run's claim expires. */
const LEASE_MS = 15 * 60_000;

const unlessLost = async (op: Promise<unknown>) => {
  try {
    await op;
  } catch (e) {
    if (!(e instanceof ConditionalCheckFailedException)) throw e;
  }
};

/** The reminders' ledger items (`SENT#…`), with the same claim-lease-mark protocol. */
export const dynamoMonthlyLedger = (db: DynamoDBDocumentClient, tableName: string): MonthlyLedger => ({
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
            leaseUntil: new Date(now.getTime() + LEASE_MS).toISOString(),
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
  markSent: (key, runId, now, messageId) =>
    unlessLost(
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
  release: (key, runId) =>
    unlessLost(
      db.send(
        new DeleteCommand({
          TableName: tableName,
          Key: sentKey(key),
          ConditionExpression: 'runId = :run',
          ExpressionAttributeValues: { ':run': runId },
        }),
      ),
    ),
});
