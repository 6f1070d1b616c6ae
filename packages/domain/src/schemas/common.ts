import { z } from 'zod';

export { isoDateSchema } from '../calendar/civil-date.ts';

export const providerIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'must be 2–63 lowercase letters, digits or hyphens')
  .meta({ id: 'ProviderId', example: 'hjemmebasen' });

export const emailSchema = z.email({ error: 'must be an email address' }).max(254);

/** Identifiers the caller chooses inside a case (goals, sub-goals). */
export const localIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'must be 1–64 letters, digits, dots, underscores or hyphens');

/** A string that must carry some text: blank-only strings say nothing and are refused. */
export function textSchema(max: number) {
  return z
    .string()
    .min(1, { abort: true })
    .max(max)
    .refine((s) => s.trim().length > 0, 'must not be blank');
}
