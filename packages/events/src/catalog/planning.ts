import * as z from 'zod';
import { defineEvent } from '../define-event.ts';
import { caseRef, isoDate } from './shared-fields.ts';

export const FollowUpScheduled = defineEvent({
  source: 'hjemmestotte.planning',
  detailType: 'FollowUpScheduled',
  version: 1,
  description: 'A follow-up was put on the schedule (or moved).',
  producer: 'planning',
  consumers: ['planning', 'intake'],
  data: z.object({ ...caseRef, followUpId: z.string(), kind: z.enum(['first', 'regular']), dueOn: isoDate }),
});

export const FollowUpHeld = defineEvent({
  source: 'hjemmestotte.planning',
  detailType: 'FollowUpHeld',
  version: 1,
  description:
    'A caseworker recorded a follow-up held. `intervalMonths` is the interval now in force, null when ' +
    'the outcome ended the support (no further follow-up).',
  producer: 'planning',
  consumers: ['planning', 'intake'],
  data: z.object({
    ...caseRef,
    followUpId: z.string(),
    kind: z.enum(['first', 'regular']),
    heldOn: isoDate,
    childHeard: z.boolean(),
    outcome: z.enum(['continue', 'adjust', 'end']),
    intervalMonths: z.number().int().nullable(),
  }),
});

export const PlanUpdated = defineEvent({
  source: 'hjemmestotte.planning',
  detailType: 'PlanUpdated',
  version: 1,
  description: "Barnets plan was written or replaced. Goal ids only: the plan's text stays in the case.",
  producer: 'planning',
  consumers: ['planning', 'intake'],
  data: z.object({ ...caseRef, goalIds: z.array(z.string()), updatedAt: z.string() }),
});
