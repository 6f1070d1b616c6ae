import { describe, expect, it } from 'vitest';
import { clone, registration } from '../../test/fixtures.ts';
import { caseRegistrationSchema } from './case-registration.ts';
import { schemaViolations } from './issue-paths.ts';

function refusedAt(mutate: (body: Record<string, unknown>) => void): string[] {
  const body = clone(registration) as unknown as Record<string, unknown>;
  mutate(body);
  const result = caseRegistrationSchema.safeParse(body);
  return result.success ? [] : schemaViolations(result.error).map((v) => v.path);
}

describe('caseRegistrationSchema', () => {
  it('accepts the contract example as it is', () => {
    expect(caseRegistrationSchema.parse(clone(registration))).toEqual(registration);
  });

  it('accepts an optional team leader and an ongoing investigation', () => {
    expect(
      refusedAt((b) => {
        b['teamLeaderEmail'] = 'leder@kommune.example';
        b['assessment'] = { kind: 'investigation', status: 'ongoing', startedOn: '2026-10-01' };
      }),
    ).toEqual([]);
  });

  it.each<[string, (b: Record<string, unknown>) => void, string]>([
    [
      'an unknown field',
      (b) => {
        b['cpr'] = '1234';
      },
      'cpr',
    ],
    [
      'a missing caseNumber',
      (b) => {
        delete b['caseNumber'];
      },
      'caseNumber',
    ],
    [
      'a case number with spaces',
      (b) => {
        b['caseNumber'] = 'NYB 2026';
      },
      'caseNumber',
    ],
    [
      'a malformed email',
      (b) => {
        b['caseworkerEmail'] = 'sagsbehandler';
      },
      'caseworkerEmail',
    ],
    [
      'no children',
      (b) => {
        b['children'] = [];
      },
      'children',
    ],
    [
      'eleven children',
      (b) => {
        b['children'] = Array(11).fill({ firstName: 'A', birthDate: '2020-01-01' });
      },
      'children',
    ],
    [
      'a blank first name',
      (b) => {
        b['children'] = [{ firstName: '  ', birthDate: '2020-01-01' }];
      },
      'children.0.firstName',
    ],
    [
      'a first name of 101 characters',
      (b) => {
        b['children'] = [{ firstName: 'a'.repeat(101), birthDate: '2020-01-01' }];
      },
      'children.0.firstName',
    ],
    [
      'a child with a CPR field',
      (b) => {
        b['children'] = [{ firstName: 'Ida', birthDate: '2020-01-01', cpr: 'x' }];
      },
      'children.0.cpr',
    ],
    [
      'a birth date that does not exist',
      (b) => {
        b['children'] = [{ firstName: 'Ida', birthDate: '2025-02-29' }];
      },
      'children.0.birthDate',
    ],
    [
      'an unknown program',
      (b) => {
        b['program'] = 'respite';
      },
      'program',
    ],
    [
      'an ongoing afdækning',
      (b) => {
        b['assessment'] = { kind: 'afdaekning', status: 'ongoing', startedOn: '2026-10-01' };
      },
      'assessment.kind',
    ],
    [
      'a completed assessment without its date',
      (b) => {
        b['assessment'] = { kind: 'investigation', status: 'completed' };
      },
      'assessment.completedOn',
    ],
    [
      'an assessment of unknown status',
      (b) => {
        b['assessment'] = { kind: 'investigation', status: 'planned' };
      },
      'assessment.status',
    ],
    [
      'a date with a time',
      (b) => {
        b['decidedOn'] = '2026-11-02T10:00:00Z';
      },
      'decidedOn',
    ],
    [
      'hours as a string',
      (b) => {
        b['hoursPerWeek'] = '6';
      },
      'hoursPerWeek',
    ],
    [
      'an upper-case provider id',
      (b) => {
        b['providerId'] = 'Hjemmebasen';
      },
      'providerId',
    ],
    [
      'planRequired as a string',
      (b) => {
        b['planRequired'] = 'yes';
      },
      'planRequired',
    ],
    [
      'a purpose of 2001 characters',
      (b) => {
        b['purpose'] = 'x'.repeat(2001);
      },
      'purpose',
    ],
    [
      'a missing expected end',
      (b) => {
        delete b['expectedEndOn'];
      },
      'expectedEndOn',
    ],
  ])('refuses %s, naming the path', (_, mutate, path) => {
    expect(refusedAt(mutate)).toEqual([path]);
  });
});
