import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { addDays, localDateOf } from '@hjemmestotte/domain';
import { documentClientFor } from '@hjemmestotte/lambda-kit';
import { routesOf } from '@hjemmestotte/wiring';
import { Validator } from '@seriousme/openapi-schema-validator';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../packages/local-stack/src/stack.ts';
import { registrationBody, visitBody } from '../security/case-world.ts';
import { api, tokenFor } from '../support/http.ts';

/** The provider API over HTTP: isolation between providers, idempotent writes, refusals, events, docs. */
describe('provider API', () => {
  let stack: LocalStack;
  let db: ReturnType<typeof documentClientFor>;
  let caseA: string;
  let caseB: string;
  const t = {} as Record<
    'admin' | 'caseworker' | 'teamleader' | 'providerA' | 'providerB' | 'otherScope',
    string
  >;
  const today = localDateOf(new Date());

  beforeAll(async () => {
    stack = await startLocalStack({});
    // A key of our own in the issuer's JWKS (before the verifier first fetches it) signs a token that is
    // valid in every respect but its scope, which belongs to another API.
    const stranger = await generateKeyPair('RS256');
    const kid = `scope-test-${randomUUID()}`;
    stack.issuer.jwks.keys.push({ ...(await exportJWK(stranger.publicKey)), kid, alg: 'RS256', use: 'sig' });
    t.otherScope = await new SignJWT({
      token_use: 'access',
      scope: 'https://other.example/provider',
      client_id: 'c',
      provider_id: 'hjemmebasen',
    })
      .setProtectedHeader({ alg: 'RS256', kid })
      .setIssuer(stack.issuer.issuer)
      .setSubject('c')
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(stranger.privateKey);
    t.admin = await tokenFor(stack, { role: 'admin', email: 'admin@demo.kommune.example' });
    t.caseworker = await tokenFor(stack, { role: 'caseworker', email: 'cw@demo.kommune.example' });
    t.teamleader = await tokenFor(stack, { role: 'teamleader', email: 'tl@demo.kommune.example' });
    t.providerA = await tokenFor(stack, { role: 'provider', providerId: 'hjemmebasen' });
    t.providerB = await tokenFor(stack, { role: 'provider', providerId: 'familiehuset' });
    for (const providerId of ['hjemmebasen', 'familiehuset']) {
      const r = await api(stack, t.admin, 'POST', '/v1/providers', {
        providerId,
        name: providerId,
        contactEmail: `kontakt@${providerId}.example`,
      });
      expect(r.status).toBe(201);
    }
    const register = async (caseNumber: string, providerId: string) => {
      const r = await api(stack, t.caseworker, 'POST', '/v1/cases', {
        ...registrationBody({ caseNumber, providerId, caseworkerEmail: 'cw@demo.kommune.example' }),
        decidedOn: addDays(today, -30),
        startsOn: addDays(today, -21),
        assessment: { kind: 'investigation', status: 'completed', completedOn: addDays(today, -40) },
      });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      return r.body.caseId as string;
    };
    caseA = await register('PRV-2026-0001', 'hjemmebasen');
    caseB = await register('PRV-2026-0002', 'familiehuset');
    // Barnets plan exists, as in a real case: a provider reads its goals (GET plan answers 404 while none).
    const plan = await api(stack, t.caseworker, 'PUT', `/v1/cases/${caseA}/plan`, {
      purpose: 'Faste rutiner i hverdagen.',
      goals: [{ goalId: 'g1', title: 'Morgenrutine', subGoals: [] }],
    });
    expect(plan.status, JSON.stringify(plan.body)).toBeLessThan(300);
    const endpoint = stack.dynamoEndpoint;
    db = documentClientFor(
      new DynamoDBClient({
        endpoint,
        region: 'eu-north-1',
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      }),
    );
    await stack.settle();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  /** A provider write; `key: null` sends no Idempotency-Key. */
  const post = (token: string, path: string, body: unknown, key: string | null = randomUUID()) =>
    api(stack, token, 'POST', path, body, key ? { 'idempotency-key': key } : {});
  const visitsOf = async (caseId: string) =>
    (await api(stack, t.caseworker, 'GET', `/v1/cases/${caseId}/visits`)).body;
  const idempotencyItems = async () =>
    (await db.send(new ScanCommand({ TableName: stack.tableNames.idempotency }))).Items ?? [];
  const eventsOf = (caseId: string, detailType?: string) =>
    stack.bus.accepted.filter(
      (e) =>
        (e.detail as { data: { caseId: string } }).data.caseId === caseId &&
        (!detailType || e.detailType === detailType),
    );
  const bodyFor = (path: string) =>
    path.endsWith('/visits')
      ? visitBody(60)
      : path.endsWith('/status-reports')
        ? { kind: 'follow-up', text: 'Forløbet går som planlagt.', familyHasRead: true }
        : undefined;

  it("answers 404 on every case route a provider may call, when it is another provider's case", async () => {
    const caseRoutes = routesOf().filter((r) => r.path.startsWith('/v1/cases/{caseId}'));
    const providerRoutes: string[] = [];
    for (const r of caseRoutes) {
      const path = r.path.replace('{caseId}', caseA).replace('{followUpId}', 'fu-1');
      const body = r.method === 'GET' ? undefined : bodyFor(r.path);
      const own = await api(stack, t.providerA, r.method, path, body, { 'idempotency-key': randomUUID() });
      if (own.status === 403) continue; // a route for users only: refused on the role before the case is read
      providerRoutes.push(r.routeKey);
      expect(own.status, `${r.routeKey} as the case's provider`).toBeLessThan(300);
      const other = await api(stack, t.providerB, r.method, path, body, { 'idempotency-key': randomUUID() });
      expect(other.status, `${r.routeKey} as the other provider`).toBe(404);
      expect(other.headers.get('content-type')).toBe('application/problem+json');
    }
    expect(providerRoutes).toEqual(
      expect.arrayContaining([
        'GET /v1/cases/{caseId}',
        'POST /v1/cases/{caseId}/visits',
        'GET /v1/cases/{caseId}/visits',
        'POST /v1/cases/{caseId}/status-reports',
        'GET /v1/cases/{caseId}/delivery',
        'GET /v1/cases/{caseId}/plan',
      ]),
    );
    expect((await visitsOf(caseB)).length).toBe(0);
  });

  it('refuses user tokens on provider-only routes (403) and bad or foreign-scope tokens (401)', async () => {
    const providerOnly: [string, string, unknown][] = [
      ['POST', `/v1/cases/${caseA}/visits`, visitBody(60)],
      ['POST', `/v1/cases/${caseA}/status-reports`, bodyFor('/status-reports')],
      ['GET', '/v1/provider/cases', undefined],
    ];
    for (const [method, path, body] of providerOnly) {
      for (const user of [t.caseworker, t.teamleader, t.admin]) {
        const r = await api(stack, user, method, path, body, { 'idempotency-key': randomUUID() });
        expect(r.status, `${method} ${path}`).toBe(403);
      }
      for (const bad of ['not-a-jwt', `${t.providerA.slice(0, -4)}AAAA`, t.otherScope]) {
        const r = await api(stack, bad, method, path, body, { 'idempotency-key': randomUUID() });
        expect(r.status, `${method} ${path}`).toBe(401);
        expect(r.body).toMatchObject({ status: 401, title: 'Unauthorized' });
      }
    }
  });

  it('lists only the calling provider’s cases', async () => {
    const r = await api(stack, t.providerB, 'GET', '/v1/provider/cases');
    expect(r.body.map((c: { caseId: string }) => c.caseId)).toEqual([caseB]);
  });

  it('requires Idempotency-Key on provider writes, with a problem naming the header', async () => {
    const before = (await visitsOf(caseA)).length;
    for (const path of [`/v1/cases/${caseA}/visits`, `/v1/cases/${caseA}/status-reports`]) {
      const r = await post(t.providerA, path, bodyFor(path), null);
      expect(r.status).toBe(400);
      expect(r.body.errors).toEqual([{ path: 'Idempotency-Key', message: 'header required' }]);
    }
    expect((await visitsOf(caseA)).length).toBe(before);
  });

  it('answers a retry with the first answer, refuses the key with another body, stores one visit', async () => {
    const key = randomUUID();
    const body = visitBody(90, { note: 'Aftensmad lavet sammen.' });
    const first = await post(t.providerA, `/v1/cases/${caseA}/visits`, body, key);
    const retry = await post(t.providerA, `/v1/cases/${caseA}/visits`, body, key);
    const other = await post(t.providerA, `/v1/cases/${caseA}/visits`, { ...body, durationMinutes: 45 }, key);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(other.status).toBe(422);
    expect(other.body.errors[0].path).toBe('Idempotency-Key');
    // Provider B may use the same key for its own case without meeting A's record.
    const b = await post(t.providerB, `/v1/cases/${caseB}/visits`, body, key);
    expect(b.status).toBe(201);
    await stack.settle();
    const mine = (await visitsOf(caseA)).filter((v: { visitId: string }) => v.visitId === first.body.visitId);
    expect(mine).toHaveLength(1);
    const logged = eventsOf(caseA, 'VisitLogged').filter(
      (e) => (e.detail as { data: { visitId: string } }).data.visitId === first.body.visitId,
    );
    expect(logged).toHaveLength(1);
  });

  it('answers concurrent requests with one key with 201 or 409, never 500, and stores one visit', async () => {
    const key = randomUUID();
    const body = visitBody(100, { durationMinutes: 33 });
    const before = (await visitsOf(caseA)).length;
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => post(t.providerA, `/v1/cases/${caseA}/visits`, body, key)),
    );
    const statuses = answers.map((a) => a.status);
    expect(
      statuses.every((s) => s === 201 || s === 409),
      statuses.join(','),
    ).toBe(true);
    expect(statuses).toContain(201);
    expect((await visitsOf(caseA)).length).toBe(before + 1);
  });

  it('refuses bad visits (400, 413, 422) and stores and emits nothing for them', async () => {
    await stack.settle();
    const visitsBefore = (await visitsOf(caseA)).length;
    const eventsBefore = eventsOf(caseA).length;
    const idemBefore = (await idempotencyItems()).length;
    const refusals: [unknown, number, string][] = [
      [{ ...visitBody(60), location: 'moon' }, 400, 'location'],
      [{ ...visitBody(60), extra: 1 }, 400, 'extra'],
      [visitBody(60, { note: 'Barnet 140325-1234 sov' }), 422, 'note'],
      [visitBody(60, { durationMinutes: 0 }), 422, 'durationMinutes'],
      [visitBody(-60), 422, 'startedAt'],
      [{ ...visitBody(60), startedAt: `${addDays(today, -22)}T12:00:00+01:00` }, 422, 'startedAt'],
      [visitBody(60, { note: 'x'.repeat(70_000) }), 413, ''],
    ];
    for (const [body, status, path] of refusals) {
      const r = await post(t.providerA, `/v1/cases/${caseA}/visits`, body);
      expect(r.status, JSON.stringify(r.body)).toBe(status);
      expect(r.headers.get('content-type')).toBe('application/problem+json');
      if (path) expect(r.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    await stack.settle();
    expect((await visitsOf(caseA)).length).toBe(visitsBefore);
    expect(eventsOf(caseA).length).toBe(eventsBefore);
    expect((await idempotencyItems()).length).toBe(idemBefore);
  });

  it('announces a concern and a status report without their text', async () => {
    const concern = await post(
      t.providerA,
      `/v1/cases/${caseA}/visits`,
      visitBody(30, { concern: { level: 'acute', note: 'Bekymring: mor virkede påvirket.' } }),
    );
    expect(concern.status).toBe(201);
    const report = await post(t.providerA, `/v1/cases/${caseA}/status-reports`, {
      kind: 'final',
      text: 'Afsluttende statusskrivelse: målene er nået.',
      familyHasRead: true,
    });
    expect(report.status).toBe(201);
    await stack.settle();
    const raised = eventsOf(caseA, 'ConcernRaised');
    expect(raised.map((e) => (e.detail as { data: unknown }).data)).toContainEqual(
      expect.objectContaining({ visitId: concern.body.visitId, level: 'acute', caseNumber: 'PRV-2026-0001' }),
    );
    const submitted = eventsOf(caseA, 'StatusReportSubmitted').map(
      (e) => (e.detail as { data: unknown }).data,
    );
    expect(submitted).toContainEqual(
      expect.objectContaining({ reportId: report.body.reportId, kind: 'final', familyHasRead: true }),
    );
    const all = JSON.stringify(stack.bus.accepted);
    expect(all).not.toContain('Bekymring');
    expect(all).not.toContain('Afsluttende');
  });

  it('shows the visit logs and the delivery per ISO week to the caseworker and the team leader', async () => {
    const visits = await api(stack, t.teamleader, 'GET', `/v1/cases/${caseA}/visits`);
    expect(visits.status).toBe(200);
    const delivery = await api(stack, t.caseworker, 'GET', `/v1/cases/${caseA}/delivery`);
    expect(delivery.status).toBe(200);
    const minutes = visits.body.reduce(
      (n: number, v: { durationMinutes: number }) => n + v.durationMinutes,
      0,
    );
    expect(delivery.body.totals.deliveredHours).toBeCloseTo(minutes / 60, 2);
    expect(delivery.body.weeks.length).toBeGreaterThanOrEqual(3);
    expect(delivery.body.weeks[0]).toMatchObject({ week: expect.stringMatching(/^\d{4}-W\d{2}$/) });
    // 21 days of support at 6 hours a week, today included.
    expect(delivery.body.totals.grantedHours).toBeCloseTo((22 * 6) / 7, 1);
  });

  it('serves a valid OpenAPI 3.1 document without a token, listing every wired route', async () => {
    const r = await api(stack, undefined, 'GET', '/openapi.json');
    expect(r.status).toBe(200);
    expect((await new Validator().validate(r.body)).valid).toBe(true);
    for (const route of routesOf()) {
      expect(r.body.paths[route.path]?.[route.method.toLowerCase()], route.routeKey).toBeDefined();
    }
  });
});
