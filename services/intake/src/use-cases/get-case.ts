import { type Clock, localDateOf } from '@hjemmestotte/domain';
import {
  type AuditTrail,
  type CaseRequest,
  caseReadableBy,
  type Principal,
  recordRead,
} from '@hjemmestotte/lambda-kit';
import type { CaseStore, StoredCase } from '../ports.ts';
import { caseView, providerCaseView } from './case-view.ts';

/**
 * A provider sees only the cases where it is the provider in force `today` (a change of provider takes
 * effect on its date, not before); any other answers 404, as if absent (the contract's rule), and is
 * recorded in the security log (lambda-kit's `caseReadableBy`). `route` is the request's route key.
 */
export const readableCase = async (
  cases: CaseStore,
  principal: Principal,
  request: CaseRequest,
  today: string,
): Promise<StoredCase> => {
  const stored = await cases.get(request.caseId);
  caseReadableBy(principal, request, stored?.item, today);
  // caseReadableBy threw for a missing case.
  return stored as StoredCase;
};

/** GET /v1/cases/{caseId}: the audit entry is written before anything is answered (503 if it cannot be). */
export const getCase = async (
  deps: { cases: CaseStore; audit: AuditTrail; clock: Clock; policy: { timeZone: string } },
  principal: Principal,
  caseId: string,
) => {
  const now = deps.clock.now();
  const today = localDateOf(now, deps.policy.timeZone);
  const { item } = await readableCase(
    deps.cases,
    principal,
    { caseId, route: 'GET /v1/cases/{caseId}' },
    today,
  );
  await recordRead(deps.audit, caseId, 'case.read', principal, now);
  if (principal.kind === 'provider') {
    const [followUps, goals] = await Promise.all([
      deps.cases.followUps(caseId),
      deps.cases.planGoals(caseId),
    ]);
    return providerCaseView(item, followUps, today, goals);
  }
  const [followUps, history] = await Promise.all([deps.cases.followUps(caseId), deps.cases.history(caseId)]);
  return caseView(item, followUps, today, history);
};
