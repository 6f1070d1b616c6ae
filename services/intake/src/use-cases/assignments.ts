import type { CaseItem } from '@hjemmestotte/store';
import { assignmentSummaryOf, periodsOf, termsOf } from '@hjemmestotte/store';
import type { Assignments } from '../ports.ts';

/**
 * The provider assignments (store/provider-assignments.ts) of `next`, and those of `previous` that no
 * longer exist. Every change rewrites them all: they copy the list's fields (expected end, hours).
 */
export const assignmentsFor = (next: CaseItem, previous?: CaseItem): Assignments => {
  const periods = periodsOf(termsOf(next));
  const froms = new Set(periods.map((p) => p.from));
  return {
    summary: assignmentSummaryOf(next),
    periods,
    removeFroms: previous
      ? periodsOf(termsOf(previous))
          .map((p) => p.from)
          .filter((f) => !froms.has(f))
      : [],
  };
};

/** On close: every assignment goes, so the case leaves every provider's list at once. */
export const noAssignments = (previous: CaseItem): Assignments => ({
  ...assignmentsFor(previous),
  periods: [],
  removeFroms: periodsOf(termsOf(previous)).map((p) => p.from),
});
