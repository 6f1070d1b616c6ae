import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { type LocalStack, startLocalStack } from '@hjemmestotte/local-stack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Route × role as the contract gives it: every caseworker route refuses a provider token and a user token
// of the wrong role (403), and a provider reaches only its own case (another provider's answers 404).
let stack: LocalStack;
let caseId: string;
const tokens: Record<string, string> = {};

const call = async (method: string, path: string, token: string | undefined, body?: unknown) => {
  const res = await fetch(`${stack.apiUrl}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
};

/** Read straight from the stack's DynamoDB Local: whether a case number was ever registered. */
const caseNumberTaken = async (caseNumber: string) => {
  const db = new DynamoDBClient({
    endpoint: stack.dynamoEndpoint,
    region: 'eu-north-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const out = await db.send(
    new GetItemCommand({
      TableName: stack.tableNames.main,
      Key: { pk: { S: `CASENO#${caseNumber}` }, sk: { S: 'CASENO' } },
      ConsistentRead: true,
    }),
  );
  db.destroy();
  return out.Item !== undefined;
};

const registration = {
  caseNumber: 'AUTH-1',
  caseworkerEmail: 'sagsbehandler@kommune.example',
  children: [{ firstName: 'Ida', birthDate: '2025-03-14' }],
  legalBasis: 'Barnets Lov § 32, stk. 1, nr. 2',
  program: 'home-support',
  assessment: { kind: 'investigation', status: 'completed', completedOn: '2026-01-20' },
  decidedOn: '2026-01-26',
  startsOn: '2026-02-02',
  expectedEndOn: '2027-06-30',
  hoursPerWeek: 6,
  providerId: 'hjemmebasen',
  planRequired: true,
  purpose: 'Trygge rammer.',
};

// Valid bodies, so a refusal can only come from the role check.
const caseworkerRoutes = () =>
  [
    ['POST', '/v1/cases', { ...registration, caseNumber: 'AUTH-2' }],
    ['PATCH', `/v1/cases/${caseId}`, { hoursPerWeek: 8 }],
    ['POST', `/v1/cases/${caseId}/close`, { closedOn: '2026-11-01', reason: 'moved' }],
    [
      'PUT',
      `/v1/cases/${caseId}/plan`,
      { purpose: 'Mål.', goals: [{ goalId: 'g1', title: 'Rutine', subGoals: [] }] },
    ],
    [
      'POST',
      `/v1/cases/${caseId}/follow-ups/fu-1/held`,
      { heldOn: '2026-05-01', childHeard: true, outcome: 'continue', nextFollowUpInMonths: 6 },
    ],
  ] as const;

beforeAll(async () => {
  stack = await startLocalStack({});
  const issue = async (r: Parameters<LocalStack['issuer']['issue']>[0]) =>
    (await stack.issuer.issue(r)).access_token;
  tokens.caseworker = await issue({ role: 'caseworker', email: 'sagsbehandler@kommune.example' });
  tokens.teamleader = await issue({ role: 'teamleader', email: 'leder@kommune.example' });
  tokens.admin = await issue({ role: 'admin', email: 'admin@kommune.example' });
  tokens.provider = await issue({ role: 'provider', providerId: 'hjemmebasen' });
  tokens.otherProvider = await issue({ role: 'provider', providerId: 'familiehuset' });
  for (const providerId of ['hjemmebasen', 'familiehuset']) {
    const p = { providerId, name: providerId, contactEmail: `${providerId}@example.org` };
    expect((await call('POST', '/v1/providers', tokens.admin, p)).status).toBe(201);
  }
  const created = await call('POST', '/v1/cases', tokens.caseworker, registration);
  expect(created.status).toBe(201);
  caseId = created.body.caseId;
  await stack.settle();
});
afterAll(async () => {
  await stack?.stop();
});

describe('caseworker routes by role', () => {
  it.each(['provider', 'admin', 'teamleader'])(
    'refuses a %s token with 403 on every caseworker route',
    async (who) => {
      for (const [method, path, body] of caseworkerRoutes()) {
        const res = await call(method, path, tokens[who], body);
        expect({ route: `${method} ${path}`, status: res.status }).toEqual({
          route: `${method} ${path}`,
          status: 403,
        });
      }
      // Nothing happened: the case is unchanged, its first follow-up still scheduled, no second case.
      const c = await call('GET', `/v1/cases/${caseId}`, tokens.caseworker);
      expect(c.body).toMatchObject({ status: 'active', hoursPerWeek: 6, history: [] });
      expect(c.body.followUps.map((f: { status: string }) => f.status)).toEqual(['scheduled']);
      expect(await caseNumberTaken('AUTH-2')).toBe(false);
    },
  );

  it('refuses a request without a token with 401', async () => {
    for (const [method, path, body] of caseworkerRoutes()) {
      expect((await call(method, path, undefined, body)).status).toBe(401);
    }
  });

  it('lets only admins register providers and admins and caseworkers list them', async () => {
    const p = { providerId: 'ny', name: 'Ny', contactEmail: 'ny@example.org' };
    for (const who of ['caseworker', 'teamleader', 'provider']) {
      expect((await call('POST', '/v1/providers', tokens[who], p)).status).toBe(403);
    }
    for (const who of ['teamleader', 'provider'])
      expect((await call('GET', '/v1/providers', tokens[who])).status).toBe(403);
    expect((await call('GET', '/v1/providers', tokens.caseworker)).status).toBe(200);
  });

  it("lets the case's provider read it and its follow-ups, and answers another provider 404", async () => {
    for (const path of [`/v1/cases/${caseId}`, `/v1/cases/${caseId}/follow-ups`]) {
      expect((await call('GET', path, tokens.provider)).status).toBe(200);
      expect((await call('GET', path, tokens.teamleader)).status).toBe(200);
      const other = await call('GET', path, tokens.otherProvider);
      expect(other.status).toBe(404);
      expect(other.body.detail).not.toContain('AUTH-1');
      expect((await call('GET', path, tokens.admin)).status).toBe(403);
    }
  });

  it('shows the audit trail to the team leader only', async () => {
    for (const who of ['caseworker', 'admin', 'provider']) {
      expect((await call('GET', `/v1/cases/${caseId}/audit`, tokens[who])).status).toBe(403);
    }
    const audit = await call('GET', `/v1/cases/${caseId}/audit`, tokens.teamleader);
    expect(audit.status).toBe(200);
    expect(audit.body.map((e: { action: string }) => e.action)).toContain('case.create');
    expect((await call('GET', '/v1/cases/ukendt/audit', tokens.teamleader)).status).toBe(404);
  });
});
