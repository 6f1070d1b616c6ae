import { describe, expect, it } from 'vitest';
import { isKnownTimeZone, localDateOf, localTimeOf } from './local-time.ts';

describe('localDateOf and localTimeOf in Europe/Copenhagen', () => {
  it.each([
    // last Sunday of March 2026 (29 March): clocks go from 02:00 CET to 03:00 CEST
    ['2026-03-28T22:59:00Z', '2026-03-28', 23, 59],
    ['2026-03-28T23:30:00Z', '2026-03-29', 0, 30],
    ['2026-03-29T00:59:00Z', '2026-03-29', 1, 59],
    ['2026-03-29T01:00:00Z', '2026-03-29', 3, 0],
    ['2026-03-29T21:59:00Z', '2026-03-29', 23, 59],
    ['2026-03-29T22:00:00Z', '2026-03-30', 0, 0],
    // last Sunday of October 2026 (25 October): 03:00 CEST back to 02:00 CET, the hour 02:xx comes twice
    ['2026-10-24T21:59:00Z', '2026-10-24', 23, 59],
    ['2026-10-24T22:00:00Z', '2026-10-25', 0, 0],
    ['2026-10-25T00:30:00Z', '2026-10-25', 2, 30],
    ['2026-10-25T01:30:00Z', '2026-10-25', 2, 30],
    ['2026-10-25T22:59:00Z', '2026-10-25', 23, 59],
    ['2026-10-25T23:00:00Z', '2026-10-26', 0, 0],
    // an instant given with an offset means the same moment wherever it was written
    ['2026-11-20T07:00:00+01:00', '2026-11-20', 7, 0],
    ['2026-12-31T23:30:00Z', '2027-01-01', 0, 30],
  ])('%s is %s %i:%i on the wall clock', (instant, date, hour, minute) => {
    expect(localTimeOf(new Date(instant))).toEqual({ date, hour, minute });
    expect(localDateOf(new Date(instant))).toBe(date);
  });

  it('reads other time zones when asked', () => {
    expect(localDateOf(new Date('2026-03-28T23:30:00Z'), 'UTC')).toBe('2026-03-28');
    expect(localTimeOf(new Date('2026-03-28T23:30:00Z'), 'America/New_York')).toEqual({
      date: '2026-03-28',
      hour: 19,
      minute: 30,
    });
  });

  it('refuses an invalid instant rather than inventing a date', () => {
    expect(() => localDateOf(new Date('not a date'))).toThrow(RangeError);
  });

  it('tells known time zones from unknown ones', () => {
    expect(isKnownTimeZone('Europe/Copenhagen')).toBe(true);
    expect(isKnownTimeZone('Europe/Aarhus')).toBe(false);
  });
});
