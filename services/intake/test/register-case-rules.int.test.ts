import type { CaseRegistration } from '@hjemmestotte/domain';
import { describe, expect, it } from 'vitest';
import { registerProvider } from '../src/use-cases/providers.ts';
import { registerCase } from '../src/use-cases/register-case.ts';
import { admin, caseworker, intakeHarness, refused, registration } from './intake-harness.ts';

const rules: [string, (r: CaseRegistration) => void, string][] = [
  [
    'startsOn before decidedOn',
    (r) => {
      r.startsOn = '2026-11-01';
    },
    'startsOn',
  ],
  [
    'a completed assessment after decidedOn',
    (r) => {
      r.assessment = { kind: 'investigation', status: 'completed', completedOn: '2026-11-03' };
    },
    'assessment.completedOn',
  ],
  [
    'a child 18 or over on startsOn',
    (r) => {
      r.children[0]!.birthDate = '2008-11-09';
    },
    'children.0.birthDate',
  ],
  [
    'a child born in the future',
    (r) => {
      r.children[0]!.birthDate = '2026-12-01';
    },
    'children.0.birthDate',
  ],
  [
    'expectedEndOn not after startsOn',
    (r) => {
      r.expectedEndOn = '2026-11-09';
    },
    'expectedEndOn',
  ],
  [
    'hoursPerWeek of 0',
    (r) => {
      r.hoursPerWeek = 0;
    },
    'hoursPerWeek',
  ],
  [
    'hoursPerWeek over 91',
    (r) => {
      r.hoursPerWeek = 91.5;
    },
    'hoursPerWeek',
  ],
  [
    'an unknown provider',
    (r) => {
      r.providerId = 'ukendt';
    },
    'providerId',
  ],
  [
    'an inactive provider',
    (r) => {
      r.providerId = 'lukket';
    },
    'providerId',
  ],
  [
    'a home-pedagogue course for a child of 3',
    (r) => {
      r.program = 'home-pedagogue';
      r.children[0]!.birthDate = '2023-11-09';
      r.expectedEndOn = '2027-06-30';
    },
    'children.0.birthDate',
  ],
  [
    'a home-pedagogue course over 40 weeks',
    (r) => {
      r.program = 'home-pedagogue';
      r.expectedEndOn = '2027-08-17';
    },
    'expectedEndOn',
  ],
  [
    'a CPR-like number in the purpose',
    (r) => {
      r.purpose = 'Barnet 010203-1234 trives.';
    },
    'purpose',
  ],
];

describe('POST /v1/cases rules (DynamoDB Local)', () => {
  it.each(rules)(
    'refuses %s with 422 naming the field, storing and emitting nothing',
    async (_, mutate, path) => {
      const h = await intakeHarness();
      const reg = registration();
      mutate(reg);
      expect(await refused(422, () => registerCase(h.deps, caseworker, reg))).toContain(path);
      expect(await h.stored()).toEqual([]);
      expect(await h.audited()).toEqual([]);
    },
  );

  it('stores the case, its case number, its provider assignment and one CaseOpened when every rule holds', async () => {
    const h = await intakeHarness();
    await registerCase(h.deps, caseworker, registration());
    expect(await h.stored()).toEqual([
      'CASE#*/ASSIGN#2026-11-09',
      'CASE#*/CASE',
      'CASENO#NYB-2026-0142/CASENO',
      'OUTBOX#intake#*/OUTBOX',
    ]);
  });

  it('refuses a second case with the same case number with 409, storing and emitting nothing more', async () => {
    const h = await intakeHarness();
    await registerCase(h.deps, caseworker, registration());
    const before = await h.stored();
    const second = { ...registration(), startsOn: '2026-11-16' };
    expect(await refused(409, () => registerCase(h.deps, caseworker, second))).toEqual(['caseNumber']);
    expect(await h.stored()).toEqual(before);
    expect(await h.audited()).toEqual(['case.create']);
  });

  it('refuses a duplicate provider with 409 and keeps the first', async () => {
    const h = await intakeHarness();
    const again = { providerId: 'hjemmebasen', name: 'Andet navn', contactEmail: 'x@y.example' };
    expect(await refused(409, () => registerProvider(h.deps, admin, again))).toEqual(['providerId']);
    expect((await h.deps.providers.get('hjemmebasen'))?.name).toBe('Hjemmebasen');
  });
});
