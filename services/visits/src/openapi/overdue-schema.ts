import { isoDateSchema } from '@hjemmestotte/domain';
import * as z from 'zod';

// The answer of GET /v1/reports/overdue (planning): strict, so test/e2e/response-shapes fails on an unnamed field.
export const overdueListSchema = z
  .object({
    asOf: isoDateSchema.meta({
      description: 'Today (Copenhagen): everything listed was due before this day',
    }),
    items: z
      .array(
        z
          .object({
            kind: z.enum(['follow-up', 'plan', 'investigation']).meta({
              description:
                'A follow-up not held (Barnets Lov § 95), barnets plan not written, or an investigation past its 4 months (§ 20, stk. 3)',
            }),
            caseId: z.string().meta({ description: 'The case, for its page' }),
            caseNumber: z.string().meta({ description: 'The case to act on', example: 'NYB-2026-0150' }),
            dueOn: isoDateSchema.meta({ description: 'The missed deadline', example: '2026-11-16' }),
            followUpId: z.string().optional().meta({ description: 'The follow-up (kind `follow-up` only)' }),
          })
          .strict()
          .meta({ id: 'OverdueItem', description: 'One missed deadline of an open case' }),
      )
      .meta({ description: 'Every missed deadline still open, whatever its month: oldest first' }),
  })
  .strict()
  .meta({
    id: 'OverdueList',
    description: 'What the team leader must act on: no names, notes or free text',
  });
