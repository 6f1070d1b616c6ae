import { type Clock, localDateOf } from '@hjemmestotte/domain';
import { type AuditTrail, notFound, type Principal, recordRead } from '@hjemmestotte/lambda-kit';
import { termsInForce, termsOf } from '@hjemmestotte/store';
import type { CaseStore, StoredCase } from '../ports.ts';
import { caseView, providerCaseView } from './case-view.ts';

/**
 * A provider sees only the cases where it is the provider in force `today` (a change of provider takes
 * effect on its date, not before); any other answers 404, as if absent (the contract's rule).
 */
export const readableCase = async (
  cases: CaseStore,
  principal: Principal,
  caseId: string,
  today: string,
): Promise<StoredCase> => {
  const stored = await cases.get(caseId);
  if (
    !stored ||
    (principal.kind === 'provider' &&
      principal.providerId !== termsInForce(termsOf(stored.item), today).providerId)
  ) {
    throw notFound(`No case ${caseId}.`);
  }
  return stored;
};

/** GET /v1/cases/{caseId}: the audit entry is written before anything is answered (503 if it cannot be). */
export const getCase = async (
  deps: { cases: CaseStore; audit: AuditTrail; clock: Clock; policy: { timeZone: string } },
  principal: Principal,
  caseId: string,
) => {
  const now = deps.clock.now();
  const today = localDateOf(now, deps.policy.timeZone);
  const { item } = await readableCase(deps.cases, principal, caseId, today);
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
