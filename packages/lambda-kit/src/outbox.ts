import type { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type OutgoingEvent, publishEntries, toEntry } from '@hjemmestotte/events';
import { outboxKey } from '@hjemmestotte/store';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { dynamoClient, eventBridgeClient } from './clients.ts';
import { env, loadConfig } from './config.ts';

/**
 * Transactional outbox: a write and the event announcing it go into one TransactWriteItems, so an accepted
 * change can never lack its event. The relay (a stream consumer) publishes and then deletes each entry.
 */
export const outboxPut = (tableName: string, service: string, event: OutgoingEvent) => {
  // The relay adds its bus: writers need no permission on it and no bus name.
  const { EventBusName: _bus, ...entry } = toEntry('', event);
  const { eventId } = JSON.parse(entry.Detail ?? '{}') as { eventId: string };
  return {
    Put: {
      TableName: tableName,
      Item: { ...outboxKey(service, eventId), entry, createdAt: new Date().toISOString() },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
};

export interface OutboxRelayDeps {
  db: DynamoDBDocumentClient;
  tableName: string;
  busName: string;
  eventBridge?: EventBridgeClient;
}

/**
 * Publishes the outbox entries of a stream batch. A failed PutEvents throws, so the batch is retried;
 * consumers see each event's stable `eventId` and treat a repeat as already done (exactly once in effect).
 */
export const createOutboxRelay =
  ({ db, tableName, busName, eventBridge = eventBridgeClient() }: OutboxRelayDeps) =>
  async (event: DynamoDBStreamEvent): Promise<{ published: number }> => {
    const items = event.Records.filter((r) => r.eventName === 'INSERT' && r.dynamodb?.NewImage).map((r) => {
      const image = r.dynamodb!.NewImage!;
      return { pk: image.pk!.S!, entry: JSON.parse(JSON.stringify(unmarshallEntry(image.entry))) };
    });
    if (items.length === 0) return { published: 0 };
    await publishEntries(
      eventBridge,
      items.map((i) => ({ ...i.entry, EventBusName: busName })),
    );
    // A retried stream batch may repeat a record; BatchWriteItem refuses a key twice in one request.
    await deleteEntries(db, tableName, [...new Set(items.map((i) => i.pk))]);
    return { published: items.length };
  };

// BatchWriteItem takes at most 25 requests.
const BATCH_LIMIT = 25;

/**
 * Deletes published entries, 25 per request instead of one request each (the relay's batches are 25). Keys
 * DynamoDB leaves unprocessed are asked again; if some still are, the error makes the stream retry the
 * batch, which publishes those events again with their stable ids (consumers apply each id once).
 */
const deleteEntries = async (db: DynamoDBDocumentClient, tableName: string, pks: string[]) => {
  for (let i = 0; i < pks.length; i += BATCH_LIMIT) {
    let requests = pks
      .slice(i, i + BATCH_LIMIT)
      .map((pk) => ({ DeleteRequest: { Key: { pk, sk: 'OUTBOX' } } }));
    for (let attempt = 0; requests.length > 0; attempt++) {
      if (attempt === 4) throw new Error(`${requests.length} outbox entries left undeleted`);
      if (attempt > 0) await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
      const out = await db.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests } }));
      requests = (out.UnprocessedItems?.[tableName] ?? []) as typeof requests;
    }
  }
};

// Stream images are in DynamoDB's attribute-value form; the entry is a map of strings.
type AttributeMap = Record<string, { S?: string; M?: AttributeMap }>;
const unmarshallEntry = (value: unknown) => {
  const m = (value as { M?: AttributeMap }).M ?? {};
  return Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v.S]));
};

let relay: ReturnType<typeof createOutboxRelay> | undefined;

/** The Lambda entry each service's outbox function re-exports: configured from TABLE_MAIN at first call. */
export const outboxRelayHandler = (event: DynamoDBStreamEvent) => {
  if (!relay) {
    const c = loadConfig({ TABLE_MAIN: env.table, EVENT_BUS_NAME: env.table });
    relay = createOutboxRelay({ db: dynamoClient(), tableName: c.TABLE_MAIN, busName: c.EVENT_BUS_NAME });
  }
  return relay(event);
};
