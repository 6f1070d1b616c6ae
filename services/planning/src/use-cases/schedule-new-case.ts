import { type Assessment, firstFollowUpDueOn, investigationDueOn, planDueOn } from '@hjemmestotte/domain';
import { type CaseOpened, type EventData, FollowUpScheduled } from '@hjemmestotte/events';
import type { CaseAccess, DeadlineItem, FollowUpItem, PlanStore, ScheduleStore } from '../ports.ts';

export interface ScheduleNewCaseDeps {
  store: ScheduleStore;
  access: CaseAccess;
  plans: PlanStore;
}

const assessmentOf = (a: EventData<typeof CaseOpened>['assessment']): Assessment =>
  a.status === 'completed'
    ? { kind: 'investigation', status: 'completed', completedOn: a.completedOn ?? '' }
    : { kind: 'investigation', status: 'ongoing', startedOn: a.startedOn ?? '' };

/**
 * On CaseOpened: the first follow-up (§ 95 stk. 2), the plan deadline (§ 91) when a plan is required, the
 * investigation deadline (§ 20 stk. 3) when one runs alongside, and the expected end. Idempotent.
 *
 * Events may arrive out of order, so the case as it stands now wins over the event: an investigation
 * already recorded completed, a changed expected end, a plan already written or a case already closed
 * are taken into account.
 */
export const scheduleNewCase = async (deps: ScheduleNewCaseDeps, c: EventData<typeof CaseOpened>) => {
  const now = await deps.access.facts(c.caseId);
  if (now?.status === 'closed') return { created: false, followUp: undefined };
  const assessment = now?.assessment ?? assessmentOf(c.assessment);
  const ref = { caseId: c.caseId, caseNumber: c.caseNumber };
  const followUp: FollowUpItem = {
    ...ref,
    followUpId: 'fu-1',
    kind: 'first',
    dueOn: firstFollowUpDueOn({ startsOn: c.startsOn, assessment }),
    status: 'scheduled',
  };
  const deadlines: DeadlineItem[] = [
    { ...ref, kind: 'end', dueOn: now?.expectedEndOn ?? c.expectedEndOn, status: 'open' },
  ];
  if (c.planRequired) {
    const written = await deps.plans.exists(c.caseId);
    deadlines.push({ ...ref, kind: 'plan', dueOn: planDueOn(c.decidedOn), status: written ? 'met' : 'open' });
  }
  const started = c.assessment.startedOn;
  if (c.assessment.status === 'ongoing' && started) {
    const status = assessment.status === 'ongoing' ? 'open' : 'met';
    deadlines.push({ ...ref, kind: 'investigation', dueOn: investigationDueOn(started), status });
  }
  const created = await deps.store.createInitial(followUp, deadlines, [
    {
      definition: FollowUpScheduled,
      data: { ...ref, followUpId: followUp.followUpId, kind: followUp.kind, dueOn: followUp.dueOn },
    },
  ]);
  return { created, followUp };
};
