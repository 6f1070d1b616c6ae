import { randomUUID } from 'node:crypto';
import {
  type Clock,
  cprLikeViolations,
  localDateOf,
  type Visit,
  violation,
  visitViolations,
} from '@hjemmestotte/domain';
import { ConcernRaised, type OutgoingEvent, VisitLogged } from '@hjemmestotte/events';
import { forbidden, type Principal, unprocessable } from '@hjemmestotte/lambda-kit';
import { type IdempotencyFrame, type Replayed, writeOnce } from '../idempotency/idempotent-request.ts';
import type { AuditWrite, StoredResponse, VisitRecord, VisitStore } from '../ports.ts';
import { providerOn, visibleCase } from './case-access.ts';

const VISIT_ROUTE = 'POST /v1/cases/{caseId}/visits';

export interface LogVisitDeps {
  store: VisitStore;
  auditWrite: AuditWrite;
  clock: Clock;
  timeZone: string;
}

export type VisitAnswer = StoredResponse & { body: VisitRecord };

/**
 * POST /v1/cases/{caseId}/visits by the case's provider; another provider's case is "not found". Two
 * DynamoDB round trips: one read (case, plan, idempotency record), one transaction (visit, events, audit
 * entry, idempotency record, case guard).
 */
export const logVisit = async (
  deps: LogVisitDeps,
  principal: Principal,
  caseId: string,
  visit: Visit,
  idem?: IdempotencyFrame,
): Promise<Replayed<VisitAnswer>> => {
  // Only the case's provider writes these; the route table refuses users too, this keeps the rule here.
  if (principal.kind !== 'provider') throw forbidden();
  return writeOnce(idem, async () => {
    const read = await deps.store.readForWrite(caseId, idem?.read);
    const repeat = idem?.repeat<VisitAnswer>(read.extra);
    if (repeat) return repeat;
    const now = deps.clock.now();
    const c = visibleCase(principal, caseId, read.case, localDateOf(now, deps.timeZone), VISIT_ROUTE);
    const visitDate = localDateOf(new Date(visit.startedAt), deps.timeZone);
    const violations = [
      // A change of provider takes effect on its date: the visits before it are the earlier provider's.
      ...(providerOn(c, visitDate) === principal.providerId
        ? []
        : [violation('startedAt', 'you were not the provider of this case on that date')]),
      ...cprLikeViolations(visit),
      ...visitViolations({
        visit,
        startsOn: c.startsOn,
        closedOn: c.closedOn,
        now,
        planGoalIds: read.planGoalIds,
        timeZone: deps.timeZone,
      }),
    ];
    if (violations.length > 0) throw unprocessable(violations);
    const record: VisitRecord = {
      ...visit,
      visitId: randomUUID(),
      caseId,
      providerId: principal.providerId,
      loggedAt: now.toISOString(),
    };
    const ref = { caseId, caseNumber: c.caseNumber, visitId: record.visitId, providerId: record.providerId };
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
    const response: VisitAnswer = { status: 201, body: record };
    await deps.store.add(record, events, c, [
      deps.auditWrite(caseId, 'visit.create', principal, now),
      ...(idem ? [idem.answered(response)] : []),
    ]);
    return response;
  });
};
