import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import type { EventBridgeClient, PutEventsCommand, PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { visitSchema } from '@hjemmestotte/domain';
import { createOutboxRelay } from '@hjemmestotte/lambda-kit';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { logVisit } from '../src/use-cases/log-visit.ts';
import { provider, visitFixture, world } from './fixtures.ts';

type World = Awaited<ReturnType<typeof world>>;

/**
 * A bus that fails the first calls (thrown errors or FailedEntryCount, as EventBridge does under throttling)
 * and keeps what it accepted, as a consumer would see it.
 */
const flakyBus = (failures: ('throw' | 'failed-entries')[]) => {
  const accepted: PutEventsRequestEntry[] = [];
  let calls = 0;
  const client = {
    send: async (cmd: PutEventsCommand) => {
      const failure = failures[calls++];
      const entries = cmd.input.Entries ?? [];
      if (failure === 'throw')
        throw Object.assign(new Error('Service unavailable'), { name: 'ServiceUnavailable' });
      if (failure === 'failed-entries') {
        return {
          FailedEntryCount: entries.length,
          Entries: entries.map(() => ({ ErrorCode: 'InternalFailure', ErrorMessage: 'try again' })),
        };
      }
      accepted.push(...entries);
      return { FailedEntryCount: 0, Entries: entries.map((_, i) => ({ EventId: `ev-${calls}-${i}` })) };
    },
  } as unknown as EventBridgeClient;
  return { client, accepted, calls: () => calls };
};

/** The stream record DynamoDB would deliver for the stored outbox item (read back in attribute-value form). */
const streamEventFor = async (w: World): Promise<DynamoDBStreamEvent> => {
  const outbox = (await w.written()).filter((i) => i.sk === 'OUTBOX');
  const Records = [];
  for (const o of outbox) {
    const { Item } = await w.raw.send(
      new GetItemCommand({ TableName: w.tables.main, Key: { pk: { S: o.pk }, sk: { S: 'OUTBOX' } } }),
    );
    Records.push({ eventName: 'INSERT' as const, dynamodb: { NewImage: Item as never } });
  }
  return { Records };
};

const logOne = async (w: World) => {
  const res = await logVisit(
    { store: w.store, auditWrite: w.auditWrite, clock: w.clock, timeZone: 'Europe/Copenhagen' },
    provider('hjemmebasen'),
    'case-a',
    visitSchema.parse(visitFixture()),
  );
  return res.body;
};

const eventIds = (entries: PutEventsRequestEntry[]) =>
  entries.map((e) => JSON.parse(e.Detail ?? '{}').eventId);

describe('the outbox when PutEvents fails', () => {
  it('keeps the visit and its event, and publishes the event once the bus recovers', async () => {
    const w = await world();
    const visit = await logOne(w);
    const event = await streamEventFor(w);
    // First delivery: the bus is down; three attempts with FailedEntryCount before the retry of the batch.
    const bus = flakyBus(['throw', 'failed-entries', 'failed-entries', 'failed-entries', 'failed-entries']);
    const relay = createOutboxRelay({
      db: w.db,
      tableName: w.tables.main,
      busName: 'bus',
      eventBridge: bus.client,
    });
    await expect(relay(event)).rejects.toThrow();
    await expect(relay(event)).rejects.toThrow(/not accepted/);
    expect(bus.accepted).toEqual([]);
    const meanwhile = await w.written();
    expect(meanwhile.filter((i) => i.sk.startsWith('VISIT#')).map((i) => i.visitId)).toEqual([visit.visitId]);
    expect(meanwhile.filter((i) => i.sk === 'OUTBOX')).toHaveLength(1);
    // The stream retries the batch (Lambda does until the record expires): now the bus accepts it.
    await expect(relay(event)).resolves.toEqual({ published: 1 });
    expect(bus.accepted).toHaveLength(1);
    expect(bus.accepted[0]).toMatchObject({ DetailType: 'VisitLogged', EventBusName: 'bus' });
    expect(JSON.parse(bus.accepted[0]?.Detail ?? '{}').data.visitId).toBe(visit.visitId);
    expect((await w.written()).filter((i) => i.sk === 'OUTBOX')).toEqual([]);
  });

  it('publishes a repeat with the same eventId when deleting the outbox item failed, so a consumer applies it once', async () => {
    const w = await world();
    await logOne(w);
    const event = await streamEventFor(w);
    const bus = flakyBus([]);
    let deletes = 0;
    // The bus took the event but the clean-up failed: the batch is retried and the event goes out again.
    const flakyDb = {
      send: (cmd: { constructor: { name: string } }) => {
        if (cmd.constructor.name === 'BatchWriteCommand' && deletes++ === 0)
          return Promise.reject(new Error('throttled'));
        return w.db.send(cmd as never);
      },
    } as unknown as DynamoDBDocumentClient;
    const relay = createOutboxRelay({
      db: flakyDb,
      tableName: w.tables.main,
      busName: 'bus',
      eventBridge: bus.client,
    });
    await expect(relay(event)).rejects.toThrow('throttled');
    await relay(event);
    expect(bus.accepted).toHaveLength(2);
    const ids = eventIds(bus.accepted);
    expect(new Set(ids).size).toBe(1);
    expect((await w.written()).filter((i) => i.sk === 'OUTBOX')).toEqual([]);
  });

  /** A table client that answers the first `times` deletes with every key unprocessed (throttling). */
  const unprocessing = (w: World, times: number) => {
    let batchWrites = 0;
    const db = {
      send: (cmd: { constructor: { name: string }; input: { RequestItems?: Record<string, unknown> } }) => {
        if (cmd.constructor.name === 'BatchWriteCommand' && batchWrites++ < times)
          return Promise.resolve({ UnprocessedItems: cmd.input.RequestItems });
        return w.db.send(cmd as never);
      },
    } as unknown as DynamoDBDocumentClient;
    return { db, batchWrites: () => batchWrites };
  };

  it('asks again for the deletes DynamoDB left unprocessed, and leaves no outbox entry', async () => {
    const w = await world();
    await logOne(w);
    const event = await streamEventFor(w);
    const bus = flakyBus([]);
    const flaky = unprocessing(w, 2);
    const relay = createOutboxRelay({
      db: flaky.db,
      tableName: w.tables.main,
      busName: 'bus',
      eventBridge: bus.client,
    });
    await expect(relay(event)).resolves.toEqual({ published: 1 });
    expect(flaky.batchWrites()).toBe(3);
    expect(bus.accepted).toHaveLength(1);
    expect((await w.written()).filter((i) => i.sk === 'OUTBOX')).toEqual([]);
  });

  it('fails the batch when deletes stay unprocessed, so the stream retries it and the entry is not lost', async () => {
    const w = await world();
    await logOne(w);
    const event = await streamEventFor(w);
    const bus = flakyBus([]);
    const relay = createOutboxRelay({
      db: unprocessing(w, 100).db,
      tableName: w.tables.main,
      busName: 'bus',
      eventBridge: bus.client,
    });
    await expect(relay(event)).rejects.toThrow(/left undeleted/);
    expect((await w.written()).filter((i) => i.sk === 'OUTBOX')).toHaveLength(1);
  });
});
