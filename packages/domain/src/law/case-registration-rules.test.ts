import { describe, expect, it } from 'vitest';
import { clone, registration } from '../../test/fixtures.ts';
import type { CaseRegistration } from '../schemas/case-registration.ts';
import { caseRegistrationViolations } from './case-registration-rules.ts';

const today = '2026-11-23';

function violationsOf(change: (reg: CaseRegistration) => void) {
  const reg = clone(registration);
  change(reg);
  return caseRegistrationViolations(reg, { today });
}

describe('caseRegistrationViolations', () => {
  it('accepts the contract example', () => {
    expect(caseRegistrationViolations(clone(registration), { today })).toEqual([]);
  });

  it.each<[string, (r: CaseRegistration) => void, string]>([
    [
      'support starting before the decision',
      (r) => {
        r.startsOn = '2026-11-01';
      },
      'startsOn',
    ],
    [
      'a completed assessment dated after the decision',
      (r) => {
        r.assessment = { kind: 'afdaekning', status: 'completed', completedOn: '2026-11-03' };
      },
      'assessment.completedOn',
    ],
    [
      'an ongoing investigation that starts in the future',
      (r) => {
        r.assessment = { kind: 'investigation', status: 'ongoing', startedOn: '2026-11-24' };
      },
      'assessment.startedOn',
    ],
    [
      'a child who is 18 on the start date',
      (r) => {
        r.children[0]!.birthDate = '2008-11-09';
      },
      'children.0.birthDate',
    ],
    [
      'a child born in the future',
      (r) => {
        r.children[0]!.birthDate = '2026-11-24';
      },
      'children.0.birthDate',
    ],
    [
      'an expected end on the start date',
      (r) => {
        r.expectedEndOn = r.startsOn;
      },
      'expectedEndOn',
    ],
    [
      'an expected end before the start date',
      (r) => {
        r.expectedEndOn = '2026-11-01';
      },
      'expectedEndOn',
    ],
    [
      'zero hours a week',
      (r) => {
        r.hoursPerWeek = 0;
      },
      'hoursPerWeek',
    ],
    [
      'negative hours a week',
      (r) => {
        r.hoursPerWeek = -2;
      },
      'hoursPerWeek',
    ],
    [
      'more than 91 hours a week',
      (r) => {
        r.hoursPerWeek = 91.5;
      },
      'hoursPerWeek',
    ],
    [
      'a home-pedagogue course for a child aged 3 on the start date',
      (r) => {
        r.program = 'home-pedagogue';
        r.children[0]!.birthDate = '2023-11-09';
      },
      'children.0.birthDate',
    ],
    [
      'a home-pedagogue course longer than 40 weeks',
      (r) => {
        r.program = 'home-pedagogue';
        r.expectedEndOn = '2027-08-17';
      },
      'expectedEndOn',
    ],
  ])('refuses %s', (_, change, path) => {
    expect(violationsOf(change).map((v) => v.path)).toEqual([path]);
  });

  it.each<[string, (r: CaseRegistration) => void]>([
    [
      'support starting on the decision day',
      (r) => {
        r.startsOn = r.decidedOn;
      },
    ],
    [
      'an assessment completed on the decision day',
      (r) => {
        r.assessment = { kind: 'investigation', status: 'completed', completedOn: r.decidedOn };
      },
    ],
    [
      'an ongoing investigation started today',
      (r) => {
        r.assessment = { kind: 'investigation', status: 'ongoing', startedOn: today };
      },
    ],
    [
      'a child born today',
      (r) => {
        r.children[0]!.birthDate = today;
      },
    ],
    [
      'a child turning 18 the day after the start',
      (r) => {
        r.children[0]!.birthDate = '2008-11-10';
      },
    ],
    [
      'exactly 91 hours a week',
      (r) => {
        r.hoursPerWeek = 91;
      },
    ],
    [
      'a fraction of an hour a week',
      (r) => {
        r.hoursPerWeek = 0.5;
      },
    ],
    [
      'a home-pedagogue course of exactly 40 weeks for a child turning 3 the day after the start',
      (r) => {
        r.program = 'home-pedagogue';
        r.children[0]!.birthDate = '2023-11-10';
        r.expectedEndOn = '2027-08-16';
      },
    ],
    [
      'a home-support case for a 3-year-old lasting more than 40 weeks',
      (r) => {
        r.children[0]!.birthDate = '2020-01-01';
        r.expectedEndOn = '2028-01-01';
      },
    ],
  ])('accepts %s', (_, change) => {
    expect(violationsOf(change)).toEqual([]);
  });

  it('reports every broken rule at once, each child by its index', () => {
    const paths = violationsOf((r) => {
      r.program = 'home-pedagogue';
      r.startsOn = '2026-10-01';
      r.expectedEndOn = '2027-12-31';
      r.children = [
        { firstName: 'Ida', birthDate: '2025-03-14' },
        { firstName: 'Bo', birthDate: '2027-01-01' },
        { firstName: 'Eva', birthDate: '2008-01-01' },
        { firstName: 'Ole', birthDate: '2022-01-01' },
      ];
      r.hoursPerWeek = 100;
    }).map((v) => v.path);
    expect(paths).toEqual([
      'startsOn',
      'children.1.birthDate',
      'children.2.birthDate',
      'children.3.birthDate',
      'expectedEndOn',
      'hoursPerWeek',
    ]);
  });

  it('explains each violation in words', () => {
    const [v] = violationsOf((r) => {
      r.hoursPerWeek = 0;
    });
    expect(v?.message).toMatch(/more than 0 and at most 91/);
  });
});
