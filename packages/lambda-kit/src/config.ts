import * as z from 'zod';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Parses the environment once, at load. A missing or malformed variable stops the cold start with its name:
 * no placeholder defaults that would hide a wiring mistake.
 */
export const loadConfig = <S extends z.ZodRawShape>(shape: S, env: NodeJS.ProcessEnv = process.env) => {
  const parsed = z.object(shape).safeParse(env);
  if (!parsed.success) {
    const names = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`configuration invalid: ${names}`);
  }
  return parsed.data;
};

const json = <T extends z.ZodType>(schema: T) =>
  z.string().transform((s, ctx) => {
    try {
      return schema.parse(JSON.parse(s)) as z.infer<T>;
    } catch (e) {
      ctx.addIssue({ code: 'custom', message: `not valid JSON for its schema: ${(e as Error).message}` });
      return z.NEVER;
    }
  });

/** Reusable variable shapes, matching the bindings in packages/wiring. */
export const env = {
  table: z.string().min(3),
  url: z.url(),
  email: z.email(),
  json,
};
