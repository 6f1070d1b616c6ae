import * as z from 'zod';
import { localIdSchema, optionalTextSchema, textSchema } from './common.ts';

export const visitLocationSchema = z.enum([
  'home',
  'family-house',
  'daycare-or-school',
  'leisure',
  'shopping',
  'phone',
  'other',
]);

export const visitMethodSchema = z.enum([
  'conversation',
  'family-activity',
  'guidance',
  'structure-routines',
  'practical-tasks',
  'parenting-advice',
  'network-meeting',
  'video-feedback',
  'institution-contact',
]);

// 9999-12-31T23:59:59Z is already year 10000 in Copenhagen, which no civil date can hold: that visit
// answered 500. Plausible years (2000 on) are a rule (422, law/visit-rules.ts); this bounds only the shape.
const FIRST_SAFE_MS = Date.parse('0001-01-02T00:00:00Z');
const LAST_SAFE_MS = Date.parse('9999-12-30T23:59:59Z');
const hasFourDigitYearEverywhere = (instant: string) => {
  const ms = Date.parse(instant);
  return ms >= FIRST_SAFE_MS && ms <= LAST_SAFE_MS;
};

export const concernSchema = z
  .object({
    level: z.enum(['acute', 'non-acute']).meta({
      description: '`acute`: the child may be at risk now; `non-acute`: worth the caseworker’s attention',
      example: 'non-acute',
    }),
    note: textSchema(4000).meta({
      description: 'What was seen (1–4,000 characters); never in an email',
      example: 'Ida var træt og sulten ved ankomst.',
    }),
  })
  .strict()
  .meta({ description: 'A concern for the child: the caseworker and team leader are told at once' });

/**
 * POST /v1/cases/{caseId}/visits. `durationMinutes` is only a whole number here: 1–720 is a rule of the
 * contract (422), checked in law/visit-rules.ts with the other rules that need the case.
 */
export const visitSchema = z
  .object({
    // An offset is required: a bare local time is ambiguous in the October daylight-saving hour.
    startedAt: z.iso
      .datetime({ offset: true, error: 'must be an ISO 8601 instant with offset' })
      .refine(hasFourDigitYearEverywhere, 'must lie in the years 0001–9999 in every time zone')
      .meta({
        description:
          'When the visit started, with offset; not before the support started nor 5 minutes ahead',
        example: '2026-11-20T07:00:00+01:00',
      }),
    durationMinutes: z.number().int().meta({ description: 'Minutes, 1–720 (outside: 422)', example: 120 }),
    location: visitLocationSchema.meta({
      description:
        'Where: `home`, the `family-house`, `daycare-or-school`, a `leisure` activity, `shopping`, by `phone`, or `other`',
      example: 'home',
    }),
    staffCount: z
      .union([z.literal(1), z.literal(2)])
      .meta({ description: 'Staff present: 1 or 2 (2 does not double the hours delivered)', example: 1 }),
    methods: z
      .array(visitMethodSchema)
      .min(1)
      .refine((m) => new Set(m).size === m.length, 'each method at most once')
      .meta({ description: 'What was done: at least one, each at most once' }),
    goalIds: z
      .array(localIdSchema)
      .max(50)
      .default([])
      .meta({ description: 'Goals of barnets plan the visit worked on; each must exist in the plan' }),
    note: optionalTextSchema(4000).optional().meta({
      description: 'What happened (at most 4,000 characters); never in an email',
      example: 'Morgenrutine gennemgået med mor.',
    }),
    concern: concernSchema.optional(),
  })
  .strict()
  .meta({
    id: 'Visit',
    description:
      'A visit the provider made: when, how long, where, what was done, and any concern for the child',
  });

export type Visit = z.output<typeof visitSchema>;
export type VisitInput = z.input<typeof visitSchema>;
export type VisitMethod = z.infer<typeof visitMethodSchema>;
export type VisitLocation = z.infer<typeof visitLocationSchema>;
