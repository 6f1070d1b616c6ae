import type { Clock } from '@hjemmestotte/domain';
import { type AuditTrail, notFound, type Principal, recordRead } from '@hjemmestotte/lambda-kit';
import type { CaseStore, StoredCase } from '../ports.ts';
import { caseView } from './case-view.ts';

/** A provider sees only its own cases; any other answers 404, as if absent (the contract's rule). */
export const readableCase = async (
  cases: CaseStore,
  principal: Principal,
  caseId: string,
): Promise<StoredCase> => {
  const stored = await cases.get(caseId);
  if (!stored || (principal.kind === 'provider' && principal.providerId !== stored.item.providerId)) {
    throw notFound(`No case ${caseId}.`);
  }
  return stored;
};

/** GET /v1/cases/{caseId}. */
export const getCase = async (
  deps: { cases: CaseStore; audit: AuditTrail; clock: Clock },
  principal: Principal,
  caseId: string,
) => {
  const { item } = await readableCase(deps.cases, principal, caseId);
  await recordRead(deps.audit, caseId, 'case.read', principal, deps.clock.now());
  const [followUps, history] = await Promise.all([deps.cases.followUps(caseId), deps.cases.history(caseId)]);
  return caseView(item, followUps, history);
};
