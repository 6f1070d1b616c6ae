import { describe, expect, it } from 'vitest';
import { clone, registration } from '../../test/fixtures.ts';
import { caseChangeViolations } from './case-change-rules.ts';
import { caseCloseViolations } from './case-close-rules.ts';
import { caseRegistrationViolations } from './case-registration-rules.ts';
import { dateWindowViolations, EARLIEST_DATE, latestDate } from './date-window.ts';
import { followUpHeldViolations } from './follow-up-rules.ts';
import { visitViolations } from './visit-rules.ts';

const today = '2026-11-24';
const paths = (vs: { path: string }[]) => vs.map((v) => v.path);

describe('the date window', () => {
  it('runs from 2000-01-01 to 5 years after today, leap day clamped', () => {
    expect(EARLIEST_DATE).toBe('2000-01-01');
    expect(latestDate(today)).toBe('2031-11-24');
    expect(latestDate('2028-02-29')).toBe('2033-02-28');
  });

  it('takes both ends, refuses the day beyond each, and skips absent dates', () => {
    expect(
      dateWindowViolations(
        [
          ['a', '2000-01-01'],
          ['b', '2031-11-24'],
          ['c', undefined],
        ],
        today,
      ),
    ).toEqual([]);
    expect(
      dateWindowViolations(
        [
          ['a', '1999-12-31'],
          ['b', '2031-11-25'],
          ['c', '0001-01-01'],
        ],
        today,
      ),
    ).toEqual([
      { path: 'a', message: 'must be on or after 2000-01-01' },
      { path: 'b', message: 'must be at most 5 years ahead (on or before 2031-11-24)' },
      { path: 'c', message: 'must be on or after 2000-01-01' },
    ]);
  });
});

describe('every date of a registration lies in the window', () => {
  // Year 0001 was accepted before the window: its delivery answer was 11.9 MB.
  it('refuses a case decided and started in year 0001', () => {
    const reg = {
      ...clone(registration),
      decidedOn: '0001-01-01',
      startsOn: '0001-01-08',
      assessment: { kind: 'investigation' as const, status: 'completed' as const, completedOn: '0001-01-01' },
      children: [{ firstName: 'Ida', birthDate: '0001-01-01' }],
    };
    expect(paths(caseRegistrationViolations(reg, { today }))).toEqual([
      'decidedOn',
      'startsOn',
      'assessment.completedOn',
    ]);
  });

  it('refuses a start and an expected end more than 5 years ahead, and an investigation started before 2000', () => {
    const reg = {
      ...clone(registration),
      startsOn: '2031-11-25',
      expectedEndOn: '9999-12-31',
      assessment: { kind: 'investigation' as const, status: 'ongoing' as const, startedOn: '1999-12-31' },
    };
    expect(paths(caseRegistrationViolations(reg, { today }))).toEqual(
      expect.arrayContaining(['startsOn', 'expectedEndOn', 'assessment.startedOn']),
    );
  });
});

describe('changes, closing, follow-ups and visits keep to the window', () => {
  const facts = {
    decidedOn: '2026-11-02',
    startsOn: '2026-11-09',
    expectedEndOn: '2027-06-30',
    program: 'home-support' as const,
    assessment: { kind: 'investigation' as const, status: 'ongoing' as const, startedOn: '2026-10-01' },
  };

  it('refuses a change dated beyond the window', () => {
    expect(
      paths(caseChangeViolations(facts, { hoursPerWeek: 8, effectiveFrom: '2040-01-01' }, { today })),
    ).toEqual(['effectiveFrom']);
    expect(paths(caseChangeViolations(facts, { expectedEndOn: '2032-01-01' }, { today }))).toEqual([
      'expectedEndOn',
    ]);
    expect(
      paths(
        caseChangeViolations(
          facts,
          { assessment: { kind: 'investigation', status: 'completed', completedOn: '1999-06-01' } },
          { today },
        ),
      ),
    ).toEqual(expect.arrayContaining(['assessment.completedOn']));
  });

  it('refuses closing or holding a follow-up before 2000 (also when the stored case is older)', () => {
    expect(
      paths(
        caseCloseViolations(
          { decidedOn: '1990-01-01' },
          { closedOn: '1999-12-31', reason: 'moved' },
          { today },
        ),
      ),
    ).toEqual(['closedOn']);
    expect(
      paths(
        followUpHeldViolations({
          held: { heldOn: '1999-12-31', childHeard: true, outcome: 'end' },
          followUpKind: 'first',
          startsOn: '1990-01-01',
          today,
          policy: { defaultIntervalMonths: 6 },
        }),
      ),
    ).toEqual(['heldOn']);
  });

  const visit = (startedAt: string) =>
    paths(
      visitViolations({
        visit: { startedAt, durationMinutes: 60, goalIds: [] },
        startsOn: '0001-01-01',
        now: new Date('2026-11-24T12:00:00Z'),
        planGoalIds: [],
      }),
    );

  it('refuses a visit before 2000 in Copenhagen, to the minute', () => {
    expect(visit('1999-12-31T22:59:59Z')).toEqual(['startedAt']);
    expect(visit('1999-12-31T23:00:00Z')).toEqual([]);
    expect(visit('0001-01-01T00:00:00Z')).toEqual(['startedAt']);
  });

  it('answers a visit in year 9999 with one rule, not an error (it is in year 10000 in Copenhagen)', () => {
    expect(visit('9999-12-31T23:59:59Z')).toEqual(['startedAt']);
  });
});
