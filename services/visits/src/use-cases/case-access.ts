import { type IsoDate, localDateOf } from '@hjemmestotte/domain';
import { logger, notFound, type Principal } from '@hjemmestotte/lambda-kit';
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
 * The case, if the caller may see it. A provider sees the cases it is the provider of today; another
 * provider's case answers exactly like a missing one (404), so a provider cannot even learn which case ids
 * exist. User roles are checked by the route table.
 */
export const visibleCase = (
  principal: Principal,
  caseId: string,
  c: CaseItem | undefined,
  today: IsoDate,
  action: string,
): CaseItem => {
  if (principal.kind === 'provider' && c && principal.providerId !== providerOn(c, today)) {
    // A provider asking for a case that exists but is not its own: a probe or a stale system. The security
    // log gets ids only (never a name or anything of the case), the caller the same 404 as a missing case.
    logger.warn('case refused to provider', {
      security: 'case-refused',
      action,
      caseId,
      providerId: principal.providerId,
      clientId: principal.clientId,
    });
    throw notFound(`No case ${caseId}.`);
  }
  if (!c) throw notFound(`No case ${caseId}.`);
  return c;
};

export interface CaseAccessDeps {
  store: Pick<VisitStore, 'getCase'>;
  clock: { now(): Date };
  timeZone: string;
}

export const caseForCaller = async (
  deps: CaseAccessDeps,
  principal: Principal,
  caseId: string,
  action: string,
): Promise<CaseItem> =>
  visibleCase(
    principal,
    caseId,
    await deps.store.getCase(caseId),
    localDateOf(deps.clock.now(), deps.timeZone),
    action,
  );
