import * as z from 'zod';
import { isoDateSchema } from './common.ts';

/**
 * What the decision rests on. A completed børnefaglig undersøgelse (§ 20) or afdækning (§ 19), or an
 * investigation still running alongside the support, which then decides the first follow-up (§ 95 stk. 2).
 */
export const completedAssessmentSchema = z
  .object({
    kind: z.enum(['investigation', 'afdaekning']),
    status: z.literal('completed'),
    completedOn: isoDateSchema,
  })
  .strict();

export const ongoingAssessmentSchema = z
  .object({
    kind: z.literal('investigation'),
    status: z.literal('ongoing'),
    startedOn: isoDateSchema,
  })
  .strict();

export const assessmentSchema = z
  .discriminatedUnion('status', [completedAssessmentSchema, ongoingAssessmentSchema])
  .meta({ id: 'Assessment' });

export type Assessment = z.infer<typeof assessmentSchema>;
export type CompletedAssessment = z.infer<typeof completedAssessmentSchema>;
export type OngoingAssessment = z.infer<typeof ongoingAssessmentSchema>;
