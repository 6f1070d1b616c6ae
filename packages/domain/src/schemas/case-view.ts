import * as z from 'zod';
import { assessmentSchema } from './assessment.ts';
import { closeReasonSchema } from './case-close.ts';
import { caseNumberSchema, childSchema, programSchema } from './case-registration.ts';
import { isoDateSchema, providerIdSchema } from './common.ts';

// The answers of the case routes (GET/PATCH /v1/cases/{caseId}, POST /v1/cases, close), one schema each:
// the OpenAPI document is generated from them and test/e2e/response-shapes.e2e.test.ts parses real answers
// with them. Strict, so a field the API answers and the document does not name fails that test; intake's
// projection (services/intake/src/use-cases/case-view.ts) returns exactly these types.

const date = (description: string, example = '2027-02-09') => isoDateSchema.meta({ description, example });
const instant = (description: string) =>
  z.string().meta({ description: `${description} (ISO 8601 with offset)`, example: '2026-11-24T09:30:00Z' });

export const followUpStatusSchema = z.enum(['scheduled', 'held', 'cancelled']).meta({
  description:
    '`scheduled`: still to be held; `held`: recorded as held (`heldOn`); `cancelled`: the case closed before it',
});

/** One follow-up (Barnets Lov § 95), as every route that shows follow-ups answers it. */
export const followUpViewSchema = z
  .object({
    followUpId: z.string().meta({ description: 'Its id within the case, in order', example: 'fu-1' }),
    kind: z.enum(['first', 'regular']).meta({
      description:
        '`first`: the first follow-up, at most 3 months after the start (§ 95, stk. 2); `regular`: the later ones on the schedule decided then (stk. 3–5)',
    }),
    dueOn: date('The day it must be held by'),
    status: followUpStatusSchema,
    heldOn: date('The day it was held (only when `held`)', '2027-02-05').optional(),
    reportReceived: z.boolean().meta({
      description: 'Whether the provider’s status report naming this follow-up has arrived',
      example: false,
    }),
    reportReceivedOn: date('The day that status report arrived', '2027-01-28').optional(),
  })
  .strict()
  .meta({ id: 'FollowUp', description: 'A follow-up the law requires (Barnets Lov § 95)' });

/**
 * A follow-up as the case itself shows it: the contract's shape, without planning's report fields (those are
 * in `GET /v1/cases/{caseId}/follow-ups` and the held answer).
 */
export const caseFollowUpSchema = followUpViewSchema
  .pick({ followUpId: true, kind: true, dueOn: true, status: true, heldOn: true })
  .strict()
  .meta({ id: 'CaseFollowUp', description: 'A follow-up the law requires (Barnets Lov § 95)' });

/** A period of the granted hours and provider; the last one runs until the case ends. */
export const supportTermViewSchema = z
  .object({
    from: date('The first day these hours and this provider apply', '2026-11-09'),
    hoursPerWeek: z.number().meta({ description: 'Granted hours per week from that day', example: 6 }),
    providerId: providerIdSchema,
  })
  .strict()
  .meta({
    id: 'SupportTerm',
    description: 'Hours and provider from a day on; a change dated later shows here before it applies',
  });

export const caseDeadlinesSchema = z
  .object({
    planDueOn: date(
      'Barnets plan must exist by then: 3 months after the decision (Barnets Lov § 91)',
    ).optional(),
    investigationDueOn: date(
      'An ongoing børnefaglig undersøgelse must be finished by then: 4 months after its start (§ 20, stk. 3)',
    ).optional(),
  })
  .strict()
  .meta({
    id: 'CaseDeadlines',
    description: 'Legal deadlines other than follow-ups; absent when none applies',
  });

/** The fields a change may set, as the history shows them before and after. */
export const changedFieldsSchema = z
  .object({
    hoursPerWeek: z.number().optional().meta({ description: 'Granted hours per week' }),
    expectedEndOn: isoDateSchema.optional().meta({ description: 'Expected end of the support' }),
    providerId: providerIdSchema.optional(),
    caseworkerEmail: z.string().optional().meta({ description: 'The caseworker’s work address' }),
    assessment: assessmentSchema.optional(),
  })
  .strict()
  .meta({ id: 'ChangedFields', description: 'The changed fields only' });

export const caseHistoryEntrySchema = z
  .object({
    effectiveFrom: date('The day the change applies from', '2027-01-04'),
    changedAt: instant('When it was recorded'),
    changedBy: z
      .string()
      .meta({ description: 'Who recorded it: a work address', example: 'sagsbehandler@kommune.example' }),
    before: changedFieldsSchema,
    after: changedFieldsSchema,
  })
  .strict()
  .meta({ id: 'CaseChangeRecord', description: 'One change of the case (PATCH), kept for good' });

const caseFacts = {
  caseId: z
    .string()
    .meta({ description: 'The case’s id in this API', example: '0f8e4c1a-5b7d-4e2f-9a3c-1d2e3f4a5b6c' }),
  caseNumber: caseNumberSchema.meta({ description: 'The municipality’s own case number, as registered' }),
  status: z
    .enum(['active', 'closed'])
    .meta({ description: '`active` until closed (`POST /v1/cases/{caseId}/close`), then `closed`' }),
  program: programSchema.meta({
    description:
      '`home-support`: praktisk, pædagogisk støtte i hjemmet; `home-pedagogue`: hjemmepædagogisk forløb',
  }),
  startsOn: date('The first day of the support', '2026-11-09'),
  expectedEndOn: date('The expected last day, as decided', '2027-06-30'),
  closedOn: date('The day it was closed (only when `closed`)', '2027-06-30').optional(),
  hoursPerWeek: z.number().meta({ description: 'The granted hours per week in force today', example: 6 }),
  children: z
    .array(childSchema)
    .meta({ description: 'First names and birth dates only: never a CPR number' }),
  purpose: z.string().meta({ description: 'The purpose of the support, as decided' }),
};

/**
 * The case as staff (caseworker, team leader) see it: the decision's facts, the hours and provider in force
 * today and every period of them, follow-ups, legal deadlines and the history of changes. No storage
 * internals (keys, index keys, revisions, the derived sort dates planning feeds intake).
 */
export const caseViewSchema = z
  .object({
    ...caseFacts,
    caseworkerEmail: z
      .string()
      .meta({ description: 'The responsible caseworker', example: 'sagsbehandler@kommune.example' }),
    teamLeaderEmail: z.string().meta({
      description: 'The team leader told of missed deadlines (the municipality’s default unless given)',
      example: 'teamleder@kommune.example',
    }),
    legalBasis: z.string().meta({
      description: 'The provision the support is granted under',
      example: 'Barnets Lov § 32, stk. 1, nr. 2',
    }),
    assessment: assessmentSchema,
    decidedOn: date('The day of the decision', '2026-11-02'),
    providerId: providerIdSchema.meta({ description: 'The provider in force today' }),
    planRequired: z.boolean().meta({ description: 'Whether barnets plan is required (§ 91)' }),
    closeReason: closeReasonSchema.optional().meta({ description: 'Why it was closed (only when `closed`)' }),
    closeNote: z.string().optional().meta({ description: 'The caseworker’s note at closing, if any' }),
    terms: z.array(supportTermViewSchema).meta({ description: 'Hours and provider over time, oldest first' }),
    followUps: z.array(caseFollowUpSchema).meta({ description: 'Every follow-up, by due date' }),
    deadlines: caseDeadlinesSchema,
    history: z.array(caseHistoryEntrySchema).meta({ description: 'Every change, in the order recorded' }),
  })
  .strict()
  .meta({
    id: 'CaseView',
    description:
      'The case as caseworkers and team leaders see it: the decision, the hours and provider in force, follow-ups, deadlines and changes',
  });

/** Barnets plan's goals as the provider reads them with the case. */
const providerGoalSchema = z
  .object({
    goalId: z.string().meta({ description: 'The id a visit names the goal by', example: 'g1' }),
    title: z.string().meta({ description: 'The goal', example: 'Faste morgenrutiner' }),
    subGoals: z
      .array(
        z
          .object({
            subGoalId: z.string().meta({ description: 'Its id within the goal', example: 'g1a' }),
            title: z.string().meta({ description: 'The step', example: 'Vækkeur kl. 6.30' }),
          })
          .strict(),
      )
      .meta({ description: 'Concrete steps towards the goal' }),
  })
  .strict()
  .meta({ id: 'PlanGoal', description: 'A goal of barnets plan; visits name goals by `goalId`' });

/**
 * What the case's provider in force today sees of it: what it needs to do the work, nothing of the
 * municipality's own (no close reason or note, history, staff addresses, legal basis or assessment).
 */
export const providerCaseViewSchema = z
  .object({
    ...caseFacts,
    goals: z
      .array(providerGoalSchema)
      .meta({ description: 'The goals of barnets plan (empty while none is written)' }),
    followUps: z
      .array(
        caseFollowUpSchema
          .omit({ heldOn: true })
          .strict()
          .meta({ id: 'ProviderFollowUp', description: 'A follow-up, so a status report can name it' }),
      )
      .meta({ description: 'Every follow-up, by due date' }),
  })
  .strict()
  .meta({
    id: 'ProviderCaseView',
    description: 'The case as its provider sees it: what the work needs, nothing of the municipality’s own',
  });

export type FollowUpView = z.infer<typeof followUpViewSchema>;
export type CaseFollowUp = z.infer<typeof caseFollowUpSchema>;
export type CaseView = z.infer<typeof caseViewSchema>;
export type ProviderCaseView = z.infer<typeof providerCaseViewSchema>;
export type CaseHistoryEntry = z.infer<typeof caseHistoryEntrySchema>;
export type ChangedFields = z.infer<typeof changedFieldsSchema>;
