import { describe, expect, it } from 'vitest';
import type { CaseChange } from '../schemas/case-change.ts';
import { type CaseFacts, caseChangeViolations } from './case-change-rules.ts';

const today = '2026-12-15';
const current: CaseFacts = {
  decidedOn: '2026-11-02',
  startsOn: '2026-11-09',
  expectedEndOn: '2027-06-30',
  program: 'home-support',
  assessment: { kind: 'investigation', status: 'ongoing', startedOn: '2026-10-01' },
};
const completedCase: CaseFacts = {
  ...current,
  assessment: { kind: 'investigation', status: 'completed', completedOn: '2026-10-20' },
};
const pedagogueCase: CaseFacts = { ...current, program: 'home-pedagogue' };

const paths = (facts: CaseFacts, change: CaseChange) =>
  caseChangeViolations(facts, change, { today }).map((v) => v.path);

describe('caseChangeViolations', () => {
  it.each<[string, CaseFacts, CaseChange]>([
    ['more hours from a given day', current, { hoursPerWeek: 12, effectiveFrom: '2026-12-01' }],
    ['a later expected end', current, { expectedEndOn: '2027-12-31' }],
    [
      'a new provider from the start day',
      current,
      { providerId: 'familiehuset', effectiveFrom: '2026-11-09' },
    ],
    ['a new caseworker', current, { caseworkerEmail: 'ny@kommune.example' }],
    [
      'the parallel investigation completed today',
      current,
      { assessment: { kind: 'investigation', status: 'completed', completedOn: today } },
    ],
    [
      'the parallel investigation completed the day it started',
      current,
      { assessment: { kind: 'investigation', status: 'completed', completedOn: '2026-10-01' } },
    ],
    [
      'a corrected start of the ongoing investigation',
      current,
      { assessment: { kind: 'investigation', status: 'ongoing', startedOn: '2026-09-28' } },
    ],
    [
      'a corrected completion date of the assessment behind the decision',
      completedCase,
      { assessment: { kind: 'afdaekning', status: 'completed', completedOn: '2026-11-02' } },
    ],
    ['a home-pedagogue course extended to exactly 40 weeks', pedagogueCase, { expectedEndOn: '2027-08-16' }],
  ])('accepts %s', (_, facts, change) => {
    expect(paths(facts, change)).toEqual([]);
  });

  it.each<[string, CaseFacts, CaseChange, string]>([
    ['zero hours', current, { hoursPerWeek: 0 }, 'hoursPerWeek'],
    ['more than 91 hours', current, { hoursPerWeek: 92 }, 'hoursPerWeek'],
    ['an expected end on the start day', current, { expectedEndOn: '2026-11-09' }, 'expectedEndOn'],
    [
      'a home-pedagogue course beyond 40 weeks',
      pedagogueCase,
      { expectedEndOn: '2027-08-17' },
      'expectedEndOn',
    ],
    [
      'a change applying before the start',
      current,
      { hoursPerWeek: 8, effectiveFrom: '2026-11-08' },
      'effectiveFrom',
    ],
    [
      'an investigation completed in the future',
      current,
      { assessment: { kind: 'investigation', status: 'completed', completedOn: '2026-12-16' } },
      'assessment.completedOn',
    ],
    [
      'an investigation completed before it started',
      current,
      { assessment: { kind: 'investigation', status: 'completed', completedOn: '2026-09-30' } },
      'assessment.completedOn',
    ],
    [
      'the ongoing investigation turning into an afdækning',
      current,
      { assessment: { kind: 'afdaekning', status: 'completed', completedOn: '2026-12-01' } },
      'assessment.kind',
    ],
    [
      'an ongoing investigation moved into the future',
      current,
      { assessment: { kind: 'investigation', status: 'ongoing', startedOn: '2026-12-16' } },
      'assessment.startedOn',
    ],
    [
      'a completed assessment reopened',
      completedCase,
      { assessment: { kind: 'investigation', status: 'ongoing', startedOn: '2026-12-01' } },
      'assessment.status',
    ],
    [
      'a decision-time assessment re-dated after the decision',
      completedCase,
      { assessment: { kind: 'investigation', status: 'completed', completedOn: '2026-11-03' } },
      'assessment.completedOn',
    ],
  ])('refuses %s', (_, facts, change, path) => {
    expect(paths(facts, change)).toEqual([path]);
  });
});
