import { type DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { outboxPut } from '@hjemmestotte/lambda-kit';
import { deadlineKey, planKey } from '@hjemmestotte/store';
import type { PlanStore } from '../ports.ts';
import { conditionFailed } from './transaction-errors.ts';

/** Barnets plan at CASE#id/PLAN; writing it meets the plan deadline (§ 91), which leaves the agenda. */
export const dynamoPlanStore = (db: DynamoDBDocumentClient, tableName: string): PlanStore => ({
  async save(plan, events) {
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
          ],
        }),
      );
    } catch (e) {
      // Another writer settled the deadline between the read and the write: store the plan without it.
      if (settle && conditionFailed(e)) return this.save(plan, events);
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
});
