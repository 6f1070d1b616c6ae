import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import type { LocalStack } from '../../packages/local-stack/src/stack.ts';
import { sentEmails } from './ses-store.ts';

/** What a request could have left behind: main-table items, accepted events, emails. Equal = nothing written. */
export const footprint = async (stack: LocalStack) => {
  const db = new DynamoDBClient({
    endpoint: stack.dynamoEndpoint,
    region: 'eu-north-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  try {
    let items = 0;
    let start: Record<string, never> | undefined;
    do {
      const out = await db.send(
        new ScanCommand({ TableName: stack.tableNames.main, Select: 'COUNT', ExclusiveStartKey: start }),
      );
      items += out.Count ?? 0;
      start = out.LastEvaluatedKey as typeof start;
    } while (start);
    return { items, events: stack.bus.accepted.length, emails: (await sentEmails(stack.sesUrl)).length };
  } finally {
    db.destroy();
  }
};
