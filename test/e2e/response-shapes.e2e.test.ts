import { randomUUID } from 'node:crypto';
import {
  addDays,
  addMonths,
  caseViewSchema,
  localDateOf,
  providerCaseViewSchema,
  registrationExample,
} from '@hjemmestotte/domain';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { DEMO_CASEWORKER, seedDemo } from '../../packages/local-stack/src/seed.ts';
import { type LocalStack, startLocalStack } from '../../packages/local-stack/src/stack.ts';
import { routeDocs } from '../../services/visits/src/openapi/route-docs.ts';
import { api, tokenFor } from '../support/http.ts';

/**
 * Issue 15: the document's response schemas are what the API answers. Every operation of the served document
 * is called for real here, and its 2xx answer parsed with the very schema the document is generated from
 * (route-docs.ts). The schemas are strict, so a handler that answers a field the document does not name (or
 * leaves out one it promises) fails here; the last test fails when an operation of the document was not
 * checked.
 */
describe('the documented response schemas match real answers', () => {
  let stack: LocalStack;
  let seeded: string[];
  const checked = new Set<string>();
  const t = {} as Record<'admin' | 'caseworker' | 'teamleader' | 'provider', string>;
  const today = localDateOf(new Date());

  beforeAll(async () => {
    stack = await startLocalStack({});
    seeded = (await seedDemo(stack)).cases.map((c) => c.caseId as string);
    t.admin = await tokenFor(stack, { role: 'admin', email: 'admin@demo.kommune.example' });
    t.caseworker = await tokenFor(stack, { role: 'caseworker', email: DEMO_CASEWORKER });
    t.teamleader = await tokenFor(stack, { role: 'teamleader', email: 'teamleder@demo.kommune.example' });
    t.provider = await tokenFor(stack, { role: 'provider', providerId: 'hjemmebasen' });
  });
  afterAll(() => stack?.stop());

  /**
   * Calls `route` (its documented key) on `path` and parses the answer with the route's documented schema
   * (and `also`, a narrower one for this caller); answers the parsed body.
   */
  const check = async (
    route: string,
    token: string | undefined,
    path: string,
    { body, headers, also }: { body?: unknown; headers?: Record<string, string>; also?: z.ZodType } = {},
  ) => {
    const doc = routeDocs[route];
    if (!doc) throw new Error(`no route doc for ${route}`);
    const method = route.split(' ')[0] ?? '';
    const r = await api(stack, token, method, path, body, headers);
    expect(r.status, `${route}: ${JSON.stringify(r.body)}`).toBe(doc.success.status);
    expect(doc.success.schema.safeParse(r.body).error?.issues ?? [], route).toEqual([]);
    if (also) expect(also.safeParse(r.body).error?.issues ?? [], `${route} (this caller)`).toEqual([]);
    checked.add(route);
    return r.body;
  };

  it('providers: list, register, change', async () => {
    await check('GET /v1/providers', t.admin, '/v1/providers');
    const body = { providerId: 'nyt-tilbud', name: 'Nyt Tilbud', contactEmail: 'kontakt@nyt.example' };
    await check('POST /v1/providers', t.admin, '/v1/providers', { body });
    await check('PATCH /v1/providers/{providerId}', t.admin, '/v1/providers/nyt-tilbud', {
      body: { active: false },
    });
  });

  it('a case: register, find, read (staff and provider), change, its audit trail, close', async () => {
    const startsOn = addDays(today, -14);
    const registered = await check('POST /v1/cases', t.caseworker, '/v1/cases', {
      body: {
        ...registrationExample,
        caseNumber: `SHAPE-${randomUUID().slice(0, 8)}`,
        caseworkerEmail: DEMO_CASEWORKER,
        assessment: { kind: 'investigation', status: 'ongoing', startedOn: addDays(startsOn, -30) },
        decidedOn: addDays(startsOn, -7),
        startsOn,
        expectedEndOn: addMonths(startsOn, 10),
      },
    });
    const id = registered.caseId as string;
    await check('GET /v1/cases', t.caseworker, '/v1/cases?caseworker=me&limit=2');
    await check('GET /v1/cases', t.teamleader, '/v1/cases?status=active');
    await check('GET /v1/cases/{caseId}', t.caseworker, `/v1/cases/${id}`, { also: caseViewSchema });
    await check('GET /v1/cases/{caseId}', t.teamleader, `/v1/cases/${id}`, { also: caseViewSchema });
    await check('GET /v1/cases/{caseId}', t.provider, `/v1/cases/${id}`, { also: providerCaseViewSchema });
    const changed = await check('PATCH /v1/cases/{caseId}', t.caseworker, `/v1/cases/${id}`, {
      body: { hoursPerWeek: 8, effectiveFrom: addDays(today, 7) },
    });
    expect(changed.history).toHaveLength(1);
    await check('GET /v1/cases/{caseId}/audit', t.teamleader, `/v1/cases/${id}/audit`);
    const closed = await check('POST /v1/cases/{caseId}/close', t.caseworker, `/v1/cases/${id}/close`, {
      body: { closedOn: today, reason: 'other', note: 'Familien er flyttet.' },
    });
    expect(closed).toMatchObject({ status: 'closed', closeNote: 'Familien er flyttet.' });
  });

  it('barnets plan and the follow-ups: write, read, list, hold one', async () => {
    const id = seeded[0];
    const plan = {
      purpose: 'Forældrene bliver i stand til at skabe en forudsigelig hverdag.',
      goals: [
        {
          goalId: 'g1',
          title: 'Faste morgenrutiner',
          subGoals: [{ subGoalId: 'g1a', title: 'Op kl. 6.30' }],
        },
      ],
    };
    await check('PUT /v1/cases/{caseId}/plan', t.caseworker, `/v1/cases/${id}/plan`, { body: plan });
    await check('GET /v1/cases/{caseId}/plan', t.caseworker, `/v1/cases/${id}/plan`);
    await check('GET /v1/cases/{caseId}/plan', t.provider, `/v1/cases/${id}/plan`);
    await check('GET /v1/cases/{caseId}/follow-ups', t.caseworker, `/v1/cases/${id}/follow-ups`);
    const held = await check(
      'POST /v1/cases/{caseId}/follow-ups/{followUpId}/held',
      t.caseworker,
      `/v1/cases/${id}/follow-ups/fu-1/held`,
      { body: { heldOn: today, childHeard: true, outcome: 'continue', nextFollowUpInMonths: 6 } },
    );
    expect(held.nextFollowUp).toMatchObject({ followUpId: 'fu-2', status: 'scheduled' });
  });

  it('the provider’s work: its cases, a visit, a status letter, and what staff read of them', async () => {
    const id = seeded[0];
    await check('GET /v1/provider/cases', t.provider, '/v1/provider/cases');
    const visit = {
      startedAt: new Date(Date.now() - 3 * 3600_000).toISOString(),
      durationMinutes: 90,
      location: 'home',
      staffCount: 1,
      methods: ['guidance'],
      goalIds: ['g1'],
      note: 'Aftensrutine gennemgået.',
      concern: { level: 'non-acute', note: 'Mor virker træt.' },
    };
    const headers = { 'idempotency-key': randomUUID() };
    await check('POST /v1/cases/{caseId}/visits', t.provider, `/v1/cases/${id}/visits`, {
      body: visit,
      headers,
    });
    await check('GET /v1/cases/{caseId}/visits', t.caseworker, `/v1/cases/${id}/visits`);
    await check('GET /v1/cases/{caseId}/visits', t.provider, `/v1/cases/${id}/visits?limit=1`);
    const report = {
      kind: 'follow-up',
      text: 'Familien har faste morgenrutiner.',
      familyHasRead: true,
      followUpId: 'fu-2',
    };
    await check('POST /v1/cases/{caseId}/status-reports', t.provider, `/v1/cases/${id}/status-reports`, {
      body: report,
      headers: { 'idempotency-key': randomUUID() },
    });
    await check('GET /v1/cases/{caseId}/status-reports', t.caseworker, `/v1/cases/${id}/status-reports`);
    await check('GET /v1/cases/{caseId}/status-reports', t.provider, `/v1/cases/${id}/status-reports`);
    await check('GET /v1/cases/{caseId}/delivery', t.caseworker, `/v1/cases/${id}/delivery`);
    await check('GET /v1/cases/{caseId}/delivery', t.provider, `/v1/cases/${id}/delivery`);
  });

  it('the supervision report of this month', async () => {
    const month = today.slice(0, 7);
    const report = await check(
      'GET /v1/reports/supervision',
      t.teamleader,
      `/v1/reports/supervision?month=${month}`,
    );
    expect(report.month).toBe(month);
  });

  it('the team leader’s overdue list', async () => {
    const list = await check('GET /v1/reports/overdue', t.teamleader, '/v1/reports/overdue');
    expect(list.asOf).toBe(today);
  });

  it('the document itself, by its schema and by a real OpenAPI 3.1 validator', async () => {
    const doc = await check('GET /openapi.json', undefined, '/openapi.json');
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
  });

  // Last: it reads what the tests above checked.
  it('has checked every operation the served document lists', async () => {
    const doc = (await api(stack, undefined, 'GET', '/openapi.json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(operations.length).toBeGreaterThan(20);
    expect(operations.filter((o) => !checked.has(o))).toEqual([]);
  });
});
