import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import {
  type _Record,
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
} from '@aws-sdk/client-dynamodb-streams';
import type { TableName } from '@hjemmestotte/wiring';
import { localClient } from './dynamodb-local.ts';
import type { FunctionRuntime } from './function-runtime.ts';

/**
 * Stand-in for Lambda's DynamoDB Stream event source mapping: polls DynamoDB Local's stream, applies the
 * same `pk` prefix filter, and calls the function with batches; a failed batch is retried (as Lambda does)
 * before the poller moves on, so the outbox drains in order.
 */
export const startStreamPoller = async (
  endpoint: string,
  tableNames: Record<TableName, string>,
  runtime: FunctionRuntime,
  intervalMs = 100,
): Promise<{ idle(): Promise<void>; stop(): Promise<void> }> => {
  const ddb = localClient(endpoint);
  const streams = new DynamoDBStreamsClient({
    endpoint,
    region: 'eu-north-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const consumers = runtime.specs.flatMap((f) => (f.streams ?? []).map((s) => ({ functionId: f.id, ...s })));
  const iterators = new Map<string, string>();
  let stopped = false;
  let busy = false;
  let backlog = false;

  const streamArn = async (table: TableName) =>
    (await ddb.send(new DescribeTableCommand({ TableName: tableNames[table] }))).Table?.LatestStreamArn;

  const deliver = async (records: (_Record & { eventSourceARN: string })[]) => {
    for (const c of consumers) {
      const tableArnPart = `/${tableNames[c.table]}/`;
      const mine = records.filter(
        (r) =>
          r.eventSourceARN?.includes(tableArnPart) && r.dynamodb?.NewImage?.pk?.S?.startsWith(c.pkPrefix),
      );
      for (let i = 0; i < mine.length; i += c.batchSize) {
        const batch = mine.slice(i, i + c.batchSize);
        for (let attempt = 0; ; attempt++) {
          try {
            await runtime.invoke(c.functionId, { Records: batch });
            break;
          } catch (e) {
            if (stopped) return;
            if (attempt % 10 === 9)
              console.error(`[streams] ${c.functionId} still failing: ${(e as Error).message}`);
            await new Promise((r) => setTimeout(r, Math.min(2000, 50 * 2 ** attempt)));
          }
        }
      }
    }
  };

  const pollOnce = async () => {
    backlog = false;
    const tablesWithConsumers = [...new Set(consumers.map((c) => c.table))];
    for (const table of tablesWithConsumers) {
      const arn = await streamArn(table);
      if (!arn) continue;
      const shards =
        (await streams.send(new DescribeStreamCommand({ StreamArn: arn }))).StreamDescription?.Shards ?? [];
      for (const shard of shards) {
        const key = `${arn}|${shard.ShardId}`;
        let iterator = iterators.get(key);
        if (iterator === undefined) {
          const out = await streams.send(
            new GetShardIteratorCommand({
              StreamArn: arn,
              ShardId: shard.ShardId,
              ShardIteratorType: 'TRIM_HORIZON',
            }),
          );
          iterator = out.ShardIterator ?? '';
        }
        if (!iterator) continue;
        const out = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 1000 }));
        const records = (out.Records ?? []).map((r) => ({ ...r, eventSourceARN: arn }));
        if (records.length > 0) {
          backlog = true;
          await deliver(records);
        }
        iterators.set(key, out.NextShardIterator ?? '');
      }
    }
  };

  const loop = async () => {
    while (!stopped) {
      busy = true;
      try {
        await pollOnce();
      } catch (e) {
        if (!stopped) console.error('[streams]', (e as Error).message);
      }
      busy = false;
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  };
  const running = consumers.length > 0 ? loop() : Promise.resolve();

  return {
    /** Waits until a full poll found nothing new. */
    async idle() {
      do {
        await new Promise((r) => setTimeout(r, intervalMs * 2));
      } while (busy || backlog);
    },
    async stop() {
      stopped = true;
      await running;
      ddb.destroy();
      streams.destroy();
    },
  };
};
