import { describe, expect, it } from 'vitest';
import { clone, registration } from '../../test/fixtures.ts';
import { caseChangeSchema } from './case-change.ts';
import { caseRegistrationSchema } from './case-registration.ts';
import { schemaViolations } from './issue-paths.ts';
import { hasAtMostDecimals } from './numbers.ts';

const refusedPaths = (r: ReturnType<typeof caseChangeSchema.safeParse>) =>
  r.success ? [] : schemaViolations(r.error).map((v) => v.path);

describe('hours to the hundredth', () => {
  // The red team's numbers: each made DynamoDB refuse the write (a 500) before this bound.
  it.each([5e-324, 1e-131, 1e-200, 0.001, 6.125, 91.0001])(
    'refuses hoursPerWeek %s in a registration and in a change (400, naming the field)',
    (hours) => {
      const reg = { ...clone(registration), hoursPerWeek: hours };
      expect(refusedPaths(caseRegistrationSchema.safeParse(reg))).toEqual(['hoursPerWeek']);
      expect(refusedPaths(caseChangeSchema.safeParse({ hoursPerWeek: hours }))).toEqual(['hoursPerWeek']);
    },
  );

  it.each([0.01, 0.07, 0.25, 6, 37.5, 90.99, 91])('accepts hoursPerWeek %s', (hours) => {
    expect(refusedPaths(caseChangeSchema.safeParse({ hoursPerWeek: hours }))).toEqual([]);
  });

  it('leaves the range (0, 91] to the 422 rule: whole numbers outside it pass the schema', () => {
    for (const hours of [0, -1, 92, 1e308]) {
      expect(refusedPaths(caseChangeSchema.safeParse({ hoursPerWeek: hours }))).toEqual([]);
    }
  });

  it('counts decimals as written, whatever the float error of the value', () => {
    expect([0.1 + 0.2, 1 / 3, Number.NaN, Number.POSITIVE_INFINITY].map(hasAtMostDecimals(2))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect([0.3, 1.33, 1e21].map(hasAtMostDecimals(2))).toEqual([true, true, true]);
  });
});
