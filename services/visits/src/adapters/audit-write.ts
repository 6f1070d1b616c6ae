import { randomUUID } from 'node:crypto';
import { actorOf } from '@hjemmestotte/lambda-kit';
import type { AuditWrite } from '../ports.ts';

/** The audit entry as a Put for the change's own transaction (same item shape as `dynamoAuditTrail`). */
export const auditWrite =
  (tableName: string): AuditWrite =>
  (caseId, action, principal, at) => ({
    Put: {
      TableName: tableName,
      Item: {
        pk: `CASE#${caseId}`,
        sk: `${at.toISOString()}#${randomUUID()}`,
        caseId,
        action,
        at: at.toISOString(),
        actor: actorOf(principal),
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  });
