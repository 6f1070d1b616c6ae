import { type IsoDate, localDateOf } from '@hjemmestotte/domain';
import { caseReadableBy, type Principal } from '@hjemmestotte/lambda-kit';
import { type CaseItem, termsOf, termsOn } from '@hjemmestotte/store';
import type { VisitStore } from '../ports.ts';

/**
 * The case's provider on `date`, from the terms intake keeps (a change of provider takes effect on its
 * `effectiveFrom`, not when it was entered). Before the support starts, the first provider.
 */
export const providerOn = (c: CaseItem, date: IsoDate): string => {
  const terms = termsOf(c);
  return (termsOn(terms, date) ?? terms[0])?.providerId ?? c.providerId;
};

/**
 * The case, if the caller may see it: lambda-kit's one rule for every service (a provider sees the cases it
 * is the provider of today, another's answers 404 like a missing one and goes to the security log with ids
 * and the route only). `route` is the route key of the request, e.g. `GET /v1/cases/{caseId}/visits`.
 */
export const visibleCase = (
  principal: Principal,
  caseId: string,
  c: CaseItem | undefined,
  today: IsoDate,
  route: string,
): CaseItem => caseReadableBy(principal, { caseId, route }, c, today);

export interface CaseAccessDeps {
  store: Pick<VisitStore, 'getCase'>;
  clock: { now(): Date };
  timeZone: string;
}

export const caseForCaller = async (
  deps: CaseAccessDeps,
  principal: Principal,
  caseId: string,
  route: string,
): Promise<CaseItem> =>
  visibleCase(
    principal,
    caseId,
    await deps.store.getCase(caseId),
    localDateOf(deps.clock.now(), deps.timeZone),
    route,
  );
