import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { batchGetAll } from '@hjemmestotte/lambda-kit';
import { type CaseItem, caseKey, planKey, providerKey } from '@hjemmestotte/store';
import type { CaseReader } from '../ports.ts';

export const dynamoCases = (db: DynamoDBDocumentClient, tableName: string): CaseReader => ({
  async facts(caseIds, planOf) {
    const ids = [...new Set(caseIds)];
    const keys = [...ids.map(caseKey), ...[...new Set(planOf)].map(planKey)];
    const caseItems = await batchGetAll(db, tableName, keys);
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
    for (const p of await batchGetAll(db, tableName, providerIds.map(providerKey))) {
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
