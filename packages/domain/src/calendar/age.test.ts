import { describe, expect, it } from 'vitest';
import { ageOn } from './age.ts';

describe('ageOn', () => {
  it.each([
    ['2008-11-09', '2026-11-08', 17],
    ['2008-11-09', '2026-11-09', 18],
    ['2023-11-10', '2026-11-09', 2],
    ['2023-11-09', '2026-11-09', 3],
    ['2026-11-09', '2026-11-09', 0],
    // born on 29 February: a year older on 1 March in common years, on 29 February in leap years
    ['2008-02-29', '2026-02-28', 17],
    ['2008-02-29', '2026-03-01', 18],
    ['2024-02-29', '2027-02-28', 2],
    ['2024-02-29', '2027-03-01', 3],
    ['2024-02-29', '2028-02-28', 3],
    ['2024-02-29', '2028-02-29', 4],
    // before birth
    ['2027-01-01', '2026-11-09', -1],
  ])('a child born %s is, on %s, aged %i', (born, on, age) => {
    expect(ageOn(born, on)).toBe(age);
  });

  it('refuses a date that does not exist', () => {
    expect(() => ageOn('2025-02-29', '2026-01-01')).toThrow();
    expect(() => ageOn('2025-02-28', '2026-02-30')).toThrow();
  });
});
