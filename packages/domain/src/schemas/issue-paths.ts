import type * as z from 'zod';
import type { RuleViolation } from '../law/rule-violation.ts';

/**
 * Zod issues as the contract's `errors: [{path, message}]`, paths dotted like `children.0.birthDate`.
 * An unknown field is reported at its own path (`children.0.cpr`), not at the object holding it, so the
 * caller sees which field to remove.
 */
export function schemaViolations(error: z.ZodError): RuleViolation[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...path, key].join('.'), message: 'unknown field' }));
    }
    return [{ path: path.join('.'), message: issue.message }];
  });
}
