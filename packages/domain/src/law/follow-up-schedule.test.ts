import { describe, expect, it } from 'vitest';
import { firstFollowUpDueOn, followUpIntervalAfter, nextFollowUpDueOn } from './follow-up-schedule.ts';

const policy = { defaultIntervalMonths: 6 };

describe('firstFollowUpDueOn (§ 95 stk. 2)', () => {
  it.each([
    ['2026-11-09', '2027-02-09'],
    ['2026-01-31', '2026-04-30'],
    ['2026-11-30', '2027-02-28'],
    ['2027-11-30', '2028-02-29'],
    ['2026-08-31', '2026-11-30'],
    ['2028-02-29', '2028-05-29'],
    ['2027-12-01', '2028-03-01'],
  ])('support starting %s is first followed up 3 calendar months later, on %s', (startsOn, due) => {
    expect(firstFollowUpDueOn({ startsOn })).toBe(due);
  });

  it.each([
    ['a parallel investigation finishing before 3 months decides the date', '2027-01-20', '2027-01-20'],
    ['a parallel investigation finishing on the 3-month day', '2027-02-09', '2027-02-09'],
    ['a parallel investigation finishing after 3 months does not delay it', '2027-03-15', '2027-02-09'],
    ['a parallel investigation finishing the day after the start', '2026-11-10', '2026-11-10'],
    ['an investigation completed on the start day did not run alongside', '2026-11-09', '2027-02-09'],
    ['an investigation completed before the start did not run alongside', '2026-10-20', '2027-02-09'],
  ])('%s', (_, investigationCompletedOn, due) => {
    expect(
      firstFollowUpDueOn({
        startsOn: '2026-11-09',
        assessment: { kind: 'investigation', status: 'ongoing', startedOn: '2026-10-01' },
        investigationCompletedOn,
      }),
    ).toBe(due);
  });

  it('reads the completion from an assessment recorded completed after the start', () => {
    expect(
      firstFollowUpDueOn({
        startsOn: '2026-11-09',
        assessment: { kind: 'investigation', status: 'completed', completedOn: '2027-01-20' },
      }),
    ).toBe('2027-01-20');
  });

  it('ignores an assessment completed before the decision, and an afdækning', () => {
    expect(
      firstFollowUpDueOn({
        startsOn: '2026-11-09',
        assessment: { kind: 'investigation', status: 'completed', completedOn: '2026-10-20' },
      }),
    ).toBe('2027-02-09');
    expect(
      firstFollowUpDueOn({
        startsOn: '2026-11-09',
        assessment: { kind: 'afdaekning', status: 'completed', completedOn: '2027-01-20' },
      }),
    ).toBe('2027-02-09');
  });

  it('has no earlier date while the investigation is still ongoing', () => {
    expect(
      firstFollowUpDueOn({
        startsOn: '2026-11-30',
        assessment: { kind: 'investigation', status: 'ongoing', startedOn: '2026-11-01' },
      }),
    ).toBe('2027-02-28');
  });
});

describe('deadlines in the daylight-saving weeks', () => {
  it.each([
    // last Sunday of March 2026 and 2027, last Sunday of October 2026 and 2027
    ['2026-03-29', '2026-06-29'],
    ['2026-03-30', '2026-06-30'],
    ['2027-03-28', '2027-06-28'],
    ['2026-10-25', '2027-01-25'],
    ['2026-10-26', '2027-01-26'],
    ['2027-10-31', '2028-01-31'],
  ])(
    'support starting %s is first followed up on %s: civil dates do not shift with the clocks',
    (startsOn, due) => {
      expect(firstFollowUpDueOn({ startsOn })).toBe(due);
    },
  );

  it.each([
    ['2026-03-29', 3, '2026-06-29'],
    ['2026-10-25', 6, '2027-04-25'],
    ['2027-03-28', 7, '2027-10-28'],
  ])(
    'a follow-up held on the clock-change Sunday %s with a %i-month interval is next due %s',
    (heldOn, months, due) => {
      expect(nextFollowUpDueOn({ heldOn, intervalMonths: months })).toBe(due);
    },
  );
});

describe('nextFollowUpDueOn (§ 95 stk. 3)', () => {
  it.each([
    ['2027-02-05', 6, '2027-08-05'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2027-08-31', 3, '2027-11-30'],
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2026-11-30', 3, '2027-02-28'],
  ])('held on %s with a %i-month interval, the next is due %s', (heldOn, intervalMonths, due) => {
    expect(nextFollowUpDueOn({ heldOn, intervalMonths })).toBe(due);
  });

  it.each([0, -1, 1.5])('refuses an interval of %s months', (intervalMonths) => {
    expect(() => nextFollowUpDueOn({ heldOn: '2027-02-05', intervalMonths })).toThrow(RangeError);
  });
});

describe('followUpIntervalAfter (§ 95 stk. 3–5)', () => {
  it('schedules nothing more after the outcome end', () => {
    expect(
      followUpIntervalAfter({ kind: 'first', held: { outcome: 'end' }, currentIntervalMonths: null, policy }),
    ).toBeNull();
    expect(
      followUpIntervalAfter({
        kind: 'regular',
        held: { outcome: 'end', nextFollowUpInMonths: 3 },
        currentIntervalMonths: 6,
        policy,
      }),
    ).toBeNull();
  });

  it('takes the interval the caseworker decides at the first follow-up', () => {
    expect(
      followUpIntervalAfter({
        kind: 'first',
        held: { outcome: 'continue', nextFollowUpInMonths: 4 },
        policy,
      }),
    ).toBe(4);
  });

  it('falls back to the municipal default at a first follow-up without a decided interval', () => {
    expect(
      followUpIntervalAfter({
        kind: 'first',
        held: { outcome: 'continue' },
        currentIntervalMonths: 3,
        policy,
      }),
    ).toBe(6);
  });

  it.each([
    ['keeps the interval in force when none is given', undefined, 3, 3],
    ['changes the interval when a new one is given', 2, 3, 2],
    ['uses the default when no interval was ever in force', undefined, null, 6],
    ['uses the default when no interval was ever recorded', undefined, undefined, 6],
  ])('at a later follow-up it %s', (_, nextFollowUpInMonths, currentIntervalMonths, expected) => {
    expect(
      followUpIntervalAfter({
        kind: 'regular',
        held: { outcome: 'adjust', nextFollowUpInMonths },
        currentIntervalMonths,
        policy,
      }),
    ).toBe(expected);
  });

  it('walks a whole case: first at 3 months, then the decided interval, then a changed one', () => {
    const first = firstFollowUpDueOn({ startsOn: '2026-11-30' });
    expect(first).toBe('2027-02-28');
    const i1 = followUpIntervalAfter({
      kind: 'first',
      held: { outcome: 'continue', nextFollowUpInMonths: 4 },
      policy,
    });
    const second = nextFollowUpDueOn({ heldOn: '2027-02-26', intervalMonths: i1! });
    expect(second).toBe('2027-06-26');
    const i2 = followUpIntervalAfter({
      kind: 'regular',
      held: { outcome: 'continue' },
      currentIntervalMonths: i1,
      policy,
    });
    expect(nextFollowUpDueOn({ heldOn: '2027-06-30', intervalMonths: i2! })).toBe('2027-10-30');
    const i3 = followUpIntervalAfter({
      kind: 'regular',
      held: { outcome: 'adjust', nextFollowUpInMonths: 6 },
      currentIntervalMonths: i2,
      policy,
    });
    expect(nextFollowUpDueOn({ heldOn: '2027-10-29', intervalMonths: i3! })).toBe('2028-04-29');
  });
});
