import { routesOf } from '@hjemmestotte/wiring';
import { describe, expect, it } from 'vitest';
import { operationIdOf, tags, tagsOf } from './operations.ts';

describe('operation ids and tags', () => {
  it('names operations from their method and path', () => {
    expect(operationIdOf({ method: 'POST', path: '/v1/cases/{caseId}/visits' })).toBe('postCaseVisits');
    expect(operationIdOf({ method: 'GET', path: '/v1/cases/{caseId}' })).toBe('getCase');
    expect(operationIdOf({ method: 'GET', path: '/v1/cases' })).toBe('getCases');
    expect(operationIdOf({ method: 'POST', path: '/v1/cases/{caseId}/follow-ups/{followUpId}/held' })).toBe(
      'postCaseFollowUpHeld',
    );
    expect(operationIdOf({ method: 'PATCH', path: '/v1/providers/{providerId}' })).toBe('patchProvider');
    expect(operationIdOf({ method: 'GET', path: '/openapi.json' })).toBe('getOpenapi');
  });

  it('gives every wired route a unique id and a declared tag', () => {
    const ids = routesOf().map(operationIdOf);
    expect(new Set(ids).size).toBe(ids.length);
    const declared = tags.map((t) => t.name as string);
    for (const r of routesOf()) for (const t of tagsOf(r)) expect(declared).toContain(t);
  });
});
