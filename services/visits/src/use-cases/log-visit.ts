import { randomUUID } from 'node:crypto';
import { type Clock, cprLikeViolations, type Visit, visitViolations } from '@hjemmestotte/domain';
import { ConcernRaised, type OutgoingEvent, VisitLogged } from '@hjemmestotte/events';
import { type AuditTrail, forbidden, type Principal, unprocessable } from '@hjemmestotte/lambda-kit';
import type { ExtraWrite, StoredResponse, VisitRecord, VisitStore } from '../ports.ts';
import { caseForCaller } from './case-access.ts';

export interface LogVisitDeps {
  store: VisitStore;
  audit: AuditTrail;
  clock: Clock;
  timeZone: string;
}

/** Writes to add to the visit's own transaction, given the answer (the idempotency record's completion). */
export type AlsoWrite<B> = (response: { status: number; body: B }) => ExtraWrite;

/** POST /v1/cases/{caseId}/visits by the case's provider; another provider's case is "not found". */
export const logVisit = async (
  deps: LogVisitDeps,
  principal: Principal,
  caseId: string,
  visit: Visit,
  alsoWrite?: AlsoWrite<VisitRecord>,
): Promise<StoredResponse & { body: VisitRecord }> => {
  // Only the case's provider writes these; the route table refuses users too, this keeps the rule here.
  if (principal.kind !== 'provider') throw forbidden();
  const c = await caseForCaller(deps.store, principal, caseId);
  const now = deps.clock.now();
  const violations = [
    ...cprLikeViolations(visit),
    ...visitViolations({
      visit,
      startsOn: c.startsOn,
      closedOn: c.closedOn,
      now,
      planGoalIds: await deps.store.planGoalIds(caseId),
      timeZone: deps.timeZone,
    }),
  ];
  if (violations.length > 0) throw unprocessable(violations);
  const record: VisitRecord = {
    ...visit,
    visitId: randomUUID(),
    caseId,
    providerId: c.providerId,
    loggedAt: now.toISOString(),
  };
  const ref = { caseId, caseNumber: c.caseNumber, visitId: record.visitId, providerId: c.providerId };
  const events: OutgoingEvent[] = [
    {
      definition: VisitLogged,
      occurredAt: record.loggedAt,
      data: { ...ref, startedAt: record.startedAt, durationMinutes: record.durationMinutes },
    },
  ];
  if (visit.concern) {
    events.push({
      definition: ConcernRaised,
      occurredAt: record.loggedAt,
      data: {
        ...ref,
        level: visit.concern.level,
        caseworkerEmail: c.caseworkerEmail,
        teamLeaderEmail: c.teamLeaderEmail,
      },
    });
  }
  const response = { status: 201, body: record };
  await deps.store.add(record, events, alsoWrite ? [alsoWrite(response)] : []);
  await deps.audit.record(caseId, 'visit.create', principal, now);
  return response;
};
