import { describe, expect, it } from 'vitest';
import { daysOver } from './dates.ts';

describe('days a deadline is over', () => {
  it('counts calendar days, not 24-hour spans, across the changes to and from summer time', () => {
    // Copenhagen's 23-hour day (29 March 2026) and 25-hour day (25 October 2026) are one day each.
    expect(daysOver('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysOver('2026-10-24', '2026-10-26')).toBe(2);
  });

  it('counts across a month end and a leap day', () => {
    expect(daysOver('2026-09-08', '2026-11-24')).toBe(77);
    expect(daysOver('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysOver('2027-02-28', '2027-03-01')).toBe(1);
  });
});
