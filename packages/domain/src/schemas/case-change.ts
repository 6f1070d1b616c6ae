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
    hoursPerWeek: hoursSchema.optional(),
    expectedEndOn: isoDateSchema.optional(),
    providerId: providerIdSchema.optional(),
    caseworkerEmail: emailSchema.optional(),
    assessment: assessmentSchema.optional(),
    effectiveFrom: isoDateSchema.optional(),
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
  .meta({ id: 'CaseChange' });

export type CaseChange = z.infer<typeof caseChangeSchema>;
