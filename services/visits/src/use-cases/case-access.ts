import { notFound, type Principal } from '@hjemmestotte/lambda-kit';
import type { CaseItem } from '@hjemmestotte/store';
import type { VisitStore } from '../ports.ts';

/**
 * The case, if the caller may see it. Another provider's case answers exactly like a missing one (404), so a
 * provider cannot even learn which case ids exist. User roles are checked by the route table.
 */
export const visibleCase = (principal: Principal, caseId: string, c: CaseItem | undefined): CaseItem => {
  if (!c || (principal.kind === 'provider' && principal.providerId !== c.providerId)) {
    throw notFound(`No case ${caseId}.`);
  }
  return c;
};

export const caseForCaller = async (
  store: Pick<VisitStore, 'getCase'>,
  principal: Principal,
  caseId: string,
): Promise<CaseItem> => visibleCase(principal, caseId, await store.getCase(caseId));
