import * as z from 'zod';
import { assessmentSchema } from './assessment.ts';
import { emailSchema, isoDateSchema, providerIdSchema } from './common.ts';
import { hoursSchema } from './numbers.ts';

/** The fields a PATCH may change. `effectiveFrom` is not one of them: it dates the change. */
export const CASE_CHANGE_FIELDS = [
  'hoursPerWeek',
  'expectedEndOn',
  'providerId',
  'caseworkerEmail',
  'assessment',
] as const;

// Only a change of intensity, provider or caseworker happens "from a day"; the others are facts.
const DATED_FIELDS = ['hoursPerWeek', 'providerId', 'caseworkerEmail'] as const;

/** PATCH /v1/cases/{caseId}. */
export const caseChangeSchema = z
  .object({
    hoursPerWeek: hoursSchema.optional().meta({
      description:
        'New hours per week, to the hundredth: more than 0 and at most 91 (outside: 422); from `effectiveFrom`',
      example: 8,
    }),
    expectedEndOn: isoDateSchema.optional().meta({
      description: 'New expected end: after `startsOn`',
      example: '2027-09-30',
    }),
    providerId: providerIdSchema.optional(),
    caseworkerEmail: emailSchema.optional().meta({
      description: 'The caseworker who takes over the case (and its reminders)',
      example: 'ny.sagsbehandler@kommune.example',
    }),
    assessment: assessmentSchema.optional(),
    effectiveFrom: isoDateSchema.optional().meta({
      description:
        'The day a change of hours, provider or caseworker takes effect (default today); until then the old values rule',
      example: '2027-01-01',
    }),
  })
  .strict()
  .superRefine((change, ctx) => {
    if (!CASE_CHANGE_FIELDS.some((f) => change[f] !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: `must change at least one of ${CASE_CHANGE_FIELDS.join(', ')}`,
      });
    }
    if (change.effectiveFrom !== undefined && !DATED_FIELDS.some((f) => change[f] !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['effectiveFrom'],
        message: `only dates a change of ${DATED_FIELDS.join(', ')}`,
      });
    }
  })
  .meta({
    id: 'CaseChange',
    description:
      'A change of the decision: at least one of the fields; a change of hours, provider or caseworker may be dated by `effectiveFrom`',
  });

export type CaseChange = z.infer<typeof caseChangeSchema>;
