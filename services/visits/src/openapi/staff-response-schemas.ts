import { isoDateSchema, planSchema, programSchema, providerSchema } from '@hjemmestotte/domain';
import * as z from 'zod';

// Response shapes of the staff routes served by intake and planning, for the document. Strict, so that
// test/e2e/response-shapes.e2e.test.ts fails when a handler answers a field the document does not name.

const instant = z
  .string()
  .meta({ description: 'An instant, ISO 8601 with offset', example: '2026-11-24T09:30:00Z' });

export const providerRecordSchema = providerSchema
  .extend({
    active: z.boolean().meta({ description: '`false` once offboarded: no new cases, no more mail' }),
    createdAt: instant,
    updatedAt: instant.optional(),
  })
  .strict()
  .meta({ id: 'ProviderRecord' });

export const followUpViewSchema = z
  .object({
    followUpId: z.string().meta({ example: 'fu-1' }),
    kind: z
      .enum(['first', 'regular'])
      .meta({ description: '`first`: Barnets Lov § 95, stk. 2; `regular`: stk. 3–5' }),
    dueOn: isoDateSchema,
    status: z.enum(['scheduled', 'held', 'cancelled']),
    heldOn: isoDateSchema.optional(),
    reportReceived: z
      .boolean()
      .meta({ description: 'Whether a status report naming this follow-up arrived' }),
    reportReceivedOn: isoDateSchema.optional(),
  })
  .strict()
  .meta({ id: 'FollowUp' });

export const planRecordSchema = planSchema
  .extend({ caseId: z.string(), updatedAt: instant })
  .strict()
  .meta({ id: 'PlanRecord', description: 'Barnets plan as last written (Barnets Lov § 91)' });

export const caseSummarySchema = z
  .object({
    caseId: z.string(),
    caseNumber: z.string(),
    status: z.enum(['active', 'closed']),
    program: programSchema,
    startsOn: isoDateSchema,
    expectedEndOn: isoDateSchema,
    closedOn: isoDateSchema.optional(),
    caseworkerEmail: z.string(),
    providerId: z.string().meta({ description: 'The provider in force today' }),
    hoursPerWeek: z.number().meta({ description: 'The hours in force today' }),
    nextDeadlineOn: isoDateSchema
      .optional()
      .meta({ description: 'Active cases: the nearest legal deadline' }),
  })
  .strict()
  .meta({ id: 'CaseSummary', description: 'A line of a case list: no names, birth dates, purpose or notes' });

export const casePageSchema = z
  .object({
    items: z.array(caseSummarySchema),
    cursor: z
      .string()
      .optional()
      .meta({ description: 'Present when there are more: send it back as `?cursor=` for the next page' }),
  })
  .strict()
  .meta({ id: 'CasePage' });

const count = z.number().int().min(0);
export const supervisionSchema = z
  .object({
    month: z.string().meta({ example: '2026-11' }),
    asOf: isoDateSchema.meta({
      description: 'The day the figures describe: the month’s last day once over, else today',
    }),
    followUps: z
      .object({ due: count, heldOnTime: count, heldLate: count, overdue: count, notYetDue: count })
      .strict(),
    plansMissing: count.meta({ description: 'Cases whose plan is past its deadline and still missing' }),
    investigationsOverdue: count.meta({
      description: 'Investigations past 4 months (Barnets Lov § 20, stk. 3)',
    }),
    providers: z.array(
      z
        .object({
          providerId: z.string(),
          cases: count,
          hoursGranted: z.number().meta({ description: 'From the hours in force each day of the month' }),
          hoursDelivered: z.number().meta({ description: 'Visit durations in the month (Copenhagen dates)' }),
          visits: count,
          concerns: count,
        })
        .strict(),
    ),
    overdueFollowUps: z.array(z.object({ caseNumber: z.string(), dueOn: isoDateSchema }).strict()),
  })
  .strict()
  .meta({
    id: 'SupervisionReport',
    description: 'Counts for the month; `Accept: text/csv` gives the same as CSV',
  });

/** Query parameters, as the handlers parse them. */
export const casesQuerySchema = z.object({
  caseNumber: z.string().max(60).optional().meta({ description: 'One case by its number, any letter case' }),
  caseworker: z
    .enum(['me'])
    .optional()
    .meta({ description: '`me`: the caller’s active cases, nearest deadline first' }),
  status: z.enum(['active', 'closed']).optional(),
  limit: z.number().int().min(1).max(100).optional().meta({ description: 'Page size, 1–100, default 25' }),
  cursor: z.string().max(1024).optional().meta({ description: 'The `cursor` of the previous page' }),
});
export const pageQuerySchema = (max: number) =>
  z.object({
    limit: z
      .number()
      .int()
      .min(1)
      .max(max)
      .optional()
      .meta({ description: `Page size, 1–${max}` }),
    cursor: z
      .string()
      .max(1024)
      .optional()
      .meta({ description: 'The `Next-Cursor` header of the previous page' }),
  });
export const supervisionQuerySchema = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .meta({ description: 'The month, YYYY-MM', example: '2026-11' }),
});
