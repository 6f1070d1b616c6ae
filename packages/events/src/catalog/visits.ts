import * as z from 'zod';
import { defineEvent } from '../define-event.ts';
import { caseRef } from './shared-fields.ts';

export const VisitLogged = defineEvent({
  source: 'hjemmestotte.visits',
  detailType: 'VisitLogged',
  version: 1,
  description: 'A provider logged a visit.',
  producer: 'visits',
  consumers: ['planning'],
  data: z.object({
    ...caseRef,
    visitId: z.string(),
    providerId: z.string(),
    startedAt: z.string(),
    durationMinutes: z.number().int(),
  }),
});

// The concern's note never travels: the reminders service mails the case number and a link, and the
// caseworker reads the note in the case. The routing addresses save the mailer a read of the case.
export const ConcernRaised = defineEvent({
  source: 'hjemmestotte.visits',
  detailType: 'ConcernRaised',
  version: 1,
  description: 'A provider raised a concern with a visit; the caseworker and team leader are told at once.',
  producer: 'visits',
  consumers: ['reminders', 'planning'],
  data: z.object({
    ...caseRef,
    visitId: z.string(),
    providerId: z.string(),
    level: z.enum(['acute', 'non-acute']),
    caseworkerEmail: z.string(),
    teamLeaderEmail: z.string(),
  }),
});

// The letter's text stays in the case: the event says only that one arrived, of which kind.
export const StatusReportSubmitted = defineEvent({
  source: 'hjemmestotte.visits',
  detailType: 'StatusReportSubmitted',
  version: 1,
  description: 'A provider submitted a status letter (follow-up or final) for the case.',
  producer: 'visits',
  consumers: ['reminders', 'planning'],
  data: z.object({
    ...caseRef,
    reportId: z.string(),
    providerId: z.string(),
    kind: z.enum(['follow-up', 'final']),
    familyHasRead: z.boolean(),
    /** The follow-up the letter is for, when the provider named one (added compatibly: optional). */
    followUpId: z.string().optional(),
  }),
});
