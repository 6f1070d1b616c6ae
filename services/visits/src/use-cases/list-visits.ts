import type { Clock } from '@hjemmestotte/domain';
import { type AuditTrail, type Principal, recordRead } from '@hjemmestotte/lambda-kit';
import type { VisitRecord, VisitStore } from '../ports.ts';
import { caseForCaller } from './case-access.ts';

/** GET /v1/cases/{caseId}/visits: the visit logs, oldest first (the sort key is the UTC start). */
export const listVisits = async (
  deps: { store: VisitStore; audit: AuditTrail; clock: Clock; timeZone: string },
  principal: Principal,
  caseId: string,
): Promise<VisitRecord[]> => {
  await caseForCaller(deps, principal, caseId, 'visit.list');
  const visits = await deps.store.list(caseId);
  await recordRead(deps.audit, caseId, 'visit.list', principal, deps.clock.now());
  return visits;
};
