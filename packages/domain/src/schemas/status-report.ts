import * as z from 'zod';
import { textSchema } from './common.ts';
import { followUpIdSchema } from './path-params.ts';

/** POST /v1/cases/{caseId}/status-reports: a provider's status letter, read by the family first. */
export const statusReportSchema = z
  .object({
    kind: z.enum(['follow-up', 'final']),
    text: textSchema(20_000),
    familyHasRead: z.boolean(),
    /** The follow-up this letter is for (planning shows on it that its report arrived). */
    followUpId: followUpIdSchema.optional(),
  })
  .strict()
  .meta({ id: 'StatusReport' });

export type StatusReport = z.infer<typeof statusReportSchema>;
