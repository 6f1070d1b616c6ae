import { randomUUID } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, type DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { sentKey } from '@hjemmestotte/store';

/**
 * Which single emails were sent (a concern, a status report, a month's supervision figures): one `SENT#<key>`
 * item each, claimed with a lease, then marked sent. Together with `sendOnce` an email goes out once however
 * often its event or schedule fires; a crash after SES accepted and before the mark sends it again after the
 * lease (at-least-once in that window only). An email is never counted as sent unless SES accepted it: a
 * live claim of another run fails the caller (`EmailInFlight`) so the event is retried, and after Lambda's
 * retries lands in the on-failure queue with its alarm.
 */
export interface SendLedger {
  /**
   * `claimed` when the key was never claimed, or a crashed run's claim is past its lease; `sent` once an
   * earlier run sent it; `in-flight` while another run's claim is within its lease (that run may still send,
   * or may have died: the caller must not count it as sent).
   */
  claim(key: string, runId: string, now: Date): Promise<'claimed' | 'sent' | 'in-flight'>;
  /** Records that SES accepted the email; a run that lost its claim (past the lease) changes nothing. */
  markSent(key: string, runId: string, now: Date, messageId: string): Promise<void>;
  /** Gives this run's claim up after a failed send, so a retry sends it; never undoes a sent record. */
  release(key: string, runId: string): Promise<void>;
}

/**
 * Another run holds the email's claim: thrown so that the event (or schedule) is retried, and after the
 * retries lands in the function's on-failure queue with its alarm, never counted as sent.
 */
export class EmailInFlight extends Error {
  constructor(readonly key: string) {
    super("another run holds this email's claim; retry after its lease");
    this.name = 'EmailInFlight';
  }
}

/**
 * Longer than the time-out of every function that sends single emails (at most 120 s, asserted by
 * test/wiring/send-lease.test.ts), so a live run never loses its claim; short enough that Lambda's asynchronous
 * retries (about 1 and 3 minutes after a failed invocation) find a crashed run's claim expired and send.
 */
export const SEND_LEASE_MS = 150_000;

// The exception's item is in DynamoDB's attribute-value form (the document client does not convert errors).
const stateOf = (e: ConditionalCheckFailedException) => {
  const state = (e.Item as Record<string, { S?: string } | string> | undefined)?.['state'];
  return typeof state === 'string' ? state : state?.S;
};

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
          // The refusal carries the item as it stands: sent, or another run's live claim. No second read.
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return 'claimed';
    } catch (e) {
      if (!(e instanceof ConditionalCheckFailedException)) throw e;
      return stateOf(e) === 'sent' ? 'sent' : 'in-flight';
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
 * Sends an email unless it was sent before: claim, send, mark sent. A refused send releases the claim and
 * rethrows, so the event's or schedule's retry sends it; a repeated delivery after it was sent sends nothing;
 * another run's live claim throws `EmailInFlight`, so the retry comes back to it (never reported as sent).
 */
export const sendOnce = async (
  ledger: SendLedger,
  key: string,
  now: () => Date,
  send: () => Promise<string>,
): Promise<'sent' | 'already-sent'> => {
  const runId = randomUUID();
  const claim = await ledger.claim(key, runId, now());
  if (claim === 'sent') return 'already-sent';
  if (claim === 'in-flight') throw new EmailInFlight(key);
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

/**
 * Several emails of one event or run, each once: every one is tried even when an earlier one is held by
 * another run, and the first such hold is thrown at the end so the whole is retried (the sent ones then
 * answer `already-sent`). Any other error stops at once, as `sendOnce` does.
 */
export const sendEachOnce = async (
  ledger: SendLedger,
  now: () => Date,
  emails: { key: string; send: () => Promise<string> }[],
): Promise<('sent' | 'already-sent')[]> => {
  const results: ('sent' | 'already-sent')[] = [];
  let held: EmailInFlight | undefined;
  for (const email of emails) {
    try {
      results.push(await sendOnce(ledger, email.key, now, email.send));
    } catch (e) {
      if (!(e instanceof EmailInFlight)) throw e;
      held ??= e;
    }
  }
  if (held) throw held;
  return results;
};
