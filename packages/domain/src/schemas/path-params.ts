import * as z from 'zod';
import { localIdSchema, providerIdSchema } from './common.ts';

/** Case ids are minted by intake with crypto.randomUUID(): anything else names no case. */
export const caseIdSchema = z.uuid({ error: 'must be a case id (a UUID)' }).meta({
  example: '3f0c2d4e-8a51-4c1b-9e7f-2b6d5a8c9e10',
});

/** Follow-up ids are minted by planning (`fu-1`, `fu-2`, …); bounded like any id chosen inside a case. */
export const followUpIdSchema = localIdSchema.meta({ example: 'fu-1' });

/**
 * The format of every path parameter, by name, checked once at the HTTP edge: a parameter that cannot
 * name anything is "not found" before any database call (a 2,100-character caseId used to reach
 * DynamoDB's 2,048-byte key limit and answer 500).
 */
export const pathParamSchemas: Readonly<Record<string, z.ZodType<string>>> = {
  caseId: caseIdSchema,
  followUpId: followUpIdSchema,
  providerId: providerIdSchema,
};

/** For a parameter not named above: short, URL-safe, never empty. */
export const anyPathParamSchema = z
  .string()
  .regex(/^[A-Za-z0-9._~-]{1,128}$/, 'must be 1–128 letters, digits or . _ ~ -');
