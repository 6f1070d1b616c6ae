import {
  type Clock,
  cprLikeViolations,
  type FollowUpHeld,
  followUpHeldViolations,
  followUpIntervalAfter,
  localDateOf,
  type MunicipalityPolicy,
  nextFollowUpDueOn,
} from '@hjemmestotte/domain';
import {
  FollowUpHeld as FollowUpHeldEvent,
  FollowUpScheduled,
  type OutgoingEvent,
} from '@hjemmestotte/events';
import { conflict, notFound, type Principal, unprocessable } from '@hjemmestotte/lambda-kit';
import type { CaseAccess, FollowUpItem, ScheduleStore } from '../ports.ts';
import { followUpView } from './list-follow-ups.ts';

export interface RecordHeldDeps {
  store: ScheduleStore;
  access: CaseAccess;
  clock: Clock;
  policy: MunicipalityPolicy;
}

const nextId = (followUpId: string) => `fu-${Number(followUpId.replace(/^fu-/, '')) + 1}`;

/**
 * POST /v1/cases/{caseId}/follow-ups/{followUpId}/held (§ 95 stk. 3–5): the held follow-up leaves the
 * agenda and, unless the outcome ends the support, the next one is due the interval in force after heldOn.
 */
export const recordHeld = async (
  deps: RecordHeldDeps,
  principal: Principal,
  ids: { caseId: string; followUpId: string },
  held: FollowUpHeld,
) => {
  const now = deps.clock.now();
  const today = localDateOf(now, deps.policy.timeZone);
  const c = await deps.access.facts(ids.caseId);
  if (!c) throw notFound(`No case ${ids.caseId}.`);
  const fu = await deps.store.followUp(ids.caseId, ids.followUpId);
  if (!fu) throw notFound(`No follow-up ${ids.followUpId} in case ${ids.caseId}.`);
  if (fu.status !== 'scheduled') throw conflict(`Follow-up ${ids.followUpId} is already ${fu.status}.`);
  if (c.status !== 'active') throw unprocessable([{ path: '', message: 'the case is closed' }]);
  const violations = [
    ...cprLikeViolations(held),
    ...followUpHeldViolations({
      held,
      followUpKind: fu.kind,
      startsOn: c.startsOn,
      today,
      policy: deps.policy,
    }),
  ];
  if (violations.length > 0) throw unprocessable(violations);

  const intervalMonths = followUpIntervalAfter({
    kind: fu.kind,
    held,
    currentIntervalMonths: await deps.store.intervalMonths(ids.caseId),
    policy: deps.policy,
  });
  const heldItem: FollowUpItem = { ...fu, status: 'held', ...held, intervalMonths };
  const next: FollowUpItem | null =
    intervalMonths === null
      ? null
      : {
          caseId: c.caseId,
          caseNumber: c.caseNumber,
          followUpId: nextId(fu.followUpId),
          kind: 'regular',
          dueOn: nextFollowUpDueOn({ heldOn: held.heldOn, intervalMonths }),
          status: 'scheduled',
        };
  const ref = { caseId: c.caseId, caseNumber: c.caseNumber };
  const occurredAt = now.toISOString();
  const events: OutgoingEvent[] = [
    {
      definition: FollowUpHeldEvent,
      occurredAt,
      data: {
        ...ref,
        followUpId: fu.followUpId,
        kind: fu.kind,
        heldOn: held.heldOn,
        childHeard: held.childHeard,
        outcome: held.outcome,
        intervalMonths,
      },
    },
  ];
  if (next) {
    events.push({
      definition: FollowUpScheduled,
      occurredAt,
      data: { ...ref, followUpId: next.followUpId, kind: next.kind, dueOn: next.dueOn },
    });
  }
  const audit = { action: 'follow-up.held', principal, at: now };
  if (!(await deps.store.recordHeld(heldItem, next, intervalMonths, events, audit))) {
    throw conflict(`Follow-up ${ids.followUpId} was recorded meanwhile.`);
  }
  return { followUp: followUpView(heldItem), nextFollowUp: next ? followUpView(next) : null };
};
