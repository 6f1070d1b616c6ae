import * as z from 'zod';
import { emailSchema, providerIdSchema, textSchema } from './common.ts';

export const providerSchema = z
  .object({
    providerId: providerIdSchema,
    name: textSchema(200),
    contactEmail: emailSchema,
  })
  .strict()
  .meta({ id: 'Provider' });

export type Provider = z.infer<typeof providerSchema>;
