import { type DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { OutgoingEvent } from '@hjemmestotte/events';
import { auditPut, outboxPut } from '@hjemmestotte/lambda-kit';
import { agendaPk, agendaSk, followUpKey, scheduleKey } from '@hjemmestotte/store';
import type { ChangeAudit, FollowUpItem } from '../ports.ts';
import { conditionFailed } from './transaction-errors.ts';

type Items = NonNullable<TransactWriteCommand['input']['TransactItems']>;

const transact = async (db: DynamoDBDocumentClient, items: Items) => {
  try {
    await db.send(new TransactWriteCommand({ TransactItems: items }));
    return true;
  } catch (e) {
    if (conditionFailed(e)) return false;
    throw e;
  }
};

const scheduled = (tableName: string, f: FollowUpItem) => ({
  TableName: tableName,
  Item: {
    ...followUpKey(f.caseId, f.followUpId),
    ...f,
    agendaPk: agendaPk('follow-up'),
    agendaSk: agendaSk(f.dueOn, f.caseId, f.followUpId),
  },
});

export const recordHeld = (
  db: DynamoDBDocumentClient,
  tableName: string,
  auditTableName: string,
  a: {
    held: FollowUpItem;
    next: FollowUpItem | null;
    intervalMonths: number | null;
    events: OutgoingEvent[];
    audit: ChangeAudit;
  },
) => {
  const items: Items = [
    {
      // Held: off the agenda (no agenda keys), so the sweep no longer sees it.
      Put: {
        TableName: tableName,
        Item: { ...followUpKey(a.held.caseId, a.held.followUpId), ...a.held },
        ConditionExpression: '#status = :scheduled',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':scheduled': 'scheduled' },
      },
    },
  ];
  if (a.next)
    items.push({ Put: { ...scheduled(tableName, a.next), ConditionExpression: 'attribute_not_exists(pk)' } });
  if (a.intervalMonths !== null) {
    items.push({
      Put: {
        TableName: tableName,
        Item: { ...scheduleKey(a.held.caseId), caseId: a.held.caseId, intervalMonths: a.intervalMonths },
      },
    });
  }
  items.push(...a.events.map((e) => outboxPut(tableName, 'planning', e)));
  items.push(auditPut(auditTableName, a.held.caseId, a.audit.action, a.audit.principal, a.audit.at));
  return transact(db, items);
};

export const moveFollowUp = (
  db: DynamoDBDocumentClient,
  tableName: string,
  a: { followUp: FollowUpItem; fromDueOn: string; events: OutgoingEvent[] },
) =>
  transact(db, [
    {
      Put: {
        // A new date is a new revision of the calendar event; the condition makes the count exact.
        ...scheduled(tableName, { ...a.followUp, revision: (a.followUp.revision ?? 0) + 1 }),
        ConditionExpression: '#status = :scheduled AND dueOn = :from',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':scheduled': 'scheduled', ':from': a.fromDueOn },
      },
    },
    ...a.events.map((e) => outboxPut(tableName, 'planning', e)),
  ]);
