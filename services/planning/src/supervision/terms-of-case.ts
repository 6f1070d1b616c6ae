import { compareDates, type IsoDate, maxDate } from '@hjemmestotte/domain';
import type { Term } from './case-state.ts';

interface CaseFields {
  startsOn: IsoDate;
  hoursPerWeek: number;
  providerId: string;
  terms?: Term[];
}
interface HistoryFields {
  effectiveFrom: IsoDate;
  revision: number;
  before?: { hoursPerWeek?: number; providerId?: string };
  after?: { hoursPerWeek?: number; providerId?: string };
}

/**
 * The terms of a case: the case item's own `terms` when intake writes them; otherwise rebuilt from its
 * history items (each change applies from its `effectiveFrom`, a change dated before the start from the
 * start, and replaces what was planned from that day on), since the item's top-level hours and provider
 * are only the values last written.
 */
export const termsOfCase = (c: CaseFields, history: readonly HistoryFields[]): Term[] => {
  if (c.terms && c.terms.length > 0)
    return c.terms.map(({ from, hoursPerWeek, providerId }) => ({ from, hoursPerWeek, providerId }));
  const changes = [...history]
    .filter((h) => h.after?.hoursPerWeek !== undefined || h.after?.providerId !== undefined)
    .sort((a, b) => a.revision - b.revision);
  const firstHours = changes.find((h) => h.after?.hoursPerWeek !== undefined)?.before?.hoursPerWeek;
  const firstProvider = changes.find((h) => h.after?.providerId !== undefined)?.before?.providerId;
  let terms: Term[] = [
    {
      from: c.startsOn,
      hoursPerWeek: firstHours ?? c.hoursPerWeek,
      providerId: firstProvider ?? c.providerId,
    },
  ];
  for (const h of changes) {
    const day = maxDate(h.effectiveFrom, c.startsOn);
    const base = [...terms].reverse().find((t) => compareDates(t.from, day) <= 0) ?? terms[0];
    if (!base) continue;
    const changed: Term = {
      from: day,
      hoursPerWeek: h.after?.hoursPerWeek ?? base.hoursPerWeek,
      providerId: h.after?.providerId ?? base.providerId,
    };
    terms = [...terms.filter((t) => compareDates(t.from, day) < 0), changed];
  }
  return terms;
};
