import * as z from 'zod';
import { assessmentSchema } from './assessment.ts';
import { emailSchema, isoDateSchema, providerIdSchema, textSchema } from './common.ts';
import { hoursSchema } from './numbers.ts';

/**
 * A case number as the municipality's case system knows it, whatever the case of its letters: `ab-1`
 * and `AB-1` are one case. Used for uniqueness (the `CASENO#` key) and for finding a case by number;
 * the case keeps the spelling it was registered with, because the case link template puts it into the
 * case system's URL, which may care.
 */
export const normaliseCaseNumber = (caseNumber: string): string =>
  caseNumber.normalize('NFC').trim().toUpperCase();

export const caseNumberSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/, 'must be 1–64 letters, digits or . _ / -')
  .meta({ example: 'NYB-2026-0142' });

// A first name and a birth date only: no CPR number is ever taken (see the contract).
export const childSchema = z
  .object({
    firstName: textSchema(100).meta({
      description: 'The child’s first name (1–100 characters)',
      example: 'Ida',
    }),
    birthDate: isoDateSchema.meta({
      description: 'Under 18 on `startsOn` (under 3 for `home-pedagogue`), not in the future',
      example: '2025-03-14',
    }),
  })
  .strict()
  .meta({
    id: 'Child',
    description: 'A child of the family: a first name and a birth date, never a CPR number',
  });

export const programSchema = z.enum(['home-support', 'home-pedagogue']);

/**
 * POST /v1/cases. Only shape here (→ 400); the rules of the law (→ 422) are in
 * law/case-registration-rules.ts, so a 400 always means "the client sent the wrong kind of thing".
 */
export const caseRegistrationSchema = z
  .object({
    caseNumber: caseNumberSchema,
    caseworkerEmail: emailSchema,
    teamLeaderEmail: emailSchema.optional(),
    children: z.array(childSchema).min(1).max(10),
    legalBasis: textSchema(200).meta({ example: 'Barnets Lov § 32, stk. 1, nr. 2' }),
    program: programSchema,
    assessment: assessmentSchema,
    decidedOn: isoDateSchema,
    startsOn: isoDateSchema,
    expectedEndOn: isoDateSchema,
    hoursPerWeek: hoursSchema,
    providerId: providerIdSchema,
    planRequired: z.boolean(),
    purpose: textSchema(2000),
  })
  .strict()
  .meta({ id: 'CaseRegistration' });

export type CaseRegistration = z.infer<typeof caseRegistrationSchema>;
export type Child = z.infer<typeof childSchema>;
export type Program = z.infer<typeof programSchema>;
