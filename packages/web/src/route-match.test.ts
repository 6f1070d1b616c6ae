import { describe, expect, it } from 'vitest';
import { match } from './route-match.ts';

describe('matching a path to a route pattern', () => {
  it('answers the decoded parameters', () => {
    expect(match('/sager/nummer/:caseNumber', '/sager/nummer/BFS%202026%2F1')).toEqual({
      caseNumber: 'BFS 2026/1',
    });
    expect(match('/sager/:caseRef/opfoelgning/:followUpId', '/sager/c-1/opfoelgning/fu-2/')).toEqual({
      caseRef: 'c-1',
      followUpId: 'fu-2',
    });
    expect(match('/sager/:caseRef', '/sager/%C3%A6%C3%B8%C3%A5')).toEqual({ caseRef: 'æøå' });
  });

  it('answers undefined for another path', () => {
    expect(match('/sager/:caseRef', '/sager/c-1/revisionsspor')).toBeUndefined();
    expect(match('/sager/:caseRef/revisionsspor', '/sager/c-1/opfoelgning')).toBeUndefined();
  });

  it('treats a malformed percent-escape as no match (the not-found page), instead of throwing', () => {
    // `%E0` starts a three-byte UTF-8 sequence that never comes; `%` alone and `%zz` are no escape at all.
    for (const bad of ['%E0', '%', '%zz', 'WEB-%E0%A4', '%C3%28'])
      expect(match('/sager/nummer/:caseNumber', `/sager/nummer/${bad}`)).toBeUndefined();
    expect(match('/sager/:caseRef', '/sager/%E0')).toBeUndefined();
  });
});
