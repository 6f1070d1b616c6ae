import {
  type CaseClose,
  type Clock,
  caseCloseViolations,
  cprLikeViolations,
  localDateOf,
  type MunicipalityPolicy,
} from '@hjemmestotte/domain';
import { CaseClosed } from '@hjemmestotte/events';
import { type AuditTrail, conflict, notFound, type Principal, unprocessable } from '@hjemmestotte/lambda-kit';
import type { CaseStore } from '../ports.ts';
import { noAssignments } from './assignments.ts';
import { caseView } from './case-view.ts';

/**
 * POST /v1/cases/{caseId}/close: the case leaves the provider's list at once; planning takes its follow-ups
 * and deadlines off the agenda when CaseClosed arrives, so no reminders follow.
 */
export const closeCase = async (
  deps: { cases: CaseStore; audit: AuditTrail; clock: Clock; policy: MunicipalityPolicy },
  principal: Principal,
  caseId: string,
  close: CaseClose,
) => {
  const now = deps.clock.now();
  const today = localDateOf(now, deps.policy.timeZone);
  const stored = await deps.cases.get(caseId);
  if (!stored) throw notFound(`No case ${caseId}.`);
  if (stored.item.status !== 'active') throw conflict(`Case ${caseId} is already closed.`);
  const lastVisit = await deps.cases.latestVisitStartedAt(caseId);
  // The visit's own day where it happened (Copenhagen), as the caseworker reads it.
  const lastVisitOn = lastVisit ? localDateOf(new Date(lastVisit), deps.policy.timeZone) : undefined;
  const violations = [
    ...cprLikeViolations(close),
    ...caseCloseViolations(stored.item, close, { today, lastVisitOn }),
  ];
  if (violations.length > 0) throw unprocessable(violations);

  const c = stored.item;
  const closure = { closedOn: close.closedOn, closeReason: close.reason, closeNote: close.note };
  const closed = await deps.cases.close(
    caseId,
    { revision: stored.revision, visitRevision: stored.visitRevision },
    closure,
    [
      {
        definition: CaseClosed,
        occurredAt: now.toISOString(),
        data: { caseId, caseNumber: c.caseNumber, closedOn: close.closedOn, reason: close.reason },
      },
    ],
    { action: 'case.close', principal, at: now },
    noAssignments(c),
  );
  // A visit or change committed after this close read the case: it must look again (and may then refuse).
  if (!closed) throw conflict('The case changed meanwhile (a change or a new visit): read it again.');
  const [followUps, history] = await Promise.all([deps.cases.followUps(caseId), deps.cases.history(caseId)]);
  return caseView({ ...c, status: 'closed', ...closure }, followUps, today, history);
};
