import { type Clock, localDateOf } from '@hjemmestotte/domain';
import { type AuditTrail, type Principal, recordRead } from '@hjemmestotte/lambda-kit';
import type { CaseStore } from '../ports.ts';
import { readableCase } from './get-case.ts';

/** GET /v1/cases/{caseId}/audit (team leader): reading the trail is itself recorded, then listed. */
export const getAudit = async (
  deps: { cases: CaseStore; audit: AuditTrail; clock: Clock; policy: { timeZone: string } },
  principal: Principal,
  caseId: string,
) => {
  const now = deps.clock.now();
  await readableCase(
    deps.cases,
    principal,
    { caseId, route: 'GET /v1/cases/{caseId}/audit' },
    localDateOf(now, deps.policy.timeZone),
  );
  await recordRead(deps.audit, caseId, 'audit.read', principal, now);
  const entries = await deps.audit.list(caseId);
  return entries.sort((a, b) => a.at.localeCompare(b.at));
};
