import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { batchGetAll } from '@hjemmestotte/lambda-kit';
import { agendaPk } from '@hjemmestotte/store';
import type { AgendaReader } from '../ports.ts';
import type { AgendaEntry, AgendaKind } from '../stages/notice.ts';

/** The attribute of an agenda item holding the marks of the notices sent about it (a string set). */
export const NOTIFIED = 'notified';

const entryOf = (kind: AgendaKind, i: Record<string, unknown>): AgendaEntry => {
  const notified = i[NOTIFIED];
  return {
    kind,
    caseId: i.caseId as string,
    caseNumber: i.caseNumber as string,
    itemId: (kind === 'follow-up' ? i.followUpId : kind) as string,
    dueOn: i.dueOn as string,
    key: { pk: i.pk as string, sk: i.sk as string },
    ...(notified instanceof Set ? { notified: notified as Set<string> } : {}),
    ...(kind === 'follow-up'
      ? { followUpKind: i.kind as 'first' | 'regular', revision: Number(i.revision ?? 0) }
      : {}),
  };
};

// A held or cancelled follow-up should have left the index; its status is checked all the same.
const onAgenda = (i: Record<string, unknown>) =>
  i.agendaPk !== undefined && (i.status === undefined || !i.followUpId || i.status === 'scheduled');

/**
 * Reads due items by date range from the sparse `agenda` index: cost follows what is due, not the table size.
 * The index projects every attribute, so the marks of what was sent come with each item at no extra read.
 */
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
      for (const i of out.Items ?? []) if (onAgenda(i)) items.push(entryOf(kind, i));
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    return { items, itemsRead };
  },
  async markSent(marks) {
    // 25 at a time: a digest can name hundreds of items, more than the SDK's socket pool.
    for (let i = 0; i < marks.length; i += 25) {
      await Promise.all(
        marks.slice(i, i + 25).map(({ entry, marks: m }) => {
          if (!entry.key) throw new Error(`agenda entry ${entry.kind} of ${entry.caseId} has no table key`);
          return db
            .send(
              new UpdateCommand({
                TableName: tableName,
                Key: entry.key,
                // ADD to a set is a union: a repeated or concurrent mark changes nothing; never a read first.
                UpdateExpression: 'ADD #n :m',
                // Never creates a stray item where the item is gone.
                ConditionExpression: 'attribute_exists(pk)',
                ExpressionAttributeNames: { '#n': NOTIFIED },
                ExpressionAttributeValues: { ':m': new Set(m) },
              }),
            )
            .catch((e) => {
              if (!(e instanceof ConditionalCheckFailedException)) throw e;
            });
        }),
      );
    }
  },
  async current(entries) {
    const keyed = entries.filter((e) => e.key);
    const kindOf = new Map(keyed.map((e) => [`${e.key?.pk}|${e.key?.sk}`, e.kind]));
    const items: AgendaEntry[] = [];
    const read = await batchGetAll(
      db,
      tableName,
      keyed.map((e) => ({ ...e.key })),
      { consistentRead: true },
    );
    for (const item of read) {
      const kind = kindOf.get(`${item.pk}|${item.sk}`);
      if (kind && onAgenda(item)) items.push(entryOf(kind, item));
    }
    return { items, itemsRead: keyed.length };
  },
});
