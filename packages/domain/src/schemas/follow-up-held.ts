import * as z from 'zod';
import { isoDateSchema, textSchema } from './common.ts';

export const followUpOutcomeSchema = z.enum(['continue', 'adjust', 'end']);

/**
 * POST /v1/cases/{caseId}/follow-ups/{followUpId}/held. Whether `nextFollowUpInMonths` and
 * `justification` are required depends on the follow-up and the policy: see law/follow-up-rules.ts.
 */
export const followUpHeldSchema = z
  .object({
    heldOn: isoDateSchema,
    childHeard: z.boolean(),
    outcome: followUpOutcomeSchema,
    nextFollowUpInMonths: z.number().int().min(1).max(12).optional(),
    justification: textSchema(2000).optional(),
  })
  .strict()
  .meta({ id: 'FollowUpHeld' });

export type FollowUpHeld = z.infer<typeof followUpHeldSchema>;
export type FollowUpOutcome = z.infer<typeof followUpOutcomeSchema>;
