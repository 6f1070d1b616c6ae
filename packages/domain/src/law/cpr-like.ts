import type { RuleViolation } from './rule-violation.ts';

/** Six digits, an optional hyphen, four digits: the shape of a CPR number. No field may carry one. */
export const CPR_LIKE = /\b\d{6}-?\d{4}\b/;

/**
 * Every string in a body (at any depth) that looks like it holds a CPR number, with its dotted path.
 * Free text is where one slips in; refusing it keeps CPR numbers out of storage, logs and emails.
 */
export function cprLikeViolations(body: unknown): RuleViolation[] {
  const out: RuleViolation[] = [];
  const walk = (value: unknown, path: string[]): void => {
    if (typeof value === 'string') {
      if (CPR_LIKE.test(value)) out.push({ path: path.join('.'), message: 'must not contain a CPR number' });
    } else if (value !== null && typeof value === 'object') {
      // Arrays too: their entries are keyed by index, which is the path segment we want.
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    }
  };
  walk(body, []);
  return out;
}
