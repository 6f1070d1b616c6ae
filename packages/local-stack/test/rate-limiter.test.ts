import type { RateLimit } from '@hjemmestotte/wiring';
import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../src/rate-limiter.ts';

const rules: RateLimit[] = [
  { name: 'per-client', key: 'authorization', limit: 3, windowSeconds: 60, pathPrefix: '/v1/' },
  { name: 'per-ip', key: 'ip', limit: 10, windowSeconds: 300 },
];

describe('the local rate limiter (stand-in for the WAF rate-based rules)', () => {
  const clock = () => {
    let t = 1_000_000;
    return { now: () => t, advance: (ms: number) => (t += ms) };
  };
  const req = (authorization: string | undefined, path = '/v1/cases', sourceIp = '127.0.0.1') => ({
    path,
    authorization,
    sourceIp,
  });

  it('limits one client without shutting out another client from the same address', () => {
    const c = clock();
    const limiter = createRateLimiter(rules, c.now);
    const answers = Array.from({ length: 4 }, () => limiter.limited(req('Bearer provider-a')));
    expect(answers).toEqual([false, false, false, true]);
    expect(limiter.limited(req('Bearer caseworker'))).toBe(false);
  });

  it('lets the client in again once its window has passed, and keeps counting blocked requests', () => {
    const c = clock();
    const limiter = createRateLimiter(rules, c.now);
    for (let i = 0; i < 5; i++) limiter.limited(req('Bearer a'));
    c.advance(59_000);
    expect(limiter.limited(req('Bearer a'))).toBe(true);
    c.advance(60_001);
    expect(limiter.limited(req('Bearer a'))).toBe(false);
  });

  it('counts per token only under the rule path, and per address everywhere', () => {
    const c = clock();
    const limiter = createRateLimiter(rules, c.now);
    for (let i = 0; i < 9; i++) expect(limiter.limited(req('Bearer a', '/openapi.json'))).toBe(false);
    expect(limiter.limited(req(undefined, '/'))).toBe(false);
    expect(limiter.limited(req(undefined, '/'))).toBe(true);
    expect(limiter.limited(req(undefined, '/', '10.0.0.2'))).toBe(false);
  });
});
