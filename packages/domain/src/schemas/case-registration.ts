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

export const programSchema = z.enum(['home-support', 'home-pedagogue']).meta({
  description:
    '`home-support`: practical and pedagogical support in the home (Barnets Lov § 32, stk. 1, nr. 2); `home-pedagogue`: a hjemmepædagogisk forløb for a child under 3, at most 40 weeks',
  example: 'home-support',
});

/**
 * POST /v1/cases. Only shape here (→ 400); the rules of the law (→ 422) are in
 * law/case-registration-rules.ts, so a 400 always means "the client sent the wrong kind of thing".
 */
export const caseRegistrationSchema = z
  .object({
    caseNumber: caseNumberSchema.meta({
      description:
        'The case’s number in the municipality’s case system: 1–64 letters, digits or . _ / -, unique whatever the case of its letters (a second: 409)',
    }),
    caseworkerEmail: emailSchema.meta({
      description: 'The responsible caseworker’s work address: gets the reminders',
      example: 'sagsbehandler@kommune.example',
    }),
    teamLeaderEmail: emailSchema.optional().meta({
      description: 'The team leader told of missed follow-ups; the municipality’s default when left out',
      example: 'teamleder@kommune.example',
    }),
    children: z
      .array(childSchema)
      .min(1)
      .max(10)
      .meta({ description: '1–10 children of the family the decision covers' }),
    legalBasis: textSchema(200).meta({
      description: 'The provision the decision rests on, as written in it (1–200 characters)',
      example: 'Barnets Lov § 32, stk. 1, nr. 2',
    }),
    program: programSchema,
    assessment: assessmentSchema,
    decidedOn: isoDateSchema.meta({
      description: 'The day of the decision (a completed assessment is on or before it)',
      example: '2026-11-02',
    }),
    startsOn: isoDateSchema.meta({
      description:
        'The day the support starts: not before `decidedOn`; the first follow-up is due 3 calendar months later',
      example: '2026-11-09',
    }),
    expectedEndOn: isoDateSchema.meta({
      description:
        'The expected end the decision states: after `startsOn` (for `home-pedagogue` at most 40 weeks after)',
      example: '2027-06-30',
    }),
    hoursPerWeek: hoursSchema.meta({
      description: 'Hours granted per week, to the hundredth: more than 0 and at most 91 (outside: 422)',
      example: 6,
    }),
    providerId: providerIdSchema,
    planRequired: z.boolean().meta({
      description: 'Whether barnets plan (§ 91) is required: then it is due 3 months after `decidedOn`',
      example: true,
    }),
    purpose: textSchema(2000).meta({
      description: 'The purpose of the support as the decision states it (1–2,000 characters)',
      example: 'Forældrene bliver i stand til at skabe en forudsigelig hverdag.',
    }),
  })
  .strict()
  .meta({
    id: 'CaseRegistration',
    description:
      'A decision granting support (Barnets Lov § 32, stk. 1, nr. 2): who, why, how much, from when, by which provider; never a CPR number',
  });

export type CaseRegistration = z.infer<typeof caseRegistrationSchema>;
export type Child = z.infer<typeof childSchema>;
export type Program = z.infer<typeof programSchema>;
