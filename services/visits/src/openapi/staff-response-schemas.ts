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
  .extend({
    caseId: z.string().meta({ description: 'The case', example: '0f8e4c1a-5b7d-4e2f-9a3c-1d2e3f4a5b6c' }),
    updatedAt: instant.meta({ description: 'When it was last written' }),
  })
  .strict()
  .meta({ id: 'PlanRecord', description: 'Barnets plan as last written (Barnets Lov § 91)' });

export const caseSummarySchema = z
  .object({
    caseId: z
      .string()
      .meta({ description: 'The case’s id in this API', example: '0f8e4c1a-5b7d-4e2f-9a3c-1d2e3f4a5b6c' }),
    caseNumber: z.string().meta({ description: 'The municipality’s case number', example: 'NYB-2026-0142' }),
    status: z.enum(['active', 'closed']).meta({ description: '`active` until closed, then `closed`' }),
    program: programSchema.meta({
      description: '`home-support`: praktisk, pædagogisk støtte; `home-pedagogue`: hjemmepædagogisk forløb',
    }),
    startsOn: isoDateSchema.meta({ description: 'The first day of the support', example: '2026-11-09' }),
    expectedEndOn: isoDateSchema.meta({ description: 'The expected last day', example: '2027-06-30' }),
    closedOn: isoDateSchema.optional().meta({ description: 'The day it was closed (only when `closed`)' }),
    caseworkerEmail: z
      .string()
      .meta({ description: 'The responsible caseworker', example: 'sagsbehandler@kommune.example' }),
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
    items: z.array(caseSummarySchema).meta({ description: 'At most `limit` cases' }),
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
    month: z.string().meta({ description: 'The month, YYYY-MM', example: '2026-11' }),
    asOf: isoDateSchema.meta({
      description: 'The day the figures describe: the month’s last day once over, else today',
    }),
    followUps: z
      .object({
        due: count.meta({ description: 'Follow-ups due in the month (of cases open on their due date)' }),
        heldOnTime: count.meta({ description: 'Of those: held on or before the due date' }),
        heldLate: count.meta({ description: 'Of those: held after the due date, by `asOf`' }),
        overdue: count.meta({ description: 'Of those: past due and not held by `asOf`' }),
        notYetDue: count.meta({ description: 'Of those: due after `asOf` (the current month only)' }),
      })
      .strict()
      .meta({ description: 'The follow-ups due in the month and how each went (Barnets Lov § 95)' }),
    plansMissing: count.meta({ description: 'Cases whose plan is past its deadline and still missing' }),
    investigationsOverdue: count.meta({
      description: 'Investigations past 4 months (Barnets Lov § 20, stk. 3)',
    }),
    providers: z
      .array(
        z
          .object({
            providerId: z.string().meta({ description: 'The provider', example: 'hjemmebasen' }),
            cases: count.meta({ description: 'Cases active under it on at least one day of the month' }),
            hoursGranted: z.number().meta({ description: 'From the hours in force each day of the month' }),
            hoursDelivered: z
              .number()
              .meta({ description: 'Visit durations in the month (Copenhagen dates)' }),
            visits: count.meta({ description: 'Visits that started in the month' }),
            concerns: count.meta({ description: 'Concerns raised in the month' }),
          })
          .strict(),
      )
      .meta({ description: 'Per provider: hours granted against delivered, visits and concerns' }),
    overdueFollowUps: z
      .array(
        z
          .object({
            caseNumber: z.string().meta({ description: 'The case to act on', example: 'NYB-2026-0150' }),
            dueOn: isoDateSchema.meta({ description: 'The missed due date', example: '2026-11-16' }),
          })
          .strict(),
      )
      .meta({ description: 'The overdue follow-ups: the only case numbers in the report' }),
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
