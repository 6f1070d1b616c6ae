import { type AuditTrail, notFound, type Principal, recordRead } from '@hjemmestotte/lambda-kit';
import type { PlanStore } from '../ports.ts';
import { type ReadDeps, readableCase } from './list-follow-ups.ts';

/**
 * GET /v1/cases/{caseId}/plan: barnets plan as last written (a consistent read, so a plan just written is
 * seen), 404 while none. The read is audited before the plan is read; if it cannot be, 503 and no data.
 */
export const getPlan = async (
  deps: ReadDeps & { plans: PlanStore; audit: AuditTrail },
  principal: Principal,
  caseId: string,
) => {
  await readableCase(deps, principal, { caseId, route: 'GET /v1/cases/{caseId}/plan' });
  // Audited before the read, so asking for a plan not yet written is on the trail too.
  await recordRead(deps.audit, caseId, 'plan.read', principal, deps.clock.now());
  const plan = await deps.plans.get(caseId);
  if (!plan) throw notFound(`Case ${caseId} has no plan yet.`);
  return { caseId, purpose: plan.purpose, goals: plan.goals, updatedAt: plan.updatedAt };
};
