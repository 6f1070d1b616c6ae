import { localDateOf } from '@hjemmestotte/domain';
import { describe, expect, it } from 'vitest';
import {
  normaliseTerms,
  periodsOf,
  type SupportTerm,
  termsBetween,
  termsOf,
  termsOn,
  withChange,
} from './support-terms.ts';

const start: SupportTerm = { from: '2026-11-09', hoursPerWeek: 6, providerId: 'hjemmebasen' };

describe('support terms', () => {
  it('has nothing in force before the support starts, the first terms from the start day', () => {
    expect(termsOn([start], '2026-11-08')).toBeUndefined();
    expect(termsOn([start], '2026-11-09')).toEqual(start);
  });

  it('applies a change from its day, not before, across a month end', () => {
    const terms = withChange([start], '2026-12-01', { hoursPerWeek: 12 }, start.from);
    expect(termsOn(terms, '2026-11-30')?.hoursPerWeek).toBe(6);
    expect(termsOn(terms, '2026-12-01')?.hoursPerWeek).toBe(12);
    expect(termsOn(terms, '2026-12-01')?.providerId).toBe('hjemmebasen');
  });

  it('applies a change dated on a leap day and at a year end', () => {
    const s = { ...start, from: '2027-12-01' };
    const terms = withChange(
      withChange([s], '2028-02-29', { hoursPerWeek: 8 }, s.from),
      '2028-12-31',
      {
        providerId: 'familiehuset',
      },
      s.from,
    );
    expect(termsOn(terms, '2028-02-28')?.hoursPerWeek).toBe(6);
    expect(termsOn(terms, '2028-02-29')?.hoursPerWeek).toBe(8);
    expect(termsOn(terms, '2028-12-30')?.providerId).toBe('hjemmebasen');
    expect(termsOn(terms, '2028-12-31')).toEqual({
      from: '2028-12-31',
      hoursPerWeek: 8,
      providerId: 'familiehuset',
    });
  });

  it('changes on a DST Sunday from the first local minute of that day', () => {
    // Summer time starts Sunday 28 March 2027 at 02:00 in Copenhagen (01:00 UTC).
    const terms = withChange([start], '2027-03-28', { providerId: 'familiehuset' }, start.from);
    const justBefore = localDateOf(new Date('2027-03-27T22:59:59Z'));
    const justAfter = localDateOf(new Date('2027-03-27T23:00:00Z'));
    expect(termsOn(terms, justBefore)?.providerId).toBe('hjemmebasen');
    expect(termsOn(terms, justAfter)?.providerId).toBe('familiehuset');
    // And back to winter time on Sunday 31 October 2027: the day still has one date.
    const autumn = withChange(terms, '2027-10-31', { hoursPerWeek: 3 }, start.from);
    expect(termsOn(autumn, localDateOf(new Date('2027-10-30T22:00:00Z')))?.hoursPerWeek).toBe(3);
    expect(termsOn(autumn, localDateOf(new Date('2027-10-30T21:59:59Z')))?.hoursPerWeek).toBe(6);
  });

  it('lets the last of several changes on one day win, keeping what it does not set', () => {
    let terms = withChange([start], '2027-01-04', { hoursPerWeek: 8 }, start.from);
    terms = withChange(terms, '2027-01-04', { providerId: 'familiehuset' }, start.from);
    terms = withChange(terms, '2027-01-04', { hoursPerWeek: 10 }, start.from);
    expect(terms).toEqual([start, { from: '2027-01-04', hoursPerWeek: 10, providerId: 'familiehuset' }]);
    // Stored out of order with duplicates of a day: the later entry of the day wins.
    const raw = [
      { from: '2027-01-04', hoursPerWeek: 8, providerId: 'a' },
      start,
      { from: '2027-01-04', hoursPerWeek: 9, providerId: 'b' },
    ];
    expect(termsOn(raw, '2027-01-04')).toEqual({ from: '2027-01-04', hoursPerWeek: 9, providerId: 'b' });
  });

  it('applies a change dated before the start from the start', () => {
    const terms = withChange([start], '2026-11-01', { hoursPerWeek: 4 }, start.from);
    expect(terms).toEqual([{ ...start, hoursPerWeek: 4 }]);
    expect(termsOn(terms, '2026-11-08')).toBeUndefined();
  });

  it('lets a change apply to later scheduled periods for what it sets', () => {
    const scheduled = withChange([start], '2027-01-22', { providerId: 'familiehuset' }, start.from);
    const terms = withChange(scheduled, '2026-12-01', { hoursPerWeek: 8 }, start.from);
    expect(terms).toEqual([
      start,
      { from: '2026-12-01', hoursPerWeek: 8, providerId: 'hjemmebasen' },
      { from: '2027-01-22', hoursPerWeek: 8, providerId: 'familiehuset' },
    ]);
  });

  it('clips periods to a window, month by month', () => {
    const terms = withChange([start], '2026-12-16', { hoursPerWeek: 12 }, start.from);
    expect(termsBetween(terms, '2026-11-01', '2026-11-30')).toEqual([{ ...start, to: '2026-11-30' }]);
    expect(termsBetween(terms, '2026-12-01', '2026-12-31')).toEqual([
      { ...start, from: '2026-12-01', to: '2026-12-15' },
      { from: '2026-12-16', hoursPerWeek: 12, providerId: 'hjemmebasen', to: '2026-12-31' },
    ]);
    expect(termsBetween(terms, '2026-10-01', '2026-10-31')).toEqual([]);
    // February of a non-leap year ends on the 28th.
    expect(termsBetween(terms, '2027-02-01', '2027-02-28')).toEqual([
      { from: '2027-02-01', hoursPerWeek: 12, providerId: 'hjemmebasen', to: '2027-02-28' },
    ]);
  });

  it('gives every period its last day, the last one open', () => {
    const terms = withChange([start], '2027-01-01', { providerId: 'familiehuset' }, start.from);
    expect(periodsOf(terms)).toEqual([
      { ...start, to: '2026-12-31' },
      { from: '2027-01-01', hoursPerWeek: 6, providerId: 'familiehuset' },
    ]);
  });

  it('reads a case item written before terms existed as one period from its start', () => {
    const legacy = { startsOn: '2026-11-09', hoursPerWeek: 6, providerId: 'hjemmebasen' };
    expect(termsOf(legacy)).toEqual([start]);
    expect(termsOf({ ...legacy, terms: [] })).toEqual([start]);
    const terms = withChange([start], '2027-01-01', { hoursPerWeek: 2 }, start.from);
    expect(termsOf({ ...legacy, terms })).toEqual(normaliseTerms(terms));
  });
});
