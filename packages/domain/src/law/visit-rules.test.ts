import { describe, expect, it } from 'vitest';
import { visitViolations } from './visit-rules.ts';

const visit = { startedAt: '2026-11-20T07:00:00+01:00', durationMinutes: 120, goalIds: ['g1'] };
const context = { startsOn: '2026-11-09', now: new Date('2026-11-20T12:00:00Z'), planGoalIds: ['g1', 'g2'] };
type V = typeof visit;
const paths = (
  v: Partial<V>,
  extra: { startsOn?: string; closedOn?: string; now?: Date; planGoalIds?: string[]; timeZone?: string } = {},
) => visitViolations({ ...context, ...extra, visit: { ...visit, ...v } }).map((x) => x.path);

describe('visitViolations', () => {
  it('accepts the contract example', () => {
    expect(paths({})).toEqual([]);
  });

  it('places a visit on its Copenhagen date: 23:30 UTC the evening before the start is already the start day', () => {
    expect(paths({ startedAt: '2026-11-08T23:30:00Z' })).toEqual([]);
    expect(paths({ startedAt: '2026-11-08T22:59:00Z' })).toEqual(['startedAt']);
  });

  it('places both 02:30s of the October clock change on 25 October', () => {
    const now = new Date('2026-10-26T12:00:00Z');
    const startsOn = '2026-10-25';
    for (const startedAt of ['2026-10-25T02:30:00+02:00', '2026-10-25T02:30:00+01:00']) {
      expect(paths({ startedAt }, { now, startsOn, closedOn: '2026-10-25' })).toEqual([]);
    }
    expect(
      paths({ startedAt: '2026-10-25T23:30:00+01:00' }, { now, startsOn, closedOn: '2026-10-25' }),
    ).toEqual([]);
    expect(
      paths({ startedAt: '2026-10-26T00:00:00+01:00' }, { now, startsOn, closedOn: '2026-10-25' }),
    ).toEqual(['startedAt']);
  });

  it('compares in another zone when the municipality has one', () => {
    expect(paths({ startedAt: '2026-11-08T23:30:00Z' }, { timeZone: 'UTC' })).toEqual(['startedAt']);
  });

  it('refuses a visit after the case closed, but not one on the closing day', () => {
    expect(paths({}, { closedOn: '2026-11-19' })).toEqual(['startedAt']);
    expect(paths({}, { closedOn: '2026-11-20' })).toEqual([]);
  });

  it('allows a clock 5 minutes fast, not more', () => {
    const now = new Date('2026-11-20T05:55:00Z');
    expect(paths({ startedAt: '2026-11-20T07:00:00+01:00' }, { now })).toEqual([]);
    expect(paths({ startedAt: '2026-11-20T07:00:01+01:00' }, { now })).toEqual(['startedAt']);
  });

  it.each([
    [0, ['durationMinutes']],
    [1, []],
    [720, []],
    [721, ['durationMinutes']],
    [-30, ['durationMinutes']],
  ])('a visit of %i minutes gives %j', (durationMinutes, expected) => {
    expect(paths({ durationMinutes })).toEqual(expected);
  });

  it('refuses goals the plan does not have, each by its index', () => {
    expect(paths({ goalIds: ['g1', 'g9', 'g2', 'x'] })).toEqual(['goalIds.1', 'goalIds.3']);
    expect(paths({ goalIds: ['g1'] }, { planGoalIds: [] })).toEqual(['goalIds.0']);
    expect(paths({ goalIds: [] }, { planGoalIds: [] })).toEqual([]);
  });
});
