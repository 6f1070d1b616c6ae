import { type DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { auditPut, outboxPut } from '@hjemmestotte/lambda-kit';
import { deadlineKey, planKey } from '@hjemmestotte/store';
import type { PlanItem, PlanStore } from '../ports.ts';
import { conditionFailed } from './transaction-errors.ts';

const strip = ({ pk: _pk, sk: _sk, ...rest }: Record<string, unknown>) => rest as unknown as PlanItem;

/**
 * Barnets plan at CASE#id/PLAN; writing it meets the plan deadline (§ 91), which leaves the agenda. The
 * audit entry goes into the write's transaction (`auditTableName`; undefined for a function that only
 * reads whether a plan exists, and then `save` refuses).
 */
export const dynamoPlanStore = (
  db: DynamoDBDocumentClient,
  tableName: string,
  auditTableName?: string,
): PlanStore => ({
  async save(plan, events, audit) {
    if (!auditTableName) throw new Error('dynamoPlanStore: no audit table to record the change in');
    const deadline = await db.send(
      new GetCommand({ TableName: tableName, Key: deadlineKey(plan.caseId, 'plan'), ConsistentRead: true }),
    );
    const settle = deadline.Item?.agendaPk !== undefined;
    try {
      await db.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: tableName, Item: { ...planKey(plan.caseId), ...plan } } },
            ...(settle
              ? [
                  {
                    Update: {
                      TableName: tableName,
                      Key: deadlineKey(plan.caseId, 'plan'),
                      UpdateExpression: 'SET #status = :met REMOVE agendaPk, agendaSk',
                      ConditionExpression: 'attribute_exists(agendaPk)',
                      ExpressionAttributeNames: { '#status': 'status' },
                      ExpressionAttributeValues: { ':met': 'met' },
                    },
                  },
                ]
              : []),
            ...events.map((e) => outboxPut(tableName, 'planning', e)),
            auditPut(auditTableName, plan.caseId, audit.action, audit.principal, audit.at),
          ],
        }),
      );
    } catch (e) {
      // Another writer settled the deadline between the read and the write: store the plan without it.
      if (settle && conditionFailed(e)) return this.save(plan, events, audit);
      throw e;
    }
  },
  async exists(caseId) {
    const out = await db.send(
      new GetCommand({
        TableName: tableName,
        Key: planKey(caseId),
        ConsistentRead: true,
        ProjectionExpression: 'pk',
      }),
    );
    return out.Item !== undefined;
  },
  async get(caseId) {
    const out = await db.send(
      new GetCommand({ TableName: tableName, Key: planKey(caseId), ConsistentRead: true }),
    );
    return out.Item ? strip(out.Item) : undefined;
  },
});
