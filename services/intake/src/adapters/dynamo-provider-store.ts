import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { PROVIDERS_PK, providerKey } from '@hjemmestotte/store';
import type { ProviderRecord, ProviderStore } from '../ports.ts';

const strip = (i: Record<string, unknown>): ProviderRecord => {
  const { pk: _pk, sk: _sk, providerPk: _p, providerSk: _s, ...rest } = i;
  return rest as unknown as ProviderRecord;
};

export const dynamoProviderStore = (db: DynamoDBDocumentClient, tableName: string): ProviderStore => ({
  async create(p) {
    try {
      await db.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...providerKey(p.providerId), ...p, providerPk: PROVIDERS_PK, providerSk: p.providerId },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (e) {
      if (e instanceof ConditionalCheckFailedException) return false;
      throw e;
    }
  },
  async get(providerId) {
    const out = await db.send(new GetCommand({ TableName: tableName, Key: providerKey(providerId) }));
    return out.Item ? strip(out.Item) : undefined;
  },
  async update(providerId, set) {
    const entries = Object.entries(set).filter(([, v]) => v !== undefined);
    try {
      const out = await db.send(
        new UpdateCommand({
          TableName: tableName,
          Key: providerKey(providerId),
          UpdateExpression: `SET ${entries.map((_, i) => `#f${i} = :f${i}`).join(', ')}`,
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: Object.fromEntries(entries.map(([k], i) => [`#f${i}`, k])),
          ExpressionAttributeValues: Object.fromEntries(entries.map(([, v], i) => [`:f${i}`, v])),
          ReturnValues: 'ALL_NEW',
        }),
      );
      return out.Attributes ? strip(out.Attributes) : undefined;
    } catch (e) {
      if (e instanceof ConditionalCheckFailedException) return undefined;
      throw e;
    }
  },
  async list() {
    const out = await db.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: 'byProvider',
        KeyConditionExpression: 'providerPk = :p',
        ExpressionAttributeValues: { ':p': PROVIDERS_PK },
      }),
    );
    return (out.Items ?? []).map(strip);
  },
});
