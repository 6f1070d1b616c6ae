import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import * as arb from '../../test/arbitraries.ts';
import { type MutationSpec, mutated, pointsAt } from '../../test/mutations.ts';
import { caseChangeSchema } from './case-change.ts';
import { caseCloseSchema } from './case-close.ts';
import { caseRegistrationSchema } from './case-registration.ts';
import { followUpHeldSchema } from './follow-up-held.ts';
import { schemaViolations } from './issue-paths.ts';
import { planSchema } from './plan.ts';
import { providerSchema } from './provider.ts';
import { statusReportSchema } from './status-report.ts';
import { visitSchema } from './visit.ts';

const numRuns = 1000;

const cases: [string, z.ZodType, fc.Arbitrary<unknown>, MutationSpec][] = [
  ['provider', providerSchema, arb.providerBody, { optional: [] }],
  ['case registration', caseRegistrationSchema, arb.registrationBody, { optional: ['teamLeaderEmail'] }],
  [
    'case change',
    caseChangeSchema,
    arb.caseChangeBody,
    // Leaving out a change field may leave a valid change; an empty change is refused at the body itself.
    {
      optional: [
        'hoursPerWeek',
        'expectedEndOn',
        'providerId',
        'caseworkerEmail',
        'assessment',
        'effectiveFrom',
      ],
    },
  ],
  ['case close', caseCloseSchema, arb.caseCloseBody, { optional: ['note'] }],
  ['plan', planSchema, arb.planBody, { optional: [] }],
  [
    'follow-up held',
    followUpHeldSchema,
    arb.followUpHeldBody,
    { optional: ['nextFollowUpInMonths', 'justification'] },
  ],
  ['visit', visitSchema, arb.visitBody, { optional: ['goalIds', 'note', 'concern'], blankAllowed: ['note'] }],
  ['status report', statusReportSchema, arb.statusReportBody, { optional: [] }],
];

describe.each(cases)('the %s schema', (_, schema, valid, spec) => {
  it('parses every generated valid body', () => {
    fc.assert(
      fc.property(valid, (body) => {
        const r = schema.safeParse(body);
        expect(r.success ? [] : schemaViolations(r.error)).toEqual([]);
      }),
      { numRuns },
    );
  });

  it('refuses every body mutated in one place, with an issue pointing at that place', () => {
    fc.assert(
      fc.property(mutated(valid, spec), (m) => {
        const r = schema.safeParse(m.body);
        expect(r.success).toBe(false);
        const paths = r.success ? [] : schemaViolations(r.error).map((v) => v.path);
        expect(paths.some((p) => pointsAt(p, m.path))).toBe(true);
      }),
      { numRuns },
    );
  });
});
