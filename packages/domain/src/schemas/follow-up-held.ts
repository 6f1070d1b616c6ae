import * as z from 'zod';
import { isoDateSchema, textSchema } from './common.ts';

export const followUpOutcomeSchema = z.enum(['continue', 'adjust', 'end']).meta({
  description:
    'What was decided: `continue` the support as it is, `adjust` it (hours, goals), or `end` it (no more follow-ups)',
  example: 'continue',
});

/**
 * POST /v1/cases/{caseId}/follow-ups/{followUpId}/held. Whether `nextFollowUpInMonths` and
 * `justification` are required depends on the follow-up and the policy: see law/follow-up-rules.ts.
 */
export const followUpHeldSchema = z
  .object({
    heldOn: isoDateSchema.meta({
      description: 'The day it was held: not in the future, not before `startsOn`',
      example: '2027-02-05',
    }),
    childHeard: z.boolean().meta({
      description: 'Whether the child was heard (samtale med barnet, Barnets Lov § 95)',
      example: true,
    }),
    outcome: followUpOutcomeSchema,
    nextFollowUpInMonths: z.number().int().min(1).max(12).optional().meta({
      description:
        'Calendar months from `heldOn` to the next follow-up, 1–12: required at the first follow-up unless `outcome` is `end`; later ones keep the interval unless given',
      example: 6,
    }),
    justification: textSchema(2000).optional().meta({
      description:
        'Why the interval differs from the municipality’s default (1–2,000 characters): required when it does',
      example: 'Familien har brug for tættere opfølgning i overgangen til vuggestue.',
    }),
  })
  .strict()
  .meta({
    id: 'FollowUpHeld',
    description:
      'A follow-up meeting held (Barnets Lov § 95): when, whether the child was heard, what was decided',
  });

export type FollowUpHeld = z.infer<typeof followUpHeldSchema>;
export type FollowUpOutcome = z.infer<typeof followUpOutcomeSchema>;
