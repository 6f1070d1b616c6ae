import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { danishPublicHolidays } from './danish-holidays.ts';

// The computed helligdage replaced the date-holidays package at run time. date-holidays stays a
// devDependency of this test only, as the oracle: the same days and names as its "public" Danish days.
describe('Danish public holidays against the date-holidays dataset', () => {
  const dataset = new Holidays('DK');
  const years = Array.from({ length: 2100 - 1990 + 1 }, (_, i) => 1990 + i);

  it.each(years)('%i: the same dates and names as date-holidays (type public)', (year) => {
    const expected = dataset
      .getHolidays(year)
      .filter((h) => h.type === 'public')
      .map((h) => [h.date.slice(0, 10), h.name]);
    expect([...danishPublicHolidays(year)]).toEqual(expected);
  });

  it('covers 111 years, with Store Bededag in the 34 up to 2023 only', () => {
    const withBededag = years.filter((y) => [...danishPublicHolidays(y).values()].includes('Store Bededag'));
    expect(years).toHaveLength(111);
    expect(withBededag).toEqual(years.filter((y) => y <= 2023));
  });
});
