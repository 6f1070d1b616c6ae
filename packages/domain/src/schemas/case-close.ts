import * as z from 'zod';
import { isoDateSchema, textSchema } from './common.ts';

// A fixed list lets supervision count why cases end; `note` holds what the list cannot say.
export const closeReasonSchema = z.enum(['goals-met', 'referred', 'family-withdrew', 'moved', 'other']).meta({
  description:
    'Why the case ends: `goals-met`, `referred` to other support, the `family-withdrew` its consent, the family `moved` out of the municipality, or `other` (say what in `note`)',
  example: 'goals-met',
});

/** POST /v1/cases/{caseId}/close. */
export const caseCloseSchema = z
  .object({
    closedOn: isoDateSchema.meta({
      description: 'The last day of the support: not before a logged visit (422); no reminders after it',
      example: '2027-06-30',
    }),
    reason: closeReasonSchema,
    note: textSchema(500).optional().meta({
      description: 'The caseworker’s internal note (1–500 characters); never shown to the provider',
      example: 'Familien klarer morgenerne selv.',
    }),
  })
  .strict()
  .meta({ id: 'CaseClose', description: 'The end of the support: when and why' });

export type CaseClose = z.infer<typeof caseCloseSchema>;
export type CloseReason = z.infer<typeof closeReasonSchema>;
