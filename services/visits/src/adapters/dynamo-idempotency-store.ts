import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { EarlierRequest, IdempotencyStore } from '../ports.ts';

/** How long an answered key is remembered (the idempotency table's TTL attribute, epoch seconds). */
export const IDEMPOTENCY_TTL_SECONDS = 24 * 3600;

// DynamoDB deletes expired items late (DynamoDB Local never), so every read and the put's condition treat a
// record past `expiration`, or an in-progress one past `inProgressUntil`, as absent.
const live = (item: Record<string, unknown>, now: Date) =>
  Number(item.expiration) * 1000 > now.getTime() &&
  !(item.status === 'INPROGRESS' && Number(item.inProgressUntil) < now.getTime());

/**
 * The idempotency table. There is no claim before the work: the "answered" record is put in the write's own
 * transaction, on condition that no live record holds the key, so the first request to commit owns the key
 * and every other one with it is cancelled and answered from that record.
 */
export const dynamoIdempotencyStore = (db: DynamoDBDocumentClient, tableName: string): IdempotencyStore => {
  const interpret = (item: Record<string, unknown> | undefined, now: Date): EarlierRequest | undefined => {
    if (!item || !live(item, now)) return undefined;
    return item.status === 'COMPLETED'
      ? {
          kind: 'completed',
          fingerprint: String(item.fingerprint),
          response: JSON.parse(String(item.response)),
        }
      : { kind: 'in-progress', fingerprint: String(item.fingerprint) };
  };
  return {
    recordKey: (id) => ({ TableName: tableName, Key: { id } }),
    interpret,
    answered(id, fingerprint, response, now) {
      return {
        Put: {
          TableName: tableName,
          Item: {
            id,
            status: 'COMPLETED',
            fingerprint,
            response: JSON.stringify(response),
            expiration: Math.floor(now.getTime() / 1000) + IDEMPOTENCY_TTL_SECONDS,
          },
          ConditionExpression:
            'attribute_not_exists(id) OR expiration <= :nowS OR (#s = :inprogress AND inProgressUntil < :nowMs)',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: {
            ':nowS': Math.floor(now.getTime() / 1000),
            ':nowMs': now.getTime(),
            ':inprogress': 'INPROGRESS',
          },
        },
      };
    },
    async read(id, now) {
      const out = await db.send(new GetCommand({ TableName: tableName, Key: { id }, ConsistentRead: true }));
      return interpret(out.Item, now);
    },
  };
};
