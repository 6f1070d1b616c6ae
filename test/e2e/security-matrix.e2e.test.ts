import { routesOf } from '@hjemmestotte/wiring';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../packages/local-stack/src/stack.ts';
import { type CaseWorld, createCaseWorld } from '../security/case-world.ts';
import { type Caller, callers, concretePath, matches, routeTable } from '../security/route-table.ts';
import { tamperedTokens } from '../security/tampered-tokens.ts';
import { api } from '../support/http.ts';

/** Every route of the wiring × every kind of caller, against a real case; then tampered tokens. */
describe('security matrix', () => {
  let stack: LocalStack;
  let world: CaseWorld;
  let tokens: Awaited<ReturnType<typeof tamperedTokens>>;
  beforeAll(async () => {
    stack = await startLocalStack({});
    // Before any token is verified, so the verifier's first JWKS fetch already holds the test's key.
    tokens = await tamperedTokens(stack, 'cw.tamper@demo.kommune.example');
    world = await createCaseWorld(stack);
    const plan = await api(stack, world.tokens.caseworker, 'PUT', `/v1/cases/${world.caseId}/plan`, {
      purpose: 'Trygge morgener.',
      goals: [{ goalId: 'g1', title: 'Fast morgenrutine', subGoals: [] }],
    });
    if (plan.status !== 200) throw new Error(`plan: ${plan.status} ${JSON.stringify(plan.body)}`);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const tokenOf = (c: Caller) => (c === 'noToken' ? undefined : world.tokens[c]);

  it('has an expected status for every route the wiring declares', () => {
    const missing = routesOf()
      .map((r) => r.routeKey)
      .filter((k) => !routeTable[k]);
    expect(missing).toEqual([]);
  });

  it('answers every route × caller with the contract status', async () => {
    const rows: string[] = [];
    const wrong: string[] = [];
    for (const r of routesOf()) {
      const row = routeTable[r.routeKey];
      if (!row) continue; // reported by the test above
      for (const caller of callers) {
        const res = await api(
          stack,
          tokenOf(caller),
          r.method,
          concretePath(r.path, world),
          row.body?.(world),
          row.headers?.() ?? {},
        );
        const expected = row.expect[caller];
        rows.push(`${r.routeKey.padEnd(55)} ${caller.padEnd(15)} ${res.status}`);
        if (!matches(expected, res.status))
          wrong.push(`${r.routeKey} as ${caller}: expected ${expected}, got ${res.status}`);
      }
    }
    console.log(`security matrix (${rows.length} calls):\n${rows.join('\n')}`);
    expect(wrong).toEqual([]);
    expect(rows.length).toBe(routesOf().length * callers.length);
  });

  it('lets the untampered control token through, so the refusals below are about the tampering', async () => {
    const res = await api(stack, tokens.control, 'GET', `/v1/cases/${world.caseId}`);
    expect(res.status).toBe(200);
  });

  it('refuses every tampered token with 401 on a read and on a write', async () => {
    const got: Record<string, number[]> = {};
    for (const [name, token] of Object.entries(tokens.tampered)) {
      const read = await api(stack, token, 'GET', `/v1/cases/${world.caseId}`);
      const write = await api(stack, token, 'PATCH', `/v1/cases/${world.caseId}`, { hoursPerWeek: 7 });
      got[name] = [read.status, write.status];
    }
    const expected = Object.fromEntries(Object.keys(tokens.tampered).map((n) => [n, [401, 401]]));
    expect(got).toEqual(expected);
  });

  // DEFECT (packages/lambda-kit/src/auth.ts, lead's): jwtVerify is called without `requiredClaims: ['exp']`,
  // so a correctly signed token with no `exp` never expires. Cognito always sets exp, so it is defence in
  // depth; un-skip once the verifier requires exp.
  it('refuses a signed token that has no expiry', async () => {
    const res = await api(stack, tokens.withoutExpiry, 'GET', `/v1/cases/${world.caseId}`);
    expect(res.status).toBe(401);
  });

  it('treats a missing or odd Authorization header as no token', async () => {
    for (const header of ['', 'Bearer', 'Basic dXNlcjpwYXNz', `bearer${world.tokens.caseworker}`]) {
      const res = await api(stack, undefined, 'GET', `/v1/cases/${world.caseId}`, undefined, {
        authorization: header,
      });
      expect(res.status, header).toBe(401);
    }
  });
});
