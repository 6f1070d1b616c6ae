import { randomUUID } from 'node:crypto';
import { type DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { actorOf, type Principal } from './principal.ts';

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

export const dynamoAuditTrail = (db: DynamoDBDocumentClient, tableName: string): AuditTrail => ({
  async record(caseId, action, principal, at) {
    const entry: AuditEntry = { caseId, action, at: at.toISOString(), actor: actorOf(principal) };
    await db.send(
      new PutCommand({
        TableName: tableName,
        Item: { pk: `CASE#${caseId}`, sk: `${entry.at}#${randomUUID()}`, ...entry },
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
