import { randomUUID } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, type DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { sentKey } from '@hjemmestotte/store';

/**
 * Which single emails were sent (a concern, a status report, a month's supervision figures): one `SENT#<key>`
 * item each, claimed with a lease, then marked sent. Together with `sendOnce` an email goes out once however
 * often its event or schedule fires; a crash after SES accepted and before the mark sends it again after the
 * lease (at-least-once in that window only, never lost).
 */
export interface SendLedger {
  /** True when the key was never claimed, or a crashed run's claim is past its lease; false once sent. */
  claim(key: string, runId: string, now: Date): Promise<boolean>;
  /** Records that SES accepted the email; a run that lost its claim (past the lease) changes nothing. */
  markSent(key: string, runId: string, now: Date, messageId: string): Promise<void>;
  /** Gives this run's claim up after a failed send, so a retry sends it; never undoes a sent record. */
  release(key: string, runId: string): Promise<void>;
}

/** Longer than any sending function's time-out (300 s at most), so a live run never loses its claim. */
export const SEND_LEASE_MS = 15 * 60_000;

const unlessLostClaim = async (op: Promise<unknown>) => {
  try {
    await op;
  } catch (e) {
    if (!(e instanceof ConditionalCheckFailedException)) throw e;
  }
};

export const dynamoSendLedger = (
  db: DynamoDBDocumentClient,
  tableName: string,
  leaseMs = SEND_LEASE_MS,
): SendLedger => ({
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
  markSent: (key, runId, now, messageId) =>
    unlessLostClaim(
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
    unlessLostClaim(
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
});

/**
 * Sends an email unless its key was claimed before: claim, send, mark sent. A refused send releases the
 * claim and rethrows, so the event's or schedule's retry sends it; a repeated delivery sends nothing.
 */
export const sendOnce = async (
  ledger: SendLedger,
  key: string,
  now: () => Date,
  send: () => Promise<string>,
): Promise<'sent' | 'already-sent'> => {
  const runId = randomUUID();
  if (!(await ledger.claim(key, runId, now()))) return 'already-sent';
  let messageId: string;
  try {
    messageId = await send();
  } catch (e) {
    await ledger.release(key, runId);
    throw e;
  }
  await ledger.markSent(key, runId, now(), messageId);
  return 'sent';
};
