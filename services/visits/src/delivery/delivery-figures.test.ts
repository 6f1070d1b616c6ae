import { describe, expect, it } from 'vitest';
import { deliveryFigures } from './delivery-figures.ts';
import { isoWeekOf } from './iso-week.ts';

const TZ = 'Europe/Copenhagen';

describe('ISO weeks', () => {
  it.each([
    ['2026-11-20', '2026-W47', '2026-11-16'],
    ['2027-01-01', '2026-W53', '2026-12-28'], // 2026 has 53 weeks: 1 Jan 2026 is a Thursday
    ['2027-01-04', '2027-W01', '2027-01-04'],
    ['2025-12-29', '2026-W01', '2025-12-29'], // week 1 of 2026 starts in 2025
    ['2026-11-22', '2026-W47', '2026-11-16'], // a Sunday ends its week
  ])('puts %s in %s starting %s', (date, week, monday) => {
    expect(isoWeekOf(date)).toMatchObject({ week, startsOn: monday });
  });
});

const kase = {
  startsOn: '2026-11-09',
  expectedEndOn: '2027-06-30',
  hoursPerWeek: 7,
  providerId: 'hjemmebasen',
};
const visit = (startedAt: string, durationMinutes = 60) => ({ startedAt, durationMinutes });

describe('delivery figures', () => {
  it('counts granted and delivered hours per ISO week from the start to today', () => {
    const weeks = deliveryFigures(
      kase,
      [visit('2026-11-10T08:00:00+01:00', 120), visit('2026-11-17T08:00:00+01:00', 90)],
      new Date('2026-11-18T12:00:00+01:00'),
      TZ,
    );
    expect(weeks).toEqual([
      {
        week: '2026-W46',
        startsOn: '2026-11-09',
        endsOn: '2026-11-15',
        grantedHours: 7,
        deliveredHours: 2,
        visits: 1,
      },
      // Today is Wednesday: three days of the week so far.
      {
        week: '2026-W47',
        startsOn: '2026-11-16',
        endsOn: '2026-11-22',
        grantedHours: 3,
        deliveredHours: 1.5,
        visits: 1,
      },
    ]);
  });

  it('places a visit on its Copenhagen date: Sunday 23:30 UTC in winter is Monday, the next week', () => {
    const weeks = deliveryFigures(
      kase,
      [visit('2026-11-15T23:30:00Z')],
      new Date('2026-11-17T12:00:00Z'),
      TZ,
    );
    expect(weeks.map((w) => [w.week, w.visits])).toEqual([
      ['2026-W46', 0],
      ['2026-W47', 1],
    ]);
  });

  it('uses the summer offset after the March change: Sunday 22:30 UTC is Monday 00:30 local', () => {
    const spring = { ...kase, startsOn: '2027-03-22' };
    // 28 March 2027 is the changeover Sunday: that evening 22:30 UTC is already Monday 00:30 CEST (in winter
    // time it would still be Sunday). 4 April 22:30 UTC is Monday 5 April.
    const weeks = deliveryFigures(
      spring,
      [visit('2027-03-28T01:30:00+01:00'), visit('2027-04-04T22:30:00Z'), visit('2027-03-28T22:30:00Z')],
      new Date('2027-04-06T12:00:00Z'),
      TZ,
    );
    expect(weeks.map((w) => [w.week, w.visits])).toEqual([
      ['2027-W12', 1],
      ['2027-W13', 1],
      ['2027-W14', 1],
    ]);
  });

  it('follows changes of the granted hours from the day they take effect', () => {
    const weeks = deliveryFigures(
      {
        ...kase,
        hoursPerWeek: 14,
        terms: [
          { from: '2026-11-09', hoursPerWeek: 7, providerId: 'hjemmebasen' },
          { from: '2026-11-19', hoursPerWeek: 14, providerId: 'hjemmebasen' },
        ],
      },
      [],
      new Date('2026-11-22T12:00:00+01:00'),
      TZ,
    );
    // Mon–Wed at 7 h/week (1 h a day), Thu–Sun at 14 h/week (2 h a day).
    expect(weeks.at(-1)).toMatchObject({ week: '2026-W47', grantedHours: 11 });
  });

  it('stops granting at the close of the case', () => {
    const weeks = deliveryFigures(
      { ...kase, closedOn: '2026-11-11' },
      [],
      new Date('2027-01-10T12:00:00+01:00'),
      TZ,
    );
    expect(weeks).toEqual([expect.objectContaining({ week: '2026-W46', grantedHours: 3 })]);
  });
});
