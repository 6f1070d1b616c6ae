import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  BatchWriteCommand,
  type BatchWriteCommandInput,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';

type Key = Record<string, unknown>;
type WriteRequest = NonNullable<BatchWriteCommandInput['RequestItems']>[string][number];

// DynamoDB's limits per call.
const GET_LIMIT = 100;
const WRITE_LIMIT = 25;
/** A throttled batch answers with what it left undone: asked again up to 5 times, 100 ms to 1 s apart. */
const ATTEMPTS = 6;
const pause = (attempt: number) => new Promise((r) => setTimeout(r, Math.min(1000, 50 * 2 ** attempt)));

/**
 * Every item of `keys` in one table, by BatchGetItem in calls of 100; keys DynamoDB leaves unprocessed are
 * asked again, and an error is thrown if some still are after the last attempt. Items that do not exist are
 * simply absent from the answer.
 */
export const batchGetAll = async (
  db: DynamoDBDocumentClient,
  tableName: string,
  keys: Key[],
  options: { consistentRead?: boolean; projection?: string } = {},
): Promise<Record<string, unknown>[]> => {
  const items: Record<string, unknown>[] = [];
  for (let i = 0; i < keys.length; i += GET_LIMIT) {
    let pending: Key[] | undefined = keys.slice(i, i + GET_LIMIT);
    for (let attempt = 0; pending && pending.length > 0; attempt++) {
      if (attempt === ATTEMPTS) throw new Error(`BatchGetItem left ${pending.length} keys unprocessed`);
      if (attempt > 0) await pause(attempt);
      const out: BatchGetCommandOutput = await db.send(
        new BatchGetCommand({
          RequestItems: {
            [tableName]: {
              Keys: pending,
              ...(options.consistentRead ? { ConsistentRead: true } : {}),
              ...(options.projection ? { ProjectionExpression: options.projection } : {}),
            },
          },
        }),
      );
      items.push(...(out.Responses?.[tableName] ?? []));
      pending = out.UnprocessedKeys?.[tableName]?.Keys;
    }
  }
  return items;
};

/**
 * Puts or deletes in one table by BatchWriteItem in calls of 25; requests DynamoDB leaves unprocessed are
 * sent again, and an error is thrown if some still are after the last attempt (the caller's retry, a
 * stream's or an invocation's, then repeats the whole, so each request must be safe to repeat).
 */
export const batchWriteAll = async (
  db: DynamoDBDocumentClient,
  tableName: string,
  requests: WriteRequest[],
): Promise<void> => {
  for (let i = 0; i < requests.length; i += WRITE_LIMIT) {
    let pending = requests.slice(i, i + WRITE_LIMIT);
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt === ATTEMPTS) throw new Error(`BatchWriteItem left ${pending.length} requests unprocessed`);
      if (attempt > 0) await pause(attempt);
      const out = await db.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
      pending = out.UnprocessedItems?.[tableName] ?? [];
    }
  }
};
