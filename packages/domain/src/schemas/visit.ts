import * as z from 'zod';
import { localIdSchema, textSchema } from './common.ts';

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

export const concernSchema = z
  .object({
    level: z.enum(['acute', 'non-acute']),
    note: textSchema(4000),
  })
  .strict();

/**
 * POST /v1/cases/{caseId}/visits. `durationMinutes` is only a whole number here: 1–720 is a rule of the
 * contract (422), checked in law/visit-rules.ts with the other rules that need the case.
 */
export const visitSchema = z
  .object({
    // An offset is required: a bare local time is ambiguous in the October daylight-saving hour.
    startedAt: z.iso.datetime({ offset: true, error: 'must be an ISO 8601 instant with offset' }),
    durationMinutes: z.number().int(),
    location: visitLocationSchema,
    staffCount: z.union([z.literal(1), z.literal(2)]),
    methods: z
      .array(visitMethodSchema)
      .min(1)
      .refine((m) => new Set(m).size === m.length, 'each method at most once'),
    goalIds: z.array(localIdSchema).max(50).default([]),
    note: z.string().max(4000).optional(),
    concern: concernSchema.optional(),
  })
  .strict()
  .meta({ id: 'Visit' });

export type Visit = z.output<typeof visitSchema>;
export type VisitInput = z.input<typeof visitSchema>;
export type VisitMethod = z.infer<typeof visitMethodSchema>;
export type VisitLocation = z.infer<typeof visitLocationSchema>;
