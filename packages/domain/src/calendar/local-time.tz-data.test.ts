import { describe, expect, it } from 'vitest';
import { COPENHAGEN, isKnownTimeZone, type LocalTime, localTimeOf } from './local-time.ts';

// The oracle: the runtime's own tz database, read through Intl as localTimeOf did before it computed
// Copenhagen itself. Should a Node update bring tz data that changes Denmark's rule, this test fails.
const oracle = new Intl.DateTimeFormat('en-GB', {
  timeZone: COPENHAGEN,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const intlLocalTime = (ms: number): LocalTime => {
  const p = Object.fromEntries(oracle.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  return {
    date: `${String(p['year']).padStart(4, '0')}-${p['month']}-${p['day']}`,
    hour: Number(p['hour']),
    minute: Number(p['minute']),
  };
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Every instant from `from` to `to` (inclusive) in `step` where the two disagree, at most a few. */
const disagreements = (from: number, to: number, step: number) => {
  const found: string[] = [];
  for (let ms = from; ms <= to && found.length < 5; ms += step) {
    const ours = localTimeOf(new Date(ms));
    const intl = intlLocalTime(ms);
    if (ours.date !== intl.date || ours.hour !== intl.hour || ours.minute !== intl.minute)
      found.push(`${new Date(ms).toISOString()}: ${JSON.stringify(ours)} ≠ tz data ${JSON.stringify(intl)}`);
  }
  return found;
};

/** The UTC instants at which the tz data changes Copenhagen's offset in a year, found by the oracle. */
const changesIn = (year: number) => {
  const offsetAt = (ms: number) => {
    const l = intlLocalTime(ms);
    return (
      Date.UTC(+l.date.slice(0, 4), +l.date.slice(5, 7) - 1, +l.date.slice(8, 10), l.hour, l.minute) - ms
    );
  };
  const changes: number[] = [];
  // day by day at noon, then hour by hour through a day whose offset differs from the next one's
  for (let noon = Date.UTC(year, 0, 1, 12); noon < Date.UTC(year + 1, 0, 1); noon += 24 * HOUR)
    if (offsetAt(noon) !== offsetAt(noon + 24 * HOUR))
      for (let ms = noon; ms < noon + 24 * HOUR; ms += HOUR)
        if (offsetAt(ms) !== offsetAt(ms + HOUR)) changes.push(ms + HOUR);
  return changes;
};

describe('Copenhagen wall clock computed without Intl equals the tz data', () => {
  it('minute by minute three hours either side of every change of offset, 1996–2100', () => {
    for (let year = 1996; year <= 2100; year++) {
      const changes = changesIn(year);
      // the EU rule: two changes a year, in March and October, on the hour
      expect(
        changes.map((ms) => new Date(ms).getUTCMonth()),
        String(year),
      ).toEqual([2, 9]);
      for (const at of changes) expect(disagreements(at - 3 * HOUR, at + 3 * HOUR, MINUTE)).toEqual([]);
    }
  });

  it('every day of 1996–2100 at four times of the day, and across the first and last year of the rule', () => {
    for (const offset of [0, 5.5 * HOUR, 11 * HOUR + 59 * MINUTE, 22 * HOUR + 59 * MINUTE])
      expect(disagreements(Date.UTC(1996, 0, 1) + offset, Date.UTC(2101, 0, 1), 24 * HOUR)).toEqual([]);
    expect(disagreements(Date.UTC(1995, 11, 31, 20), Date.UTC(1996, 0, 1, 4), MINUTE)).toEqual([]);
    expect(disagreements(Date.UTC(2100, 11, 31, 20), Date.UTC(2101, 0, 1, 4), MINUTE)).toEqual([]);
  });

  it('still reads the tz data outside those years (1980s summer time ended in September)', () => {
    expect(localTimeOf(new Date('1990-09-30T00:30:00Z'))).toEqual({
      date: '1990-09-30',
      hour: 2,
      minute: 30,
    });
    expect(localTimeOf(new Date('1990-10-15T12:00:00Z'))).toEqual({
      date: '1990-10-15',
      hour: 13,
      minute: 0,
    });
  });
});

describe('Copenhagen needs no Intl formatter (its first one costs a cold start ~10 ms of ICU loading)', () => {
  it('neither to tell the zone is known nor to read an instant in it', () => {
    const Original = Intl.DateTimeFormat;
    let built = 0;
    class Counted extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args);
        built++;
      }
    }
    Intl.DateTimeFormat = Counted as typeof Original;
    try {
      expect(isKnownTimeZone(COPENHAGEN)).toBe(true);
      expect(localTimeOf(new Date('2026-03-29T01:00:00Z'))).toEqual({
        date: '2026-03-29',
        hour: 3,
        minute: 0,
      });
      expect(built).toBe(0);
      expect(isKnownTimeZone('America/Nuuk')).toBe(true);
      expect(built).toBe(1);
    } finally {
      Intl.DateTimeFormat = Original;
    }
  });
});
