import { rateLimitedResponse } from '@hjemmestotte/wiring';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../packages/local-stack/src/stack.ts';
import { api, tokenFor } from '../support/http.ts';

/**
 * Issue 11: one stage-wide throttle was shared by every caller, so one provider retrying hard shut out the
 * caseworkers. The edge now limits per client (WAF in AWS; the local gateway enforces the same description).
 */
describe('per-client rate limits at the edge', () => {
  let stack: LocalStack;
  const limit = 5;

  beforeAll(async () => {
    stack = await startLocalStack({
      rateLimits: [
        { name: 'per-client', key: 'authorization', limit, windowSeconds: 60, pathPrefix: '/v1/' },
      ],
    });
  });
  afterAll(() => stack?.stop());

  it('refuses a provider over its limit with 429 problem+json while a caseworker is still served', async () => {
    const provider = await tokenFor(stack, { role: 'provider', providerId: 'hjemmebasen' });
    const caseworker = await tokenFor(stack, { role: 'caseworker', email: 'cw@demo.kommune.example' });
    const statuses: number[] = [];
    for (let i = 0; i < limit + 2; i++)
      statuses.push((await api(stack, provider, 'GET', '/v1/provider/cases')).status);
    expect(statuses).toEqual([...Array(limit).fill(200), 429, 429]);

    const refused = await fetch(`${stack.apiUrl}/v1/provider/cases`, {
      headers: { authorization: `Bearer ${provider}` },
    });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toBe('application/problem+json');
    expect(refused.headers.get('retry-after')).toBe(String(rateLimitedResponse.retryAfterSeconds));
    expect(await refused.json()).toMatchObject({ status: 429, title: 'Too many requests' });

    expect((await api(stack, caseworker, 'GET', '/v1/providers')).status).toBe(200);
  });

  it('sends the security headers on every answer, API and refusals alike', async () => {
    for (const path of ['/openapi.json', '/v1/provider/cases', '/no-such-path']) {
      const r = await fetch(`${stack.apiUrl}${path}`);
      expect(r.headers.get('content-security-policy'), path).toContain("default-src 'self'");
      expect(r.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(r.headers.get('strict-transport-security'), path).toMatch(/^max-age=\d+/);
    }
  });
});
