import type { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type OutgoingEvent, publishEntries, toEntry } from '@hjemmestotte/events';
import { outboxKey } from '@hjemmestotte/store';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { batchWriteAll } from './batch.ts';
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
    // 25 per request instead of one each. A retried stream batch may repeat a record, and BatchWriteItem
    // refuses a key twice in one request. Deletes still unprocessed fail the batch, so the stream retries it
    // and publishes those events again with their stable ids (consumers apply each id once).
    await batchWriteAll(
      db,
      tableName,
      [...new Set(items.map((i) => i.pk))].map((pk) => ({ DeleteRequest: { Key: { pk, sk: 'OUTBOX' } } })),
    ).catch((e: Error) => {
      throw new Error(`outbox entries left undeleted: ${e.message}`, { cause: e });
    });
    return { published: items.length };
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
