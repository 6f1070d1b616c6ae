import { describe, expect, it } from 'vitest';
import { easterSunday } from './easter.ts';

describe('Easter Sunday (Gregorian computus)', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [1818, '1818-03-22'], // earliest possible date
    [2285, '2285-03-22'],
    [1943, '1943-04-25'], // latest possible date
    [2038, '2038-04-25'],
    [2000, '2000-04-23'], // a century year that is a leap year
    [2100, '2100-03-28'], // a century year that is not
    [1583, '1583-04-10'], // the first Gregorian Easter
  ])('%i: %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('pads years before 1000 to four digits, as an ISO date', () => {
    expect(easterSunday(999)).toMatch(/^0999-0[34]-\d\d$/);
  });
});
