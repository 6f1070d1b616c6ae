import * as z from 'zod';
import { isoDateSchema } from './common.ts';

/**
 * What the decision rests on. A completed børnefaglig undersøgelse (§ 20) or afdækning (§ 19), or an
 * investigation still running alongside the support, which then decides the first follow-up (§ 95 stk. 2).
 */
export const completedAssessmentSchema = z
  .object({
    kind: z.enum(['investigation', 'afdaekning']).meta({
      description: '`investigation`: a børnefaglig undersøgelse (§ 20); `afdaekning`: an afdækning (§ 19)',
      example: 'investigation',
    }),
    status: z.literal('completed').meta({ description: 'The assessment is done' }),
    completedOn: isoDateSchema.meta({
      description: 'The day it was completed: on or before `decidedOn`',
      example: '2026-10-20',
    }),
  })
  .strict();

export const ongoingAssessmentSchema = z
  .object({
    kind: z
      .literal('investigation')
      .meta({ description: 'Only a børnefaglig undersøgelse (§ 20) may still be running' }),
    status: z.literal('ongoing').meta({ description: 'Still running alongside the support' }),
    startedOn: isoDateSchema.meta({
      description: 'The day it started; it must be completed within 4 months (Barnets Lov § 20, stk. 3)',
      example: '2026-10-01',
    }),
  })
  .strict();

export const assessmentSchema = z
  .discriminatedUnion('status', [completedAssessmentSchema, ongoingAssessmentSchema])
  .meta({
    id: 'Assessment',
    example: { kind: 'investigation', status: 'completed', completedOn: '2026-10-20' },
    description:
      'What the decision rests on: a completed børnefaglig undersøgelse (`investigation`, § 20) or afdækning (§ 19), or an investigation still `ongoing` alongside the support (it then decides the first follow-up, § 95, stk. 2)',
  });

export type Assessment = z.infer<typeof assessmentSchema>;
export type CompletedAssessment = z.infer<typeof completedAssessmentSchema>;
export type OngoingAssessment = z.infer<typeof ongoingAssessmentSchema>;
