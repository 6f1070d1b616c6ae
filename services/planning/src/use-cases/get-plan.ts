import type { Clock } from '@hjemmestotte/domain';
import { type AuditTrail, notFound, type Principal, recordRead } from '@hjemmestotte/lambda-kit';
import type { CaseAccess, PlanStore } from '../ports.ts';
import { readableCase } from './list-follow-ups.ts';

/**
 * GET /v1/cases/{caseId}/plan: barnets plan as last written (a consistent read, so a plan just written is
 * seen), 404 while none. The read is audited before the plan is read; if it cannot be, 503 and no data.
 */
export const getPlan = async (
  deps: { plans: PlanStore; access: CaseAccess; audit: AuditTrail; clock: Clock },
  principal: Principal,
  caseId: string,
) => {
  await readableCase(deps.access, principal, caseId);
  // Audited before the read, so asking for a plan not yet written is on the trail too.
  await recordRead(deps.audit, caseId, 'plan.read', principal, deps.clock.now());
  const plan = await deps.plans.get(caseId);
  if (!plan) throw notFound(`Case ${caseId} has no plan yet.`);
  return { caseId, purpose: plan.purpose, goals: plan.goals, updatedAt: plan.updatedAt };
};
