import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { caseKey } from '@hjemmestotte/store';
import type { CaseAccess, CaseFacts } from '../ports.ts';

export const dynamoCaseAccess = (db: DynamoDBDocumentClient, tableName: string): CaseAccess => ({
  async facts(caseId) {
    const out = await db.send(
      new GetCommand({
        TableName: tableName,
        Key: caseKey(caseId),
        ConsistentRead: true,
        ProjectionExpression:
          'caseId, caseNumber, providerId, hoursPerWeek, terms, #status, startsOn, expectedEndOn, assessment',
        ExpressionAttributeNames: { '#status': 'status' },
      }),
    );
    return out.Item as CaseFacts | undefined;
  },
});
