import { BatchGetCommand, type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { type CaseItem, caseKey, planKey, providerKey } from '@hjemmestotte/store';
import type { CaseReader } from '../ports.ts';

type Key = Record<string, unknown>;

/** BatchGetItem in chunks of 100, retrying unprocessed keys (a throttled batch returns them). */
const batchGet = async (db: DynamoDBDocumentClient, tableName: string, keys: Key[]) => {
  const items: Record<string, unknown>[] = [];
  for (let i = 0; i < keys.length; i += 100) {
    let pending: Key[] | undefined = keys.slice(i, i + 100);
    for (let attempt = 0; pending && pending.length > 0; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, Math.min(1000, 50 * 2 ** attempt)));
      const out = await db.send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys: pending } } }));
      items.push(...(out.Responses?.[tableName] ?? []));
      pending = out.UnprocessedKeys?.[tableName]?.Keys as Key[] | undefined;
    }
  }
  return items;
};

export const dynamoCases = (db: DynamoDBDocumentClient, tableName: string): CaseReader => ({
  async facts(caseIds, planOf) {
    const ids = [...new Set(caseIds)];
    const keys = [...ids.map(caseKey), ...[...new Set(planOf)].map(planKey)];
    const caseItems = await batchGet(db, tableName, keys);
    const cases = new Map<string, CaseItem>();
    const casesWithPlan = new Set<string>();
    for (const i of caseItems) {
      if (i.sk === 'CASE') cases.set(i.caseId as string, i as unknown as CaseItem);
      else casesWithPlan.add((i.pk as string).slice('CASE#'.length));
    }
    // Every provider named in a case's terms: the one in force on the sweep's day is chosen later.
    const providerIds = [
      ...new Set(
        [...cases.values()].flatMap((c) => [c.providerId, ...(c.terms ?? []).map((t) => t.providerId)]),
      ),
    ];
    const providerEmails = new Map<string, string>();
    for (const p of await batchGet(db, tableName, providerIds.map(providerKey))) {
      if (p.active !== false && typeof p.contactEmail === 'string') {
        providerEmails.set(p.providerId as string, p.contactEmail);
      }
    }
    // A key read finds an item or not: either way it is a read (DynamoDB bills a missing item too).
    return { cases, providerEmails, casesWithPlan, itemsRead: keys.length + providerIds.length };
  },
  async get(caseId) {
    const out = await db.send(new GetCommand({ TableName: tableName, Key: caseKey(caseId) }));
    return out.Item as CaseItem | undefined;
  },
});
