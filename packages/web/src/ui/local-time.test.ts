import { describe, expect, it } from 'vitest';
import { copenhagenInstant } from './local-time.ts';

describe('a wall-clock time in Copenhagen as an instant', () => {
  it.each([
    ['2026-11-20', '07:00', '2026-11-20T07:00:00+01:00'],
    ['2026-07-01', '07:00', '2026-07-01T07:00:00+02:00'],
    // The spring change (29 March 2026, 02:00 → 03:00) and the autumn one (25 October 2026, 03:00 → 02:00).
    ['2026-03-29', '01:30', '2026-03-29T01:30:00+01:00'],
    ['2026-03-29', '03:30', '2026-03-29T03:30:00+02:00'],
    ['2026-10-25', '01:30', '2026-10-25T01:30:00+02:00'],
    ['2026-10-25', '03:30', '2026-10-25T03:30:00+01:00'],
    ['2024-02-29', '23:59', '2024-02-29T23:59:00+01:00'],
  ])('%s %s → %s', (date, time, instant) => {
    expect(copenhagenInstant(date, time)).toBe(instant);
    expect(new Date(instant).getTime()).not.toBeNaN();
  });
});
