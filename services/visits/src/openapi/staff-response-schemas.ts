import {
  followUpViewSchema,
  isoDateSchema,
  planSchema,
  programSchema,
  providerSchema,
} from '@hjemmestotte/domain';
import * as z from 'zod';

// Response shapes of the staff routes served by intake and planning, for the document. Strict, so that
// test/e2e/response-shapes.e2e.test.ts fails when a handler answers a field the document does not name.
// The case's own views (CaseView, ProviderCaseView, FollowUp) live in @hjemmestotte/domain, because intake's
// projection is typed by them too.

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
  .meta({ id: 'ProviderRecord', description: 'A provider of the municipality, as registered' });

export { followUpViewSchema };

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
  .meta({ id: 'CasePage', description: 'A page of cases, in the order the query gives' });

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

/** POST /v1/cases/{caseId}/follow-ups/{followUpId}/held: the follow-up as held, and the next one. */
export const followUpHeldAnswerSchema = z
  .object({
    followUp: followUpViewSchema.meta({ description: 'The follow-up, now `held`' }),
    nextFollowUp: followUpViewSchema
      .nullable()
      .meta({ description: 'The next follow-up now scheduled; `null` when the outcome ended the support' }),
  })
  .strict()
  .meta({ id: 'FollowUpHeldAnswer', description: 'The held follow-up and the one it scheduled' });

/** GET /v1/cases/{caseId}/audit: who read or changed the case. */
export const auditEntrySchema = z
  .object({
    caseId: z.string().meta({ description: 'The case', example: '3abe34ff-19c3-43b2-81e2-82d61248355e' }),
    action: z.string().meta({
      description:
        'What was done, `<thing>.<verb>`: e.g. `case.create`, `case.read`, `case.change`, `case.close`, `case.list`, `follow-up.held`, `plan.update`, `visit.create`, `status-report.create`, `audit.read`',
      example: 'case.read',
    }),
    at: instant,
    actor: z
      .object({
        sub: z
          .string()
          .meta({ description: 'The token’s subject', example: 'e13f0cfb-3159-4e03-a69b-c0d3cc5c4740' }),
        role: z.string().meta({
          description:
            '`provider`, or the staff member’s roles comma-separated (`caseworker`, `teamleader`, `admin`)',
          example: 'caseworker',
        }),
        email: z
          .string()
          .optional()
          .meta({ description: 'Staff: the work address', example: 'sagsbehandler@kommune.example' }),
        providerId: z
          .string()
          .optional()
          .meta({ description: 'Providers: the provider', example: 'hjemmebasen' }),
      })
      .strict()
      .meta({ description: 'Who did it: an id, a role and a work address or provider, never more' }),
  })
  .strict()
  .meta({ id: 'AuditEntry', description: 'One read or change of a case, oldest first' });
