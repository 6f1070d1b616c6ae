import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessment, isoDate } from '../../test/arbitraries.ts';
import { addDays, addMonths, compareDates } from '../calendar/civil-date.ts';
import { firstFollowUpDueOn, followUpIntervalAfter, nextFollowUpDueOn } from './follow-up-schedule.ts';

const numRuns = 1000;

describe('follow-up dates, for any start and any investigation', () => {
  it('a first follow-up is never after start + 3 months and never before the start', () => {
    fc.assert(
      fc.property(
        isoDate(),
        fc.option(assessment, { nil: undefined }),
        fc.option(isoDate(), { nil: undefined }),
        (startsOn, a, investigationCompletedOn) => {
          const due = firstFollowUpDueOn({ startsOn, assessment: a, investigationCompletedOn });
          expect(compareDates(due, addMonths(startsOn, 3))).toBeLessThanOrEqual(0);
          expect(compareDates(due, startsOn)).toBeGreaterThan(0);
        },
      ),
      { numRuns },
    );
  });

  it('a parallel investigation completed within the 3 months moves the first follow-up to its completion', () => {
    fc.assert(
      fc.property(isoDate(), fc.integer({ min: 1, max: 88 }), (startsOn, days) => {
        const investigationCompletedOn = addDays(startsOn, days);
        expect(firstFollowUpDueOn({ startsOn, investigationCompletedOn })).toBe(investigationCompletedOn);
      }),
      { numRuns },
    );
  });

  it('a later follow-up falls the chosen number of calendar months after the day it was held, never later', () => {
    fc.assert(
      fc.property(isoDate(), fc.integer({ min: 1, max: 12 }), (heldOn, intervalMonths) => {
        const due = nextFollowUpDueOn({ heldOn, intervalMonths });
        const [y, m] = heldOn.split('-').map(Number) as [number, number];
        const monthIndex = y * 12 + m - 1 + intervalMonths;
        expect(due.slice(0, 7)).toBe(
          `${String(Math.floor(monthIndex / 12)).padStart(4, '0')}-${String((monthIndex % 12) + 1).padStart(2, '0')}`,
        );
        expect(Number(due.slice(8))).toBeLessThanOrEqual(Number(heldOn.slice(8)));
      }),
      { numRuns },
    );
  });

  it('an interval is null exactly when the outcome ends the support, and otherwise 1–12 months', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('first' as const, 'regular' as const),
        fc.constantFrom('continue' as const, 'adjust' as const, 'end' as const),
        fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
        fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
        fc.integer({ min: 1, max: 12 }),
        (kind, outcome, nextFollowUpInMonths, currentIntervalMonths, defaultIntervalMonths) => {
          const interval = followUpIntervalAfter({
            kind,
            held: { outcome, nextFollowUpInMonths },
            currentIntervalMonths,
            policy: { defaultIntervalMonths },
          });
          if (outcome === 'end') expect(interval).toBeNull();
          else {
            expect(interval).toBeGreaterThanOrEqual(1);
            expect(interval).toBeLessThanOrEqual(12);
            if (nextFollowUpInMonths !== undefined) expect(interval).toBe(nextFollowUpInMonths);
          }
        },
      ),
      { numRuns },
    );
  });
});
