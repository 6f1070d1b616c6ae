import type { Clock, FollowUpView } from '@hjemmestotte/domain';
import { type AuditTrail, notFound, type Principal, recordRead } from '@hjemmestotte/lambda-kit';
import type { CaseAccess, CaseFacts, FollowUpItem, ScheduleStore } from '../ports.ts';

/** A provider reaches only its own cases; another's answers 404, as if absent (the contract's rule). */
export const readableCase = async (
  access: CaseAccess,
  principal: Principal,
  caseId: string,
): Promise<CaseFacts> => {
  const c = await access.facts(caseId);
  if (!c || (principal.kind === 'provider' && principal.providerId !== c.providerId)) {
    throw notFound(`No case ${caseId}.`);
  }
  return c;
};

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
  deps: { store: ScheduleStore; access: CaseAccess; audit: AuditTrail; clock: Clock },
  principal: Principal,
  caseId: string,
) => {
  await readableCase(deps.access, principal, caseId);
  await recordRead(deps.audit, caseId, 'follow-ups.read', principal, deps.clock.now());
  const items = await deps.store.followUps(caseId);
  return items.sort((a, b) => a.dueOn.localeCompare(b.dueOn)).map(followUpView);
};
