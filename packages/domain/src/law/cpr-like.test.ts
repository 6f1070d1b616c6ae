import { describe, expect, it } from 'vitest';
import { CPR_LIKE, cprLikeViolations } from './cpr-like.ts';

describe('cprLikeViolations', () => {
  it.each(['Barnet har CPR 140325-1234.', '1403251234', 'cpr:140325-1234'])('flags %j', (text) => {
    expect(CPR_LIKE.test(text)).toBe(true);
    expect(cprLikeViolations({ note: text })).toEqual([
      { path: 'note', message: 'must not contain a CPR number' },
    ]);
  });

  it.each([
    'NYB-2026-0142',
    '2026-11-20T07:00:00+01:00',
    'Ring på 12345678',
    '14032512345',
    '140325--1234',
    '140325 1234',
  ])('lets %j through', (text) => {
    expect(cprLikeViolations({ note: text })).toEqual([]);
  });

  it('walks nested objects and arrays and names each path', () => {
    const body = {
      caseNumber: 'NYB-2026-0142',
      children: [{ firstName: 'Ida' }, { firstName: 'Bo 010120-1234' }],
      concern: { level: 'acute', note: 'se 0101201234' },
      hoursPerWeek: 1234567890,
      planRequired: true,
      extra: null,
    };
    expect(cprLikeViolations(body).map((v) => v.path)).toEqual(['children.1.firstName', 'concern.note']);
  });

  it('flags a bare string body with an empty path and ignores non-strings', () => {
    expect(cprLikeViolations('010120-1234')).toEqual([
      { path: '', message: 'must not contain a CPR number' },
    ]);
    expect(cprLikeViolations(1234567890)).toEqual([]);
    expect(cprLikeViolations(undefined)).toEqual([]);
  });
});
