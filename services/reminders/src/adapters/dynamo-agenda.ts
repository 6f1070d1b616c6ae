import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { agendaPk } from '@hjemmestotte/store';
import type { AgendaReader } from '../ports.ts';
import type { AgendaEntry } from '../stages/notice.ts';

/** Reads due items by date range from the sparse `agenda` index: cost follows what is due, not the table size. */
export const dynamoAgenda = (db: DynamoDBDocumentClient, tableName: string): AgendaReader => ({
  async dueBetween(kind, from, until) {
    const items: AgendaEntry[] = [];
    let itemsRead = 0;
    let startKey: Record<string, unknown> | undefined;
    // agendaSk is `dueOn#caseId#itemId`: `~` sorts after `#`, so `<= until~` takes every item due on `until`.
    const range = from ? 'agendaSk BETWEEN :from AND :until' : 'agendaSk <= :until';
    do {
      const out = await db.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: 'agenda',
          KeyConditionExpression: `agendaPk = :k AND ${range}`,
          ExpressionAttributeValues: {
            ':k': agendaPk(kind),
            ':until': `${until}~`,
            ...(from ? { ':from': from } : {}),
          },
          ExclusiveStartKey: startKey,
        }),
      );
      itemsRead += out.ScannedCount ?? 0;
      for (const i of out.Items ?? []) {
        // A held or cancelled follow-up should have left the index; its status is checked all the same.
        if (kind === 'follow-up' && i.status !== undefined && i.status !== 'scheduled') continue;
        items.push({
          kind,
          caseId: i.caseId,
          caseNumber: i.caseNumber,
          itemId: kind === 'follow-up' ? i.followUpId : kind,
          dueOn: i.dueOn,
          ...(kind === 'follow-up' ? { followUpKind: i.kind } : {}),
        });
      }
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    return { items, itemsRead };
  },
});
