import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/** What a phase cost DynamoDB, counted item by item on the client the code under test uses. */
export interface DynamoCount {
  requests: number;
  /** Every item read: a Query or Scan's ScannedCount, each key of a Get or BatchGet (found or not). */
  itemsRead: number;
  /** Every item written: each Put, Update, Delete (a failed condition too), each BatchWrite request, each
   * item of a transaction (a ConditionCheck included). */
  itemsWritten: number;
  /** Capacity units as DynamoDB Local reports them (ReturnConsumedCapacity INDEXES): table and indexes. */
  readUnits: number;
  writeUnits: number;
}

type Args = { input: Record<string, unknown> };
type Next = (args: Args) => Promise<{ output: Record<string, unknown> }>;

const keysOf = (requestItems: unknown) =>
  Object.values((requestItems ?? {}) as Record<string, { Keys?: unknown[] } | unknown[]>).reduce<number>(
    (n, r) => n + (Array.isArray(r) ? r.length : (r.Keys?.length ?? 0)),
    0,
  );

const capacity = (out: Record<string, unknown>) => {
  const raw = out.ConsumedCapacity;
  const list = (Array.isArray(raw) ? raw : raw ? [raw] : []) as {
    ReadCapacityUnits?: number;
    WriteCapacityUnits?: number;
    CapacityUnits?: number;
  }[];
  return list;
};

/** Counts every request of the client from now on; `count` is live, `stop()` takes the middleware away. */
export const meterDynamo = (client: DynamoDBClient) => {
  const count: DynamoCount = { requests: 0, itemsRead: 0, itemsWritten: 0, readUnits: 0, writeUnits: 0 };
  const name = `meter-${Math.random().toString(36).slice(2)}`;
  const middleware =
    (next: Next, context: { commandName?: string }) =>
    async (args: Args): Promise<{ output: Record<string, unknown> }> => {
      const cmd = (context.commandName ?? '').replace(/Command$/, '');
      const input = args.input;
      count.requests++;
      if (/^(Put|Update|Delete)Item$/.test(cmd)) count.itemsWritten += 1;
      else if (cmd === 'BatchWriteItem') count.itemsWritten += keysOf(input.RequestItems);
      else if (cmd === 'TransactWriteItems') count.itemsWritten += (input.TransactItems as unknown[]).length;
      else if (cmd === 'GetItem') count.itemsRead += 1;
      else if (cmd === 'BatchGetItem') count.itemsRead += keysOf(input.RequestItems);
      else if (cmd === 'TransactGetItems') count.itemsRead += (input.TransactItems as unknown[]).length;
      const out = await next({ ...args, input: { ...input, ReturnConsumedCapacity: 'INDEXES' } });
      if (cmd === 'Query' || cmd === 'Scan') count.itemsRead += Number(out.output.ScannedCount ?? 0);
      for (const c of capacity(out.output)) {
        const units = c.CapacityUnits ?? 0;
        if (/Write|Put|Update|Delete/.test(cmd)) count.writeUnits += c.WriteCapacityUnits ?? units;
        else count.readUnits += c.ReadCapacityUnits ?? units;
      }
      return out;
    };
  client.middlewareStack.add(middleware as never, { step: 'initialize', name, override: true });
  return { count, stop: () => client.middlewareStack.remove(name) };
};
