import { randomUUID } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { ClaimOutcome, IdempotencyStore } from '../ports.ts';

/** How long an answered key is remembered (the idempotency table's TTL attribute, epoch seconds). */
export const IDEMPOTENCY_TTL_SECONDS = 24 * 3600;

// DynamoDB deletes expired items late (DynamoDB Local never), so every read and the claim's condition
// treat a record past `expiration`, or an in-progress one past `inProgressUntil`, as absent.
const live = (item: Record<string, unknown>, now: Date) =>
  Number(item.expiration) * 1000 > now.getTime() &&
  !(item.status === 'INPROGRESS' && Number(item.inProgressUntil) < now.getTime());

export const dynamoIdempotencyStore = (db: DynamoDBDocumentClient, tableName: string): IdempotencyStore => ({
  async claim(id, fingerprint, now, inProgressUntil) {
    const token = randomUUID();
    // A released or expired record can vanish between the failed put and the read: then try again.
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await db.send(
          new PutCommand({
            TableName: tableName,
            Item: {
              id,
              status: 'INPROGRESS',
              fingerprint,
              token,
              inProgressUntil: inProgressUntil.getTime(),
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
          }),
        );
        return { kind: 'claimed', claim: { id, token } };
      } catch (e) {
        if (!(e instanceof ConditionalCheckFailedException)) throw e;
      }
      const out = await db.send(new GetCommand({ TableName: tableName, Key: { id }, ConsistentRead: true }));
      const item = out.Item;
      if (!item || !live(item, now)) continue;
      const outcome: ClaimOutcome =
        item.status === 'COMPLETED'
          ? { kind: 'completed', fingerprint: item.fingerprint, response: JSON.parse(item.response) }
          : { kind: 'in-progress', fingerprint: item.fingerprint };
      return outcome;
    }
    throw new Error('idempotency record changed repeatedly while claiming');
  },

  completion(claim, response) {
    return {
      Update: {
        TableName: tableName,
        Key: { id: claim.id },
        UpdateExpression: 'SET #s = :completed, #r = :response REMOVE inProgressUntil',
        ConditionExpression: '#t = :token',
        ExpressionAttributeNames: { '#s': 'status', '#r': 'response', '#t': 'token' },
        ExpressionAttributeValues: {
          ':completed': 'COMPLETED',
          ':response': JSON.stringify(response),
          ':token': claim.token,
        },
      },
    };
  },

  async release(claim) {
    try {
      await db.send(
        new DeleteCommand({
          TableName: tableName,
          Key: { id: claim.id },
          // Only our own claim while still in progress: a completed record is the stored answer and must stay,
          // or a retry after a later failure would store the visit twice.
          ConditionExpression: '#t = :token AND #s = :inProgress',
          ExpressionAttributeNames: { '#t': 'token', '#s': 'status' },
          ExpressionAttributeValues: { ':token': claim.token, ':inProgress': 'INPROGRESS' },
        }),
      );
    } catch (e) {
      // Another request took the key over after our claim expired: it is theirs now, leave it.
      if (!(e instanceof ConditionalCheckFailedException)) throw e;
    }
  },
});
