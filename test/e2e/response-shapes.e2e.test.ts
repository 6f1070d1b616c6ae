import { localDateOf } from '@hjemmestotte/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CASEWORKER, seedDemo } from '../../packages/local-stack/src/seed.ts';
import { type LocalStack, startLocalStack } from '../../packages/local-stack/src/stack.ts';
import {
  casePageSchema,
  followUpViewSchema,
  planRecordSchema,
  providerRecordSchema,
  supervisionSchema,
} from '../../services/visits/src/openapi/staff-response-schemas.ts';
import { api, tokenFor } from '../support/http.ts';

/**
 * Issue 15: the document's response schemas are what the API answers. The schemas are strict, so a handler
 * that answers a field the document does not name (or leaves out one it promises) fails here.
 */
describe('the documented response schemas match real answers', () => {
  let stack: LocalStack;
  let caseId: string;
  const t = {} as Record<'admin' | 'caseworker' | 'teamleader', string>;

  beforeAll(async () => {
    stack = await startLocalStack({});
    await seedDemo(stack);
    t.admin = await tokenFor(stack, { role: 'admin', email: 'admin@demo.kommune.example' });
    t.caseworker = await tokenFor(stack, { role: 'caseworker', email: DEMO_CASEWORKER });
    t.teamleader = await tokenFor(stack, { role: 'teamleader', email: 'teamleder@demo.kommune.example' });
  });
  afterAll(() => stack?.stop());

  const ok = async (token: string, method: string, path: string, body?: unknown) => {
    const r = await api(stack, token, method, path, body);
    expect(r.status, `${method} ${path}: ${JSON.stringify(r.body)}`).toBeLessThan(300);
    return r.body;
  };

  it('providers: list, register, change', async () => {
    providerRecordSchema.array().parse(await ok(t.admin, 'GET', '/v1/providers'));
    const body = { providerId: 'nyt-tilbud', name: 'Nyt Tilbud', contactEmail: 'kontakt@nyt.example' };
    providerRecordSchema.parse(await ok(t.admin, 'POST', '/v1/providers', body));
    providerRecordSchema.parse(await ok(t.admin, 'PATCH', '/v1/providers/nyt-tilbud', { active: false }));
  });

  it('a caseworker’s case list, a case’s follow-ups and its plan', async () => {
    const page = casePageSchema.parse(await ok(t.caseworker, 'GET', '/v1/cases?caseworker=me&limit=2'));
    expect(page.items.length).toBeGreaterThan(0);
    caseId = page.items[0]?.caseId ?? '';
    casePageSchema.parse(await ok(t.teamleader, 'GET', '/v1/cases?status=active'));
    followUpViewSchema.array().parse(await ok(t.caseworker, 'GET', `/v1/cases/${caseId}/follow-ups`));
    planRecordSchema.parse(await ok(t.caseworker, 'GET', `/v1/cases/${caseId}/plan`));
  });

  it('the supervision report of this month', async () => {
    const month = localDateOf(new Date()).slice(0, 7);
    const report = supervisionSchema.parse(
      await ok(t.teamleader, 'GET', `/v1/reports/supervision?month=${month}`),
    );
    expect(report.month).toBe(month);
  });
});
