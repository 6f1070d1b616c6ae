import type { Clock } from '@hjemmestotte/domain';
import { type AuditTrail, type Principal, recordRead } from '@hjemmestotte/lambda-kit';
import type { CaseStore } from '../ports.ts';
import { readableCase } from './get-case.ts';

/** GET /v1/cases/{caseId}/audit (team leader): reading the trail is itself recorded, then listed. */
export const getAudit = async (
  deps: { cases: CaseStore; audit: AuditTrail; clock: Clock },
  principal: Principal,
  caseId: string,
) => {
  await readableCase(deps.cases, principal, caseId);
  await recordRead(deps.audit, caseId, 'audit.read', principal, deps.clock.now());
  const entries = await deps.audit.list(caseId);
  return entries.sort((a, b) => a.at.localeCompare(b.at));
};
