import { randomUUID } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { actorOf } from '@hjemmestotte/lambda-kit';
import { PROVIDERS_PK, providerKey } from '@hjemmestotte/store';
import type { ProviderAudit, ProviderRecord, ProviderStore } from '../ports.ts';
import { conditionFailed } from './transaction-errors.ts';

const strip = (i: Record<string, unknown>): ProviderRecord => {
  const { pk: _pk, sk: _sk, providerPk: _p, providerSk: _s, ...rest } = i;
  return rest as unknown as ProviderRecord;
};

/** The fields a change names, in one order, so entries compare alike. */
const CHANGEABLE = ['active', 'name', 'contactEmail'] as const;

/**
 * A provider's audit entry (`pk=PROVIDER#id`, `sk=<at>#uuid` in the audit table, beside the cases' entries):
 * who, when, which fields, and the new `active` state; never the values of name or contact address.
 */
const auditEntryPut = (
  auditTable: string,
  providerId: string,
  action: 'provider.register' | 'provider.change',
  fields: string[],
  active: boolean | undefined,
  by: ProviderAudit,
) => {
  const at = by.at.toISOString();
  return {
    Put: {
      TableName: auditTable,
      Item: {
        pk: `PROVIDER#${providerId}`,
        sk: `${at}#${randomUUID()}`,
        providerId,
        action,
        at,
        actor: actorOf(by.principal),
        fields,
        ...(active === undefined ? {} : { active }),
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
};

/**
 * Providers on the main table (`PROVIDER#id`, listed through the `byProvider` index under `PROVIDERS`). An
 * admin's register or change writes its audit entry in the same transaction: never one without the other.
 */
export const dynamoProviderStore = (
  db: DynamoDBDocumentClient,
  tableName: string,
  auditTable: string,
): ProviderStore => ({
  async create(p, by) {
    const put = {
      TableName: tableName,
      Item: { ...providerKey(p.providerId), ...p, providerPk: PROVIDERS_PK, providerSk: p.providerId },
      ConditionExpression: 'attribute_not_exists(pk)',
    };
    try {
      if (!by) await db.send(new PutCommand(put));
      else {
        const fields = ['providerId', 'name', 'contactEmail', 'active'];
        await db.send(
          new TransactWriteCommand({
            TransactItems: [
              { Put: put },
              auditEntryPut(auditTable, p.providerId, 'provider.register', fields, p.active, by),
            ],
          }),
        );
      }
      return true;
    } catch (e) {
      if (e instanceof ConditionalCheckFailedException || conditionFailed(e)) return false;
      throw e;
    }
  },
  async get(providerId) {
    const out = await db.send(
      new GetCommand({ TableName: tableName, Key: providerKey(providerId), ConsistentRead: true }),
    );
    return out.Item ? strip(out.Item) : undefined;
  },
  async update(providerId, set, by) {
    const entries = Object.entries(set).filter(([, v]) => v !== undefined);
    const fields = CHANGEABLE.filter((k) => set[k] !== undefined);
    try {
      await db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: tableName,
                Key: providerKey(providerId),
                UpdateExpression: `SET ${entries.map((_, i) => `#f${i} = :f${i}`).join(', ')}`,
                ConditionExpression: 'attribute_exists(pk)',
                ExpressionAttributeNames: Object.fromEntries(entries.map(([k], i) => [`#f${i}`, k])),
                ExpressionAttributeValues: Object.fromEntries(entries.map(([, v], i) => [`:f${i}`, v])),
              },
            },
            auditEntryPut(auditTable, providerId, 'provider.change', fields, set.active, by),
          ],
        }),
      );
    } catch (e) {
      if (conditionFailed(e)) return undefined;
      throw e;
    }
    // A transaction returns no values: read the record as it now stands (consistently).
    return this.get(providerId);
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
