import * as z from 'zod';

export { isoDateSchema } from '../calendar/civil-date.ts';

export const providerIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'must be 2–63 lowercase letters, digits or hyphens')
  .meta({
    id: 'ProviderId',
    description: 'A provider’s id, chosen by the municipality: 2–63 lowercase letters, digits or hyphens',
    example: 'hjemmebasen',
  });

export const emailSchema = z.email({ error: 'must be an email address' }).max(254);

/** Identifiers the caller chooses inside a case (goals, sub-goals). */
export const localIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'must be 1–64 letters, digits, dots, underscores or hyphens');

// Characters that show nothing: white space, format characters (Cf: zero-width space and joiners, BOM,
// bidi controls) and the fillers that render blank though they are letters or symbols.
const INVISIBLE = /[\p{White_Space}\p{Cf}\u115F\u1160\u2800\u3164\uFFA0]/gu;
// Control characters other than tab, line feed and carriage return have no place in text a person wrote.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

// Without the u flag a regex sees UTF-16 code units, so a half of a surrogate pair can be found alone.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when something would show: `"\u200b\u200b"` is no first name. */
export const hasVisibleText = (s: string) => s.replace(INVISIBLE, '').length > 0;

/**
 * A string that must carry some text. Refused rather than cleaned: blank or invisible-only text, control
 * characters and broken UTF-16 (a lone surrogate). Nothing is stripped from what is kept, because a
 * zero-width joiner inside a name or an emoji is part of it.
 */
/**
 * A string a person may leave empty (a visit's note), with the same refusals as `textSchema` for what has no
 * place in written text: control characters and broken UTF-16.
 */
export function optionalTextSchema(max: number) {
  return z
    .string()
    .max(max)
    .refine((s) => !LONE_SURROGATE.test(s), {
      message: 'must be well-formed Unicode (no lone surrogates)',
      abort: true,
    })
    .refine((s) => !CONTROL.test(s), 'must not contain control characters');
}

export function textSchema(max: number) {
  return z
    .string()
    .min(1, { abort: true })
    .max(max)
    .refine((s) => !LONE_SURROGATE.test(s), {
      message: 'must be well-formed Unicode (no lone surrogates)',
      abort: true,
    })
    .refine((s) => !CONTROL.test(s), { message: 'must not contain control characters', abort: true })
    .refine(hasVisibleText, 'must not be blank (spaces and invisible characters do not count)');
}
