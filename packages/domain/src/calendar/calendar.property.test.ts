import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../test/arbitraries.ts';
import { ageOn } from './age.ts';
import { addDays, addMonths, compareDates, daysInMonth, weekdayOf } from './civil-date.ts';
import { isDanishPublicHoliday } from './danish-holidays.ts';
import { localDateOf, localTimeOf } from './local-time.ts';
import { closingDaySchema, workingCalendar } from './working-calendar.ts';

const numRuns = 1000;
const date = isoDate('2020-01-01', 365 * 20);

// Any mix of yearly and one-off closing days a municipality might configure.
const closingDays = fc.array(
  fc.oneof(
    date,
    date.map((d) => d.slice(5)),
  ),
  { maxLength: 12 },
);

describe('working days, for any date, count and closing days', () => {
  it('a working-day result is never a weekend, a public holiday or a closing day', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -40, max: 40 }), closingDays, (from, n, closed) => {
        const result = workingCalendar({ closingDays: closed }).addWorkingDays(from, n);
        expect([0, 6]).not.toContain(weekdayOf(result));
        expect(isDanishPublicHoliday(result)).toBe(false);
        expect(closed.includes(result) || closed.includes(result.slice(5))).toBe(false);
      }),
      { numRuns },
    );
  });

  it('moves in the direction asked and counts back to the same number of working days', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 40 }), closingDays, (from, n, closed) => {
        const cal = workingCalendar({ closingDays: closed });
        const later = cal.addWorkingDays(from, n);
        expect(compareDates(later, from)).toBeGreaterThan(0);
        expect(cal.workingDaysBetween(from, later)).toBe(n);
        const start = cal.nextWorkingDayOnOrAfter(from);
        const earlier = cal.addWorkingDays(start, -n);
        expect(compareDates(earlier, start)).toBeLessThan(0);
        expect(cal.workingDaysBetween(start, earlier)).toBe(-n);
      }),
      { numRuns },
    );
  });

  it('accepts every generated closing day', () => {
    fc.assert(
      fc.property(closingDays, (closed) => {
        for (const d of closed) expect(closingDaySchema.safeParse(d).success).toBe(true);
      }),
      { numRuns },
    );
  });
});

describe('calendar months, for any date', () => {
  it('adding months lands in the right month on the same day or that month`s last day', () => {
    fc.assert(
      fc.property(isoDate(), fc.integer({ min: -24, max: 24 }), (from, n) => {
        const to = addMonths(from, n);
        const [y, m, d] = to.split('-').map(Number) as [number, number, number];
        const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
        expect(y * 12 + m - (fy * 12 + fm)).toBe(n);
        expect(d).toBe(Math.min(fd, daysInMonth(y, m)));
      }),
      { numRuns },
    );
  });

  it('age grows by exactly one on each birthday and never falls', () => {
    fc.assert(
      fc.property(
        isoDate(),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 400 }),
        (born, years, extra) => {
          const birthday = addMonths(born, 12 * years);
          // a 29 February birthday falls on 28 February in common years but counts from 1 March
          const leapling = born.endsWith('02-29') && !birthday.endsWith('02-29');
          expect(ageOn(born, leapling ? addDays(birthday, 1) : birthday)).toBe(years);
          expect(ageOn(born, addDays(birthday, -1))).toBe(years - 1);
          expect(ageOn(born, addDays(birthday, extra))).toBeGreaterThanOrEqual(years);
        },
      ),
      { numRuns },
    );
  });
});

describe('Copenhagen wall-clock dates, for any instant', () => {
  it('are the UTC date of the instant one hour (winter) or two hours (summer) later', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2040, 0, 1) }), (ms) => {
        const local = localTimeOf(new Date(ms));
        const plus1 = new Date(ms + 3_600_000).toISOString();
        const plus2 = new Date(ms + 7_200_000).toISOString();
        const wall = `${local.date}T${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}`;
        expect([plus1.slice(0, 16), plus2.slice(0, 16)]).toContain(wall);
        expect(localDateOf(new Date(ms))).toBe(local.date);
      }),
      { numRuns },
    );
  });
});
