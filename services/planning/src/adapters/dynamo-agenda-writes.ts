import { type DynamoDBDocumentClient, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  agendaSk,
  caseKey,
  DEADLINE_PREFIX,
  type DeadlineKind,
  deadlineKey,
  FOLLOWUP_PREFIX,
} from '@hjemmestotte/store';
import { conditionFailed } from './transaction-errors.ts';

// Each write here is conditional on the item still being on the agenda, so a repeated event changes
// nothing and reports nothing: the consumers are idempotent without keeping a ledger of event ids.
const onAgenda = async (db: DynamoDBDocumentClient, command: UpdateCommand): Promise<boolean> => {
  try {
    await db.send(command);
    return true;
  } catch (e) {
    if (conditionFailed(e)) return false;
    throw e;
  }
};

export const settleDeadline = async (
  db: DynamoDBDocumentClient,
  tableName: string,
  a: { caseId: string; kind: DeadlineKind; status: 'met' | 'closed' },
) => {
  await onAgenda(
    db,
    new UpdateCommand({
      TableName: tableName,
      Key: deadlineKey(a.caseId, a.kind),
      UpdateExpression: 'SET #status = :s REMOVE agendaPk, agendaSk',
      ConditionExpression: 'attribute_exists(agendaPk)',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':s': a.status },
    }),
  );
};

export const moveDeadline = async (
  db: DynamoDBDocumentClient,
  tableName: string,
  a: { caseId: string; kind: DeadlineKind; dueOn: string },
) => {
  await onAgenda(
    db,
    new UpdateCommand({
      TableName: tableName,
      Key: deadlineKey(a.caseId, a.kind),
      UpdateExpression: 'SET dueOn = :d, agendaSk = :sk',
      ConditionExpression: 'attribute_exists(agendaPk)',
      ExpressionAttributeValues: { ':d': a.dueOn, ':sk': agendaSk(a.dueOn, a.caseId, a.kind) },
    }),
  );
};

/** A closed case: scheduled follow-ups become cancelled, open deadlines closed; all leave the agenda. */
export const takeOffAgenda = async (db: DynamoDBDocumentClient, tableName: string, caseId: string) => {
  let changed = 0;
  for (const prefix of [FOLLOWUP_PREFIX, DEADLINE_PREFIX]) {
    const out = await db.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :p)',
        FilterExpression: 'attribute_exists(agendaPk)',
        ExpressionAttributeValues: { ':pk': caseKey(caseId).pk, ':p': prefix },
        ConsistentRead: true,
      }),
    );
    for (const item of out.Items ?? []) {
      const done = await onAgenda(
        db,
        new UpdateCommand({
          TableName: tableName,
          Key: { pk: item.pk, sk: item.sk },
          UpdateExpression: 'SET #status = :s REMOVE agendaPk, agendaSk',
          ConditionExpression: 'attribute_exists(agendaPk)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':s': prefix === FOLLOWUP_PREFIX ? 'cancelled' : 'closed' },
        }),
      );
      if (done) changed++;
    }
  }
  return changed;
};
