import * as z from 'zod';
import { textSchema } from './common.ts';
import { followUpIdSchema } from './path-params.ts';

/** POST /v1/cases/{caseId}/status-reports: a provider's status letter, read by the family first. */
export const statusReportSchema = z
  .object({
    kind: z.enum(['follow-up', 'final']).meta({
      description:
        '`follow-up`: the letter before a follow-up meeting; `final`: the letter when the support ends',
      example: 'follow-up',
    }),
    text: textSchema(20_000).meta({
      description: 'The letter (1–20,000 characters); never in an email',
      example: 'Familien har fået faste morgenrutiner. Mor står op kl. 6.30 og vækker Ida.',
    }),
    familyHasRead: z.boolean().meta({
      description: 'Whether the family has read the letter: a `final` letter needs `true` (422 otherwise)',
      example: true,
    }),
    /** The follow-up this letter is for (planning shows on it that its report arrived). */
    followUpId: followUpIdSchema.optional().meta({
      description: 'The follow-up this letter is for: that follow-up then shows its report arrived',
    }),
  })
  .strict()
  .meta({
    id: 'StatusReport',
    description: 'The provider’s status letter to the caseworker, read by the family first',
  });

export type StatusReport = z.infer<typeof statusReportSchema>;
