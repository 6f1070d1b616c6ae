import { isoDateSchema, programSchema, visitSchema } from '@hjemmestotte/domain';
import * as z from 'zod';

// Response shapes of the visits service's own routes, for the document only (responses are not parsed).

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details; `errors` names each refused field.' });

export const visitRecordSchema = visitSchema
  .extend({ visitId: z.string(), caseId: z.string(), providerId: z.string(), loggedAt: z.string() })
  .meta({ id: 'VisitRecord' });

export const statusReportRecordSchema = z
  .object({
    reportId: z.string(),
    caseId: z.string(),
    providerId: z.string(),
    submittedAt: z.string(),
    kind: z.enum(['follow-up', 'final']),
    text: z.string(),
    familyHasRead: z.boolean(),
    followUpId: z.string().optional(),
  })
  .meta({ id: 'StatusReportRecord' });

export const providerCaseSchema = z
  .object({
    caseId: z.string(),
    caseNumber: z.string(),
    program: programSchema,
    startsOn: isoDateSchema,
    expectedEndOn: isoDateSchema,
    hoursPerWeek: z.number(),
  })
  .meta({ id: 'ProviderCase' });

const deliveryWeekSchema = z.object({
  week: z.string().meta({ example: '2026-W47' }),
  startsOn: isoDateSchema,
  endsOn: isoDateSchema,
  grantedHours: z.number(),
  deliveredHours: z.number(),
  visits: z.number().int(),
});

export const deliverySchema = z
  .object({
    caseId: z.string(),
    caseNumber: z.string(),
    providerId: z.string(),
    timeZone: z.string(),
    hoursPerWeek: z.number(),
    hoursHistory: z.array(z.object({ effectiveOn: isoDateSchema, hoursPerWeek: z.number() })),
    totals: z.object({ grantedHours: z.number(), deliveredHours: z.number() }),
    weeks: z.array(deliveryWeekSchema),
  })
  .meta({ id: 'Delivery' });
