import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  type DynamoDBDocumentClient,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { localDateOf } from '@hjemmestotte/domain';
import { type CaseItem, caseKey, FOLLOWUP_PREFIX, planKey } from '@hjemmestotte/store';
import type { NextDeadlinePort } from '../use-cases/refresh-next-deadline.ts';

/** Reads the case, its plan and its scheduled follow-ups (planning's items, read only); sets the sort key. */
export const dynamoNextDeadline = (db: DynamoDBDocumentClient, tableName: string): NextDeadlinePort => ({
  async read(caseId) {
    const [got, followUps] = await Promise.all([
      db.send(
        new BatchGetCommand({
          RequestItems: { [tableName]: { Keys: [caseKey(caseId), planKey(caseId)], ConsistentRead: true } },
        }),
      ),
      db.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          FilterExpression: '#status = :scheduled',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':pk': caseKey(caseId).pk,
            ':prefix': FOLLOWUP_PREFIX,
            ':scheduled': 'scheduled',
          },
          ProjectionExpression: 'dueOn, #status',
          ConsistentRead: true,
        }),
      ),
    ]);
    const items = got.Responses?.[tableName] ?? [];
    const caseItem = items.find((i) => i.sk === 'CASE') as CaseItem | undefined;
    const plan = items.find((i) => i.sk === 'PLAN');
    const planWrittenOn = plan ? localDateOf(new Date(String(plan.updatedAt))) : undefined;
    return {
      ...(caseItem ? { caseItem } : {}),
      scheduledFollowUps: (followUps.Items ?? []).map((f) => String(f.dueOn)),
      ...(planWrittenOn ? { planWrittenOn } : {}),
    };
  },
  async write(caseId, fields, caseworkerSk) {
    try {
      await db.send(
        new UpdateCommand({
          TableName: tableName,
          Key: caseKey(caseId),
          UpdateExpression: `SET nextFollowUpOn = :next, caseworkerSk = :sk${fields.planWrittenOn ? ', planWrittenOn = :plan' : ''}`,
          // Only an active case is in the byCaseworker index (close removes its keys).
          ConditionExpression: 'attribute_exists(caseworkerPk)',
          ExpressionAttributeValues: {
            ':next': fields.nextFollowUpOn,
            ':sk': caseworkerSk,
            ...(fields.planWrittenOn ? { ':plan': fields.planWrittenOn } : {}),
          },
        }),
      );
      return true;
    } catch (e) {
      if (e instanceof ConditionalCheckFailedException) return false;
      throw e;
    }
  },
});
