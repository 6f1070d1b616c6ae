import { describe, expect, it } from 'vitest';
import { closingDaySchema, workingCalendar } from './working-calendar.ts';

// The default closing days of a municipality: juleaften, nytårsaften, grundlovsdag.
const calendar = workingCalendar({ closingDays: ['12-24', '12-31', '06-05'] });

describe('isWorkingDay', () => {
  it.each([
    ['2027-02-05', true, 'an ordinary Friday'],
    ['2027-02-06', false, 'a Saturday'],
    ['2027-02-07', false, 'a Sunday'],
    ['2027-03-25', false, 'Skærtorsdag'],
    ['2027-03-26', false, 'Langfredag'],
    ['2027-03-29', false, '2. påskedag'],
    ['2027-05-06', false, 'Kristi himmelfart'],
    ['2027-05-07', true, 'the Friday after Kristi himmelfart, no holiday'],
    ['2027-05-17', false, '2. pinsedag'],
    ['2026-12-24', false, 'juleaften, a closing day'],
    ['2026-12-25', false, 'juledag'],
    ['2026-12-31', false, 'nytårsaften, a closing day'],
    ['2027-01-01', false, 'nytårsdag'],
    ['2026-06-05', false, 'grundlovsdag, a closing day'],
    ['2027-04-23', true, 'the old Store Bededag, a working day since 2024'],
    ['2026-05-01', true, '1 May, not a holiday unless configured'],
  ])('%s → %s (%s)', (date, working) => {
    expect(calendar.isWorkingDay(date)).toBe(working);
  });

  it('knows only public holidays and weekends when no closing days are configured', () => {
    const bare = workingCalendar({ closingDays: [] });
    expect(bare.isWorkingDay('2026-12-24')).toBe(true);
    expect(bare.isWorkingDay('2026-06-05')).toBe(true);
    expect(bare.isWorkingDay('2026-12-25')).toBe(false);
  });

  it('closes a one-off YYYY-MM-DD only in its year, a yearly MM-DD in every year', () => {
    const cal = workingCalendar({ closingDays: ['2027-02-09', '08-03'] });
    expect(cal.isWorkingDay('2027-02-09')).toBe(false);
    expect(cal.isWorkingDay('2028-02-09')).toBe(true);
    expect(cal.isWorkingDay('2027-08-03')).toBe(false);
    expect(cal.isWorkingDay('2028-08-03')).toBe(false);
  });
});

describe('addWorkingDays', () => {
  it.each([
    // the weekend
    ['2027-02-05', 1, '2027-02-08'],
    ['2027-02-06', 1, '2027-02-08'],
    ['2027-02-06', -1, '2027-02-05'],
    ['2027-02-06', 0, '2027-02-08'],
    ['2027-02-05', 0, '2027-02-05'],
    // Easter 2027: Skærtorsdag, Langfredag, Påskedag, 2. påskedag
    ['2027-03-24', 1, '2027-03-30'],
    ['2027-03-30', -1, '2027-03-24'],
    ['2027-03-26', 0, '2027-03-30'],
    // a reminder 10 working days before a follow-up due on the Monday after Easter week
    ['2027-04-05', -10, '2027-03-17'],
    // Kristi himmelfart and 2. pinsedag
    ['2027-05-05', 1, '2027-05-07'],
    ['2027-05-14', 1, '2027-05-18'],
    ['2027-05-18', -1, '2027-05-14'],
    // Christmas and New Year with the closing days 24 and 31 December
    ['2026-12-23', 1, '2026-12-28'],
    ['2026-12-30', 1, '2027-01-04'],
    ['2027-01-04', -1, '2026-12-30'],
    ['2026-12-25', 0, '2026-12-28'],
    // grundlovsdag on a Friday
    ['2026-06-04', 1, '2026-06-08'],
    // the daylight-saving weekends change nothing for civil dates
    ['2026-03-27', 1, '2026-03-30'],
    ['2026-10-23', 1, '2026-10-26'],
    ['2026-10-26', -1, '2026-10-23'],
    ['2026-11-06', -10, '2026-10-23'],
    // escalation 5 working days after a missed follow-up
    ['2027-02-05', 5, '2027-02-12'],
  ])('%s %i working days is %s', (from, n, expected) => {
    expect(calendar.addWorkingDays(from, n)).toBe(expected);
  });

  it('refuses a fraction of a working day', () => {
    expect(() => calendar.addWorkingDays('2027-02-05', 1.5)).toThrow(RangeError);
  });

  it('stops with an error when the closing days leave no working day at all', () => {
    const days: string[] = [];
    for (let m = 1; m <= 12; m++)
      for (let d = 1; d <= 31; d++) days.push(`${m}-${d}`.replace(/\b(\d)\b/g, '0$1'));
    const closed = workingCalendar({
      closingDays: days.filter((d) => closingDaySchema.safeParse(d).success),
    });
    expect(() => closed.addWorkingDays('2027-02-05', 1)).toThrow(/no working day/);
  });
});

describe('nextWorkingDayOnOrAfter and previousWorkingDayOnOrBefore', () => {
  it('keeps a working day and moves a closed one', () => {
    expect(calendar.nextWorkingDayOnOrAfter('2027-02-05')).toBe('2027-02-05');
    expect(calendar.nextWorkingDayOnOrAfter('2027-02-06')).toBe('2027-02-08');
    expect(calendar.nextWorkingDayOnOrAfter('2027-12-24')).toBe('2027-12-27');
    expect(calendar.previousWorkingDayOnOrBefore('2027-02-05')).toBe('2027-02-05');
    expect(calendar.previousWorkingDayOnOrBefore('2027-03-29')).toBe('2027-03-24');
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['2027-03-24', '2027-03-30', 1],
    ['2027-03-30', '2027-03-24', -1],
    ['2027-02-05', '2027-02-05', 0],
    ['2027-02-05', '2027-02-07', 0],
    ['2026-12-23', '2027-01-04', 4],
    ['2027-02-05', '2027-02-12', 5],
  ])('from %s to %s there are %i working days', (a, b, n) => {
    expect(calendar.workingDaysBetween(a, b)).toBe(n);
  });
});

describe('closing day configuration', () => {
  it.each(['12-24', '02-29', '2027-06-04'])('accepts %s', (d) => {
    expect(closingDaySchema.safeParse(d).success).toBe(true);
  });

  it.each(['12-32', '13-01', '02-30', '2027-02-29', '24-12', '12/24', ''])('refuses %j', (d) => {
    expect(closingDaySchema.safeParse(d).success).toBe(false);
  });

  it('refuses to build a calendar from a malformed closing day', () => {
    expect(() => workingCalendar({ closingDays: ['24/12'] })).toThrow();
  });
});
