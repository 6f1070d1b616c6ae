import { describe, expect, it } from 'vitest';
import { danishPublicHolidays, isDanishPublicHoliday } from './danish-holidays.ts';

describe('Danish public holidays', () => {
  it('lists the helligdage of 2027 and nothing else', () => {
    expect([...danishPublicHolidays(2027).keys()]).toEqual([
      '2027-01-01',
      '2027-03-25',
      '2027-03-26',
      '2027-03-28',
      '2027-03-29',
      '2027-05-06',
      '2027-05-16',
      '2027-05-17',
      '2027-12-25',
      '2027-12-26',
    ]);
  });

  it.each([
    ['2027-03-25', 'Skærtorsdag'],
    ['2027-03-29', '2. påskedag'],
    ['2027-05-06', 'Kristi Himmelfartsdag'],
    ['2027-05-17', '2. pinsedag'],
    ['2027-12-25', 'juledag'],
    ['2023-05-05', 'Store Bededag, before its abolition'],
  ])('%s is a public holiday (%s)', (date) => {
    expect(isDanishPublicHoliday(date)).toBe(true);
  });

  it.each([
    ['2024-04-26', 'Store Bededag, abolished from 2024'],
    ['2027-04-23', 'Store Bededag, abolished from 2024'],
    ['2027-06-05', 'Grundlovsdag'],
    ['2027-05-01', '1. maj'],
    ['2027-12-24', 'juleaften'],
    ['2027-12-31', 'nytårsaften'],
    ['2027-02-08', 'fastelavn'],
  ])('%s is not a public holiday (%s): at most a closing day', (date) => {
    expect(isDanishPublicHoliday(date)).toBe(false);
  });

  it('gives the same answer from its cache as the first time', () => {
    expect(danishPublicHolidays(2031)).toBe(danishPublicHolidays(2031));
    expect(danishPublicHolidays(2031).get('2031-12-25')).toBe('Juledag');
  });
});
