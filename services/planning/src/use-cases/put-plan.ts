import { type Clock, cprLikeViolations, type Plan } from '@hjemmestotte/domain';
import { PlanUpdated } from '@hjemmestotte/events';
import { notFound, type Principal, unprocessable } from '@hjemmestotte/lambda-kit';
import type { CaseAccess, PlanItem, PlanStore } from '../ports.ts';

/** PUT /v1/cases/{caseId}/plan: writes (or replaces) barnets plan (§ 91); the plan deadline is then met. */
export const putPlan = async (
  deps: { plans: PlanStore; access: CaseAccess; clock: Clock },
  principal: Principal,
  caseId: string,
  plan: Plan,
) => {
  const now = deps.clock.now();
  const c = await deps.access.facts(caseId);
  if (!c) throw notFound(`No case ${caseId}.`);
  if (c.status !== 'active') throw unprocessable([{ path: '', message: 'the case is closed' }]);
  const violations = cprLikeViolations(plan);
  if (violations.length > 0) throw unprocessable(violations);

  const item: PlanItem = {
    caseId,
    caseNumber: c.caseNumber,
    ...plan,
    updatedAt: now.toISOString(),
    updatedBy: principal.kind === 'user' ? principal.email : principal.providerId,
  };
  await deps.plans.save(
    item,
    [
      {
        definition: PlanUpdated,
        occurredAt: item.updatedAt,
        data: {
          caseId,
          caseNumber: c.caseNumber,
          goalIds: plan.goals.map((g) => g.goalId),
          updatedAt: item.updatedAt,
        },
      },
    ],
    { action: 'plan.update', principal, at: now },
  );
  return { caseId, purpose: item.purpose, goals: item.goals, updatedAt: item.updatedAt };
};
