import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { batchGetAll, batchWriteAll } from '../src/batch.ts';

type Input = { RequestItems: Record<string, { Keys?: { id: number }[] } & unknown[]> };

/** A table client that leaves the last key or request of its first `throttled` calls unprocessed. */
const fakeDb = (throttled: number) => {
  const calls: { kind: string; size: number; input: unknown }[] = [];
  const db = {
    send: async (cmd: { constructor: { name: string }; input: Input }) => {
      const req = cmd.input.RequestItems['t'] as unknown as { Keys: { id: number }[] } | { id: number }[];
      const all = Array.isArray(req) ? req : req.Keys;
      calls.push({ kind: cmd.constructor.name, size: all.length, input: cmd.input });
      const left = calls.length <= throttled ? all.slice(-1) : [];
      const done = all.slice(0, all.length - left.length);
      return Array.isArray(req)
        ? { UnprocessedItems: left.length ? { t: left } : {} }
        : {
            Responses: { t: done.map((k) => ({ ...k, found: true })) },
            UnprocessedKeys: left.length ? { t: { ...req, Keys: left } } : {},
          };
    },
  } as unknown as DynamoDBDocumentClient;
  return { db, calls };
};

describe('batch reads and writes in one table', () => {
  it('reads 250 keys in calls of 100, asking again for the keys left unprocessed, with the options given', async () => {
    const { db, calls } = fakeDb(1);
    const keys = Array.from({ length: 250 }, (_, id) => ({ id }));
    const items = await batchGetAll(db, 't', keys, { consistentRead: true, projection: 'id' });
    expect(items.map((i) => i['id']).sort((a, b) => Number(a) - Number(b))).toEqual(keys.map((k) => k.id));
    expect(calls.map((c) => c.size)).toEqual([100, 1, 100, 50]);
    expect(calls[0]?.input).toMatchObject({
      RequestItems: { t: { ConsistentRead: true, ProjectionExpression: 'id' } },
    });
  });

  it('writes 30 requests in calls of 25, sending the unprocessed ones again', async () => {
    const { db, calls } = fakeDb(2);
    const requests = Array.from({ length: 30 }, (_, id) => ({ PutRequest: { Item: { id } } }));
    await batchWriteAll(db, 't', requests);
    expect(calls.map((c) => c.size)).toEqual([25, 1, 1, 5]);
  });

  it('throws when DynamoDB still leaves some undone after six attempts, so the caller retries the whole', async () => {
    const { db, calls } = fakeDb(100);
    await expect(batchWriteAll(db, 't', [{ PutRequest: { Item: { id: 1 } } }])).rejects.toThrow(
      'BatchWriteItem left 1 requests unprocessed',
    );
    expect(calls).toHaveLength(6);
  }, 10_000);
});
