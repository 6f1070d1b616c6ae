import { describe, expect, it } from 'vitest';
import { formatDanishDate, formatDanishMonth } from './danish-format.ts';

describe('formatDanishDate', () => {
  it.each([
    ['2027-02-05', 'fredag den 5. februar 2027'],
    ['2027-01-04', 'mandag den 4. januar 2027'],
    ['2027-03-30', 'tirsdag den 30. marts 2027'],
    ['2027-04-14', 'onsdag den 14. april 2027'],
    ['2027-05-06', 'torsdag den 6. maj 2027'],
    ['2027-06-05', 'lørdag den 5. juni 2027'],
    ['2027-07-04', 'søndag den 4. juli 2027'],
    ['2027-08-16', 'mandag den 16. august 2027'],
    ['2027-09-01', 'onsdag den 1. september 2027'],
    ['2027-10-31', 'søndag den 31. oktober 2027'],
    ['2026-11-09', 'mandag den 9. november 2026'],
    ['2026-12-24', 'torsdag den 24. december 2026'],
  ])('writes %s as "%s"', (date, text) => {
    expect(formatDanishDate(date)).toBe(text);
  });

  it('refuses a date that does not exist', () => {
    expect(() => formatDanishDate('2027-02-29')).toThrow();
  });
});

describe('formatDanishMonth', () => {
  it('writes a month as Danish text does, January and December included', () => {
    expect(formatDanishMonth('2026-11')).toBe('november 2026');
    expect(formatDanishMonth('2027-01')).toBe('januar 2027');
    expect(formatDanishMonth('2028-12')).toBe('december 2028');
  });

  it('refuses what is not a month', () => {
    for (const bad of ['2026-13', '2026-00', '2026-1', 'november'])
      expect(() => formatDanishMonth(bad)).toThrow(RangeError);
  });
});
