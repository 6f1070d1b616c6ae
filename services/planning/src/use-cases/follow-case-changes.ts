import { firstFollowUpDueOn } from '@hjemmestotte/domain';
import {
  type AssessmentCompleted,
  type CaseClosed,
  type EventData,
  FollowUpScheduled,
  type SupportAdjusted,
} from '@hjemmestotte/events';
import type { ScheduleStore } from '../ports.ts';

/**
 * § 95 stk. 2: the investigation that ran alongside the support is completed, so an unheld first follow-up
 * is due that day if that is earlier; the investigation deadline is met. Idempotent: a repeat finds the
 * follow-up already moved and the deadline already off the agenda.
 */
export const onAssessmentCompleted = async (
  store: ScheduleStore,
  e: EventData<typeof AssessmentCompleted>,
) => {
  await store.settleDeadline(e.caseId, 'investigation', 'met');
  // Not yet scheduled: CaseOpened is still on its way, and scheduling reads the completed assessment then.
  const fu = await store.followUp(e.caseId, 'fu-1');
  if (fu?.status !== 'scheduled') return { moved: false };
  const dueOn = firstFollowUpDueOn({ startsOn: e.startsOn, investigationCompletedOn: e.completedOn });
  if (dueOn >= fu.dueOn) return { moved: false };
  const moved = await store.moveFollowUp({ ...fu, dueOn }, fu.dueOn, [
    {
      definition: FollowUpScheduled,
      data: { caseId: e.caseId, caseNumber: e.caseNumber, followUpId: fu.followUpId, kind: fu.kind, dueOn },
    },
  ]);
  return { moved };
};

/** A closed case: nothing is due any more, so nothing of it stays on the agenda (no reminders follow). */
export const onCaseClosed = async (store: ScheduleStore, e: EventData<typeof CaseClosed>) => ({
  takenOff: await store.takeOffAgenda(e.caseId),
});

/** A new expected end moves the end deadline (if still on the agenda). */
export const onSupportAdjusted = async (store: ScheduleStore, e: EventData<typeof SupportAdjusted>) => {
  if (e.expectedEndOn !== undefined) await store.moveDeadline(e.caseId, 'end', e.expectedEndOn);
};
