import { type Clock, type FollowUpView, localDateOf } from '@hjemmestotte/domain';
import {
  type AuditTrail,
  type CaseRequest,
  caseReadableBy,
  type Principal,
  recordRead,
} from '@hjemmestotte/lambda-kit';
import type { CaseAccess, CaseFacts, FollowUpItem, ScheduleStore } from '../ports.ts';

/** What the reads need to decide who may read: the case, the clock and the municipality's time zone. */
export interface ReadDeps {
  access: CaseAccess;
  clock: Clock;
  policy: { timeZone: string };
}

/**
 * A provider reaches only the cases it is the provider of today (the terms in force on the Copenhagen civil
 * date, so a change of provider takes effect on its date with nothing written that day); another's answers
 * 404, as if absent (the contract's rule), and goes to the security log (lambda-kit's `caseReadableBy`).
 */
export const readableCase = async (
  deps: ReadDeps,
  principal: Principal,
  request: CaseRequest,
): Promise<CaseFacts> =>
  caseReadableBy(
    principal,
    request,
    await deps.access.facts(request.caseId),
    localDateOf(deps.clock.now(), deps.policy.timeZone),
  );

/** The contract's shape of a follow-up (the document's `FollowUp`). */
export const followUpView = ({
  followUpId,
  kind,
  dueOn,
  status,
  heldOn,
  reportReceivedOn,
}: FollowUpItem): FollowUpView => ({
  followUpId,
  kind,
  dueOn,
  status,
  ...(heldOn ? { heldOn } : {}),
  // An extension of the contract's shape: whether the status report naming this follow-up arrived.
  reportReceived: reportReceivedOn !== undefined,
  ...(reportReceivedOn ? { reportReceivedOn } : {}),
});

/** GET /v1/cases/{caseId}/follow-ups, in due order. */
export const listFollowUps = async (
  deps: ReadDeps & { store: ScheduleStore; audit: AuditTrail },
  principal: Principal,
  caseId: string,
) => {
  await readableCase(deps, principal, { caseId, route: 'GET /v1/cases/{caseId}/follow-ups' });
  await recordRead(deps.audit, caseId, 'follow-ups.read', principal, deps.clock.now());
  const items = await deps.store.followUps(caseId);
  return items.sort((a, b) => a.dueOn.localeCompare(b.dueOn)).map(followUpView);
};
