import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { batchGetAll } from '@hjemmestotte/lambda-kit';
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
    const cases = await batchGetAll(db, tableName, caseIds.map(caseKey), {
      consistentRead: true,
      projection: 'caseId, teamLeaderEmail',
    });
    for (const c of cases) {
      if (typeof c.teamLeaderEmail === 'string')
        teamLeaders.set(c.caseId as string, c.teamLeaderEmail.toLowerCase());
    }
    const itemsRead = cases.length;
    return { teamLeaders, itemsRead };
  },
});
