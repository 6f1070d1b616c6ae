import { randomUUID } from 'node:crypto';
import { type DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { actorOf, type Principal } from './principal.ts';
import { auditUnavailable } from './problem.ts';

export interface AuditEntry {
  caseId: string;
  action: string;
  at: string;
  actor: ReturnType<typeof actorOf>;
}

/** The audit port: append-only. Use cases record every read and change of a case through it. */
export interface AuditTrail {
  record(caseId: string, action: string, principal: Principal, at: Date): Promise<void>;
  list(caseId: string): Promise<AuditEntry[]>;
}

/** The audit item: `pk=CASE#id`, `sk=<at>#uuid`, so entries sort by time and never collide. */
const auditItem = (caseId: string, action: string, principal: Principal, at: Date) => {
  const entry: AuditEntry = { caseId, action, at: at.toISOString(), actor: actorOf(principal) };
  return { pk: `CASE#${caseId}`, sk: `${entry.at}#${randomUUID()}`, ...entry };
};

/**
 * The audit entry of a change as one TransactWriteItem, to go into the change's own transaction (DynamoDB
 * transactions span tables): if the entry cannot be written, nothing of the change is saved, and a change
 * that is saved always has its entry.
 */
export const auditPut = (
  tableName: string,
  caseId: string,
  action: string,
  principal: Principal,
  at: Date,
) => ({
  Put: {
    TableName: tableName,
    Item: auditItem(caseId, action, principal, at),
    ConditionExpression: 'attribute_not_exists(pk)',
  },
});

export const dynamoAuditTrail = (db: DynamoDBDocumentClient, tableName: string): AuditTrail => ({
  async record(caseId, action, principal, at) {
    await db.send(
      new PutCommand({
        TableName: tableName,
        Item: auditItem(caseId, action, principal, at),
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  },
  async list(caseId) {
    const items: AuditEntry[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const out = await db.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': `CASE#${caseId}` },
          ExclusiveStartKey: startKey,
        }),
      );
      for (const i of out.Items ?? []) items.push({ caseId, action: i.action, at: i.at, actor: i.actor });
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    return items;
  },
});

/**
 * Records a read before its data is returned. A read that cannot be audited answers 503 and no data: the
 * trail must hold every read of a case, so an unrecorded read may not happen.
 */
export const recordRead = async (
  audit: AuditTrail,
  caseId: string,
  action: string,
  principal: Principal,
  at: Date,
): Promise<void> => {
  try {
    await audit.record(caseId, action, principal, at);
  } catch (e) {
    throw auditUnavailable(e);
  }
};
