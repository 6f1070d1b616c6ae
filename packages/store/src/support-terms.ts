import { addDays, compareDates, type IsoDate } from '@hjemmestotte/domain';

/**
 * The granted support over time: from which day which hours per week and which provider apply. Intake
 * writes it on the case item (`terms`, sorted by `from`); visits (who may log a visit on a date, delivery
 * figures), reminders (who gets status-report requests) and supervision (hours granted per day) read it
 * through the helpers below, never the case item's top-level `hoursPerWeek`/`providerId` (those only say
 * what was in force when the item was last written).
 *
 * One type for writer and reader: the earlier mismatch (intake wrote `after`/`effectiveFrom` on history
 * items, visits read `changes`/`effectiveOn`) made a 6 → 12 h change double every past week.
 */
export interface SupportTerm {
  /** The first day (Europe/Copenhagen civil date) these terms apply. */
  from: IsoDate;
  hoursPerWeek: number;
  providerId: string;
}

/** A period of one set of terms: `to` is the last day it applies (inclusive), absent while open-ended. */
export interface SupportPeriod extends SupportTerm {
  to?: IsoDate;
}

/** The fields of the case item the helpers need (a CaseItem has them all). */
export interface TermsSource {
  startsOn: IsoDate;
  hoursPerWeek: number;
  providerId: string;
  terms?: readonly SupportTerm[] | undefined;
}

/**
 * The case's terms, oldest first. Items written before `terms` existed (the demo seed's shape up to now)
 * get one period from `startsOn` with the top-level values, which were then applied at once.
 */
export const termsOf = (c: TermsSource): SupportTerm[] =>
  normaliseTerms(
    c.terms && c.terms.length > 0
      ? c.terms
      : [{ from: c.startsOn, hoursPerWeek: c.hoursPerWeek, providerId: c.providerId }],
  );

/**
 * Sorted by `from`; of several changes on one day the last one written wins (a stable sort keeps the
 * write order, then later entries replace earlier ones of the same day).
 */
export const normaliseTerms = (terms: readonly SupportTerm[]): SupportTerm[] => {
  const byDay = new Map<string, SupportTerm>();
  for (const t of [...terms].sort((a, b) => compareDates(a.from, b.from))) byDay.set(t.from, { ...t });
  return [...byDay.values()];
};

/**
 * The terms in force on `date`, or undefined before the first period. A change dated before the support
 * started applies from the start (the first period covers everything up to the next change).
 */
export const termsOn = (terms: readonly SupportTerm[], date: IsoDate): SupportTerm | undefined => {
  let found: SupportTerm | undefined;
  for (const t of normaliseTerms(terms)) {
    if (compareDates(t.from, date) <= 0) found = t;
    else break;
  }
  return found;
};

/**
 * The periods that overlap `[from, to]` (both inclusive), each clipped to that window: what supervision
 * multiplies by days, and what the byProvider assignments are written from.
 */
export const termsBetween = (terms: readonly SupportTerm[], from: IsoDate, to: IsoDate): SupportPeriod[] => {
  const sorted = normaliseTerms(terms);
  const out: SupportPeriod[] = [];
  for (const [i, t] of sorted.entries()) {
    const next = sorted[i + 1];
    const end = next ? addDays(next.from, -1) : undefined;
    if (end !== undefined && compareDates(end, from) < 0) continue;
    if (compareDates(t.from, to) > 0) break;
    out.push({
      ...t,
      from: compareDates(t.from, from) < 0 ? from : t.from,
      to: end === undefined || compareDates(end, to) > 0 ? to : end,
    });
  }
  return out;
};

/**
 * The whole history as periods (the last open-ended): one per change of provider or hours, for writing the
 * provider assignments.
 */
export const periodsOf = (terms: readonly SupportTerm[]): SupportPeriod[] => {
  const sorted = normaliseTerms(terms);
  return sorted.map((t, i) => {
    const next = sorted[i + 1];
    return next ? { ...t, to: addDays(next.from, -1) } : { ...t };
  });
};

/**
 * Adds a change from `from`: earlier periods stay, any period from that day on is replaced (a change
 * dated before the start applies from the start). Fields not given keep the value in force on `from`.
 */
export const withChange = (
  terms: readonly SupportTerm[],
  from: IsoDate,
  change: { hoursPerWeek?: number | undefined; providerId?: string | undefined },
  startsOn: IsoDate,
): SupportTerm[] => {
  const day = compareDates(from, startsOn) < 0 ? startsOn : from;
  const sorted = normaliseTerms(terms);
  const base = termsOn(sorted, day) ?? sorted[0];
  if (!base) throw new Error('a case always has terms');
  const changed: SupportTerm = {
    from: day,
    hoursPerWeek: change.hoursPerWeek ?? base.hoursPerWeek,
    providerId: change.providerId ?? base.providerId,
  };
  // Later scheduled periods keep their own values for what this change does not set, but a field this
  // change sets applies to them too: a caseworker changing the hours from 1 March means "from then on".
  const later = sorted
    .filter((t) => compareDates(t.from, day) > 0)
    .map((t) => ({
      ...t,
      ...(change.hoursPerWeek !== undefined ? { hoursPerWeek: change.hoursPerWeek } : {}),
      ...(change.providerId !== undefined ? { providerId: change.providerId } : {}),
    }));
  return normaliseTerms([...sorted.filter((t) => compareDates(t.from, day) < 0), changed, ...later]);
};

/** The terms in force on `date`; before the support starts, its first terms (who is about to do the work). */
export const termsInForce = (terms: readonly SupportTerm[], date: IsoDate): SupportTerm => {
  const found = termsOn(terms, date) ?? normaliseTerms(terms)[0];
  if (!found) throw new Error('a case always has terms');
  return found;
};
