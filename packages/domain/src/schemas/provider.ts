import * as z from 'zod';
import { emailSchema, providerIdSchema, textSchema } from './common.ts';

export const providerSchema = z
  .object({
    providerId: providerIdSchema,
    name: textSchema(200).meta({
      description: 'The provider’s name (1–200 characters)',
      example: 'Hjemmebasen ApS',
    }),
    contactEmail: emailSchema.meta({
      description: 'Where the provider is told of requests for status letters',
      example: 'kontakt@hjemmebasen.example',
    }),
  })
  .strict()
  .meta({ id: 'Provider', description: 'A provider of home support' });

export type Provider = z.infer<typeof providerSchema>;

/**
 * PATCH /v1/providers/{providerId} (admin): `active: false` deactivates (no new cases, no more mail), `true`
 * takes it back; `name` and `contactEmail` edit. At least one field.
 */
export const providerChangeSchema = z
  .object({
    active: z.boolean().optional().meta({
      description:
        '`false` deactivates the provider (no new cases, no more status-letter requests); `true` takes it back',
      example: false,
    }),
    name: textSchema(200).optional().meta({
      description: 'The provider’s new name (1–200 characters)',
      example: 'Hjemmebasen ApS',
    }),
    contactEmail: emailSchema.optional().meta({
      description: 'Where the provider is told of requests for status letters from now on',
      example: 'kontakt@hjemmebasen.example',
    }),
  })
  .strict()
  .refine((c) => c.active !== undefined || c.name !== undefined || c.contactEmail !== undefined, {
    message: 'give at least one of active, name, contactEmail',
    path: [],
  })
  .meta({
    id: 'ProviderChange',
    description: 'A change of a provider: deactivate or reactivate it, or edit its name or contact address',
  });

export type ProviderChange = z.infer<typeof providerChangeSchema>;
