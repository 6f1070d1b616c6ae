import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { documentClientFor } from '@hjemmestotte/lambda-kit';
import type { TableName } from '@hjemmestotte/wiring';
import { inject } from 'vitest';
import { createTables } from '../../packages/local-stack/src/dynamodb-local.ts';

/** A fresh set of the wiring's tables in the shared DynamoDB Local, and a document client for them. */
export const freshTables = async (): Promise<{
  db: ReturnType<typeof documentClientFor>;
  raw: DynamoDBClient;
  tables: Record<TableName, string>;
}> => {
  const endpoint = inject('dynamoEndpoint');
  const tables = await createTables(endpoint, `t${randomUUID().slice(0, 8)}-`);
  const raw = new DynamoDBClient({
    endpoint,
    region: 'eu-north-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  return { db: documentClientFor(raw), raw, tables };
};
