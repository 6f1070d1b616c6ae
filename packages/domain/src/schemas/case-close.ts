import * as z from 'zod';
import { isoDateSchema, textSchema } from './common.ts';

// A fixed list lets supervision count why cases end; `note` holds what the list cannot say.
export const closeReasonSchema = z.enum(['goals-met', 'referred', 'family-withdrew', 'moved', 'other']);

/** POST /v1/cases/{caseId}/close. */
export const caseCloseSchema = z
  .object({
    closedOn: isoDateSchema,
    reason: closeReasonSchema,
    note: textSchema(500).optional(),
  })
  .strict()
  .meta({ id: 'CaseClose' });

export type CaseClose = z.infer<typeof caseCloseSchema>;
export type CloseReason = z.infer<typeof closeReasonSchema>;
