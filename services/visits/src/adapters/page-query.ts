import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { decodeCursor, encodeCursor } from './page-cursor.ts';

/** How a provider's filtered page is read: the largest Query and the most Queries in one request. */
export type PagingLimits = { readMax: number; maxRounds: number };

/**
 * A provider's page is filtered to its own items, and DynamoDB applies `Limit` before the filter: a case taken
 * over from an earlier provider may hold hundreds of items the Query reads and drops. So each further Query
 * reads eight times more (up to `readMax`), and after `maxRounds` Queries the page is answered short, with a
 * cursor, rather than run on towards the API's 29 s timeout.
 */
export const PROVIDER_PAGING: PagingLimits = { readMax: 200, maxRounds: 5 };

/**
 * One page of a case's items under `prefix`, in sort-key order (`newest`: reversed). With `providerId`, only
 * that provider's items. The cursor is the key of the last item handed back when the page is full, so the
 * items a Query read past it come again on the next page rather than being skipped; on a short page it is
 * where the reading stopped.
 */
export const queryPage = async (
  db: DynamoDBDocumentClient,
  q: {
    tableName: string;
    pk: string;
    prefix: string;
    limit: number;
    cursor?: string;
    providerId?: string;
    newest?: boolean;
    paging?: PagingLimits;
  },
): Promise<{ items: Record<string, unknown>[]; cursor?: string }> => {
  const { readMax, maxRounds } = q.paging ?? PROVIDER_PAGING;
  const items: Record<string, unknown>[] = [];
  let startKey = decodeCursor(q.cursor, q.pk);
  let readLimit = q.limit;
  for (let round = 1; ; round++) {
    const out = await db.send(
      new QueryCommand({
        TableName: q.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :p)',
        ...(q.providerId === undefined
          ? { ExpressionAttributeValues: { ':pk': q.pk, ':p': q.prefix } }
          : {
              FilterExpression: 'providerId = :provider',
              ExpressionAttributeValues: { ':pk': q.pk, ':p': q.prefix, ':provider': q.providerId },
            }),
        // Staff's Query has no filter: only the 1 MB cap of a response leaves its page short.
        Limit: q.providerId === undefined ? q.limit - items.length : readLimit,
        ExclusiveStartKey: startKey,
        ConsistentRead: true,
        ...(q.newest ? { ScanIndexForward: false } : {}),
      }),
    );
    const found = out.Items ?? [];
    for (const [i, item] of found.entries()) {
      items.push(item);
      if (items.length === q.limit) {
        const more = i < found.length - 1 || out.LastEvaluatedKey !== undefined;
        return { items, ...(more ? { cursor: encodeCursor(item) } : {}) };
      }
    }
    startKey = out.LastEvaluatedKey;
    if (!startKey) return { items };
    if (q.providerId !== undefined && round >= maxRounds) return { items, cursor: encodeCursor(startKey) };
    readLimit = Math.min(Math.max(readMax, q.limit), readLimit * 8);
  }
};
