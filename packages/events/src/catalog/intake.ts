import * as z from 'zod';
import { defineEvent } from '../define-event.ts';
import { caseRef, isoDate } from './shared-fields.ts';

export const CaseOpened = defineEvent({
  source: 'hjemmestotte.intake',
  detailType: 'CaseOpened',
  version: 1,
  description: 'A caseworker registered a granted support.',
  producer: 'intake',
  consumers: ['planning'],
  data: z.object({
    ...caseRef,
    decidedOn: isoDate,
    startsOn: isoDate,
    expectedEndOn: isoDate,
    providerId: z.string(),
    caseworkerEmail: z.string(),
    teamLeaderEmail: z.string(),
    planRequired: z.boolean(),
    assessment: z.object({
      status: z.enum(['completed', 'ongoing']),
      completedOn: isoDate.optional(),
      startedOn: isoDate.optional(),
    }),
  }),
});

export const SupportAdjusted = defineEvent({
  source: 'hjemmestotte.intake',
  detailType: 'SupportAdjusted',
  version: 1,
  description:
    'The intensity, provider, caseworker or expected end of a case changed, from `effectiveFrom`. ' +
    'Only the fields that changed are present.',
  producer: 'intake',
  consumers: ['planning'],
  data: z.object({
    ...caseRef,
    effectiveFrom: isoDate,
    hoursPerWeek: z.number().optional(),
    providerId: z.string().optional(),
    previousProviderId: z.string().optional(),
    caseworkerEmail: z.string().optional(),
    expectedEndOn: isoDate.optional(),
  }),
});

export const AssessmentCompleted = defineEvent({
  source: 'hjemmestotte.intake',
  detailType: 'AssessmentCompleted',
  version: 1,
  description:
    'An investigation that ran alongside the support was recorded completed (§ 95 stk. 2: it may bring ' +
    'the first follow-up forward).',
  producer: 'intake',
  consumers: ['planning'],
  data: z.object({ ...caseRef, startsOn: isoDate, startedOn: isoDate, completedOn: isoDate }),
});

export const CaseClosed = defineEvent({
  source: 'hjemmestotte.intake',
  detailType: 'CaseClosed',
  version: 1,
  description: 'A caseworker closed a case: nothing more is due and no reminders follow.',
  producer: 'intake',
  consumers: ['planning'],
  data: z.object({
    ...caseRef,
    closedOn: isoDate,
    reason: z.enum(['goals-met', 'referred', 'family-withdrew', 'moved', 'other']),
  }),
});
