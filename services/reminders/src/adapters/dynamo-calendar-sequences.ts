import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { calendarSequenceKey } from '@hjemmestotte/store';
import type { CalendarSequences } from '../ports.ts';

/** SEQUENCE 0 for a UID's first date; each later different date raises it by one (atomically). */
export const dynamoCalendarSequences = (
  db: DynamoDBDocumentClient,
  tableName: string,
): CalendarSequences => ({
  async sequenceFor(uid, dueOn) {
    try {
      const out = await db.send(
        new UpdateCommand({
          TableName: tableName,
          Key: calendarSequenceKey(uid),
          UpdateExpression: 'SET dueOn = :d, #seq = if_not_exists(#seq, :minus1) + :one',
          ConditionExpression: 'attribute_not_exists(pk) OR dueOn <> :d',
          ExpressionAttributeNames: { '#seq': 'sequence' },
          ExpressionAttributeValues: { ':d': dueOn, ':minus1': -1, ':one': 1 },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return Number(out.Attributes?.sequence ?? 0);
    } catch (e) {
      if (!(e instanceof ConditionalCheckFailedException)) throw e;
      const out = await db.send(
        new GetCommand({ TableName: tableName, Key: calendarSequenceKey(uid), ConsistentRead: true }),
      );
      return Number(out.Item?.sequence ?? 0);
    }
  },
});
