import { describe, expect, it } from 'vitest';
import type { FollowUpHeld } from '../schemas/follow-up-held.ts';
import { followUpHeldViolations } from './follow-up-rules.ts';
import type { FollowUpKind } from './follow-up-schedule.ts';

const base = { startsOn: '2026-11-09', today: '2027-02-10', policy: { defaultIntervalMonths: 6 } };
const paths = (followUpKind: FollowUpKind, held: FollowUpHeld) =>
  followUpHeldViolations({ ...base, followUpKind, held }).map((v) => v.path);

describe('followUpHeldViolations', () => {
  it.each<[string, FollowUpKind, FollowUpHeld]>([
    [
      'a first follow-up deciding the default interval',
      'first',
      { heldOn: '2027-02-05', childHeard: true, outcome: 'continue', nextFollowUpInMonths: 6 },
    ],
    [
      'a first follow-up deciding another interval with a reason',
      'first',
      {
        heldOn: '2027-02-05',
        childHeard: true,
        outcome: 'adjust',
        nextFollowUpInMonths: 3,
        justification: 'Tæt opfølgning.',
      },
    ],
    [
      'a first follow-up ending the support without an interval',
      'first',
      { heldOn: '2027-02-05', childHeard: false, outcome: 'end' },
    ],
    [
      'a later follow-up keeping the interval in force',
      'regular',
      { heldOn: '2027-02-10', childHeard: true, outcome: 'continue' },
    ],
    [
      'a follow-up held on the start day',
      'first',
      { heldOn: '2026-11-09', childHeard: true, outcome: 'continue', nextFollowUpInMonths: 6 },
    ],
  ])('accepts %s', (_, kind, held) => {
    expect(paths(kind, held)).toEqual([]);
  });

  it.each<[string, FollowUpKind, FollowUpHeld, string[]]>([
    [
      'a follow-up held in the future',
      'regular',
      { heldOn: '2027-02-11', childHeard: true, outcome: 'continue' },
      ['heldOn'],
    ],
    [
      'a follow-up held before the start',
      'regular',
      { heldOn: '2026-11-08', childHeard: true, outcome: 'continue' },
      ['heldOn'],
    ],
    [
      'a first follow-up without the next interval',
      'first',
      { heldOn: '2027-02-05', childHeard: true, outcome: 'continue' },
      ['nextFollowUpInMonths'],
    ],
    [
      'an interval other than the default without a reason',
      'first',
      { heldOn: '2027-02-05', childHeard: true, outcome: 'continue', nextFollowUpInMonths: 3 },
      ['justification'],
    ],
    [
      'a later follow-up changing the interval without a reason',
      'regular',
      { heldOn: '2027-02-05', childHeard: true, outcome: 'adjust', nextFollowUpInMonths: 12 },
      ['justification'],
    ],
    [
      'an interval with the outcome end',
      'regular',
      { heldOn: '2027-02-11', childHeard: true, outcome: 'end', nextFollowUpInMonths: 6 },
      ['heldOn', 'nextFollowUpInMonths'],
    ],
  ])('refuses %s', (_, kind, held, expected) => {
    expect(paths(kind, held)).toEqual(expected);
  });
});
