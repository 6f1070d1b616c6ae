import type { Principal } from '@hjemmestotte/lambda-kit';
import { forbidden } from '@hjemmestotte/lambda-kit';
import type { VisitStore } from '../ports.ts';

/** GET /v1/provider/cases: the caller's active cases, with what a provider needs to plan visits. */
export const providerCases = async (store: VisitStore, principal: Principal) => {
  if (principal.kind !== 'provider') throw forbidden();
  const cases = await store.activeCasesOf(principal.providerId);
  return cases.map((c) => ({
    caseId: c.caseId,
    caseNumber: c.caseNumber,
    program: c.program,
    startsOn: c.startsOn,
    expectedEndOn: c.expectedEndOn,
    hoursPerWeek: c.hoursPerWeek,
  }));
};
