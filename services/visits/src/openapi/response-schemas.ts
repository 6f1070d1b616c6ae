import { isoDateSchema, programSchema, visitSchema } from '@hjemmestotte/domain';
import * as z from 'zod';

// Response shapes of the visits service's own routes. Strict: the document says no other field comes, and
// test/e2e/response-shapes.e2e.test.ts parses real answers with these very schemas.

const instant = (description: string) =>
  z.string().meta({ description: `${description} (ISO 8601 with offset)`, example: '2026-11-20T09:05:12Z' });
const id = (description: string, example: string) => z.string().meta({ description, example });
const hours = (description: string, example: number) => z.number().meta({ description, example });

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
  .extend({
    visitId: id('The visit’s id, given by the API', '6c455526-4194-454d-b1de-620b524e3355'),
    caseId: id('The case', '3abe34ff-19c3-43b2-81e2-82d61248355e'),
    providerId: id('The provider that logged it', 'hjemmebasen'),
    loggedAt: instant('When the API stored it'),
  })
  .strict()
  .meta({ id: 'VisitRecord', description: 'A visit log as stored: the visit as posted, with its ids' });

export const statusReportRecordSchema = z
  .object({
    reportId: id('The report’s id, given by the API', '9a1c2b3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d'),
    caseId: id('The case', '3abe34ff-19c3-43b2-81e2-82d61248355e'),
    providerId: id('The provider that wrote it', 'hjemmebasen'),
    submittedAt: instant('When the API received it'),
    kind: z.enum(['follow-up', 'final']).meta({
      description: '`follow-up`: status for a follow-up; `final`: the closing letter (needs `familyHasRead`)',
    }),
    text: z
      .string()
      .meta({ description: 'The letter', example: 'Familien har etableret faste morgenrutiner.' }),
    familyHasRead: z
      .boolean()
      .meta({ description: 'The family has read the letter before it was sent', example: true }),
    followUpId: id('The follow-up it was written for, when named', 'fu-1').optional(),
  })
  .strict()
  .meta({ id: 'StatusReportRecord', description: 'A status letter from the provider, as stored' });

export const providerCaseSchema = z
  .object({
    caseId: id('The case', '3abe34ff-19c3-43b2-81e2-82d61248355e'),
    caseNumber: id('The municipality’s case number', 'NYB-2026-0142'),
    program: programSchema.meta({
      description: '`home-support`: praktisk, pædagogisk støtte; `home-pedagogue`: hjemmepædagogisk forløb',
    }),
    startsOn: isoDateSchema.meta({ description: 'The first day of the support', example: '2026-11-09' }),
    expectedEndOn: isoDateSchema.meta({ description: 'The expected last day', example: '2027-06-30' }),
    hoursPerWeek: hours('Granted hours per week in force today', 6),
  })
  .strict()
  .meta({ id: 'ProviderCase', description: 'An active case of the calling provider' });

const deliveryWeekSchema = z
  .object({
    week: z.string().meta({ description: 'ISO week', example: '2026-W47' }),
    startsOn: isoDateSchema.meta({ description: 'Its Monday (or the support’s first day)' }),
    endsOn: isoDateSchema.meta({ description: 'Its Sunday (or the last day counted)' }),
    grantedHours: hours('Hours granted in the days of the week counted', 6),
    deliveredHours: hours('Durations of the visits that started in it', 4),
    visits: z.number().int().meta({ description: 'Visits that started in it', example: 2 }),
  })
  .strict()
  .meta({ id: 'DeliveryWeek', description: 'One ISO week of the support' });

export const deliverySchema = z
  .object({
    caseId: id('The case', '3abe34ff-19c3-43b2-81e2-82d61248355e'),
    caseNumber: id('The municipality’s case number', 'NYB-2026-0142'),
    providerId: id('The provider in force today', 'hjemmebasen'),
    timeZone: z
      .string()
      .meta({ description: 'Dates and weeks are counted in this time zone', example: 'Europe/Copenhagen' }),
    hoursPerWeek: hours('Granted hours per week in force today', 6),
    hoursHistory: z
      .array(
        z
          .object({
            effectiveOn: isoDateSchema.meta({ description: 'The first day of these hours' }),
            hoursPerWeek: hours('Granted hours per week from that day', 6),
          })
          .strict(),
      )
      .meta({ description: 'The granted hours over time, oldest first' }),
    totals: z
      .object({
        grantedHours: hours('Hours granted from the start until today (or the end)', 60),
        deliveredHours: hours('Hours delivered in visits in the same days', 52.5),
      })
      .strict()
      .meta({ description: 'The whole support so far' }),
    weeks: z.array(deliveryWeekSchema).meta({ description: 'Every week from the start, oldest first' }),
  })
  .strict()
  .meta({ id: 'Delivery', description: 'Hours granted against hours delivered, per ISO week and in total' });
