import { routesOf } from '@hjemmestotte/wiring';
import { describe, expect, it } from 'vitest';
import { createRouteMatcher } from '../src/route-match.ts';

describe('the local gateway route matcher', () => {
  const match = createRouteMatcher([
    { method: 'GET', path: '/v1/cases/{caseId}' },
    { method: 'POST', path: '/v1/cases/{caseId}/follow-ups/{followUpId}/held' },
  ]);

  it('fills path parameters, decoded', () => {
    expect(match('POST', '/v1/cases/c%2F1/follow-ups/fu-2/held')?.params).toEqual({
      caseId: 'c/1',
      followUpId: 'fu-2',
    });
  });

  it('matches neither another method, nor a longer or shorter path', () => {
    expect(match('DELETE', '/v1/cases/c1')).toBeUndefined();
    expect(match('GET', '/v1/cases/c1/extra')).toBeUndefined();
    expect(match('GET', '/v1/cases')).toBeUndefined();
  });

  it('routes every route of the wiring description to itself', () => {
    const routes = routesOf();
    const all = createRouteMatcher(routes);
    for (const r of routes) {
      const path = r.path.replace(/\{[^}]+\}/g, 'x1');
      expect(all(r.method, path)?.route.routeKey).toBe(r.routeKey);
    }
  });
});
