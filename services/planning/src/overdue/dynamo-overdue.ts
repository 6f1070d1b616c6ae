import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  type DynamoDBDocumentClient,
  QueryCommand,
} from '@aws-sdk/lib-dynamodb';
import { agendaPk, caseKey } from '@hjemmestotte/store';
import type { OverdueItem, OverdueReader } from './overdue.ts';

// A held or cancelled follow-up, a met or closed deadline, has left the index; its status is checked all the same.
const stillOpen = (i: Record<string, unknown>) =>
  i.followUpId
    ? i.status === undefined || i.status === 'scheduled'
    : i.status === undefined || i.status === 'open';

/**
 * Reads the sparse `agenda` index, one partition per kind: `agendaSk` is `dueOn#caseId#id`, so
 * `agendaSk < today` is every item due before today (an item due today starts with today and sorts after).
 * A Query, never a Scan: what is read is what is overdue.
 */
export const dynamoOverdue = (db: DynamoDBDocumentClient, tableName: string): OverdueReader => ({
  async dueBefore(kind, today) {
    const items: OverdueItem[] = [];
    let itemsRead = 0;
    let startKey: Record<string, unknown> | undefined;
    do {
      const out = await db.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: 'agenda',
          KeyConditionExpression: 'agendaPk = :k AND agendaSk < :today',
          ExpressionAttributeValues: { ':k': agendaPk(kind), ':today': today },
          ExclusiveStartKey: startKey,
        }),
      );
      itemsRead += out.ScannedCount ?? 0;
      for (const i of out.Items ?? []) {
        if (!stillOpen(i)) continue;
        items.push({
          kind,
          caseId: i.caseId as string,
          caseNumber: i.caseNumber as string,
          dueOn: i.dueOn as string,
          ...(kind === 'follow-up' ? { followUpId: i.followUpId as string } : {}),
        });
      }
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    return { items, itemsRead };
  },
  async teamLeadersOf(caseIds) {
    const teamLeaders = new Map<string, string>();
    let itemsRead = 0;
    // BatchGetItem takes 100 keys; what DynamoDB leaves unprocessed is asked for again.
    for (let i = 0; i < caseIds.length; i += 100) {
      let keys: Record<string, unknown>[] | undefined = caseIds.slice(i, i + 100).map(caseKey);
      for (let attempt = 0; keys && keys.length > 0; attempt++) {
        if (attempt === 5) throw new Error(`${keys.length} case keys left unread`);
        if (attempt > 0) await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
        const out: BatchGetCommandOutput = await db.send(
          new BatchGetCommand({
            RequestItems: {
              [tableName]: {
                Keys: keys,
                ProjectionExpression: 'caseId, teamLeaderEmail',
                ConsistentRead: true,
              },
            },
          }),
        );
        for (const c of out.Responses?.[tableName] ?? []) {
          itemsRead++;
          if (typeof c.teamLeaderEmail === 'string')
            teamLeaders.set(c.caseId as string, c.teamLeaderEmail.toLowerCase());
        }
        keys = out.UnprocessedKeys?.[tableName]?.Keys;
      }
    }
    return { teamLeaders, itemsRead };
  },
});
