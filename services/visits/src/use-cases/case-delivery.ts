import type { Clock } from '@hjemmestotte/domain';
import type { AuditTrail, Principal } from '@hjemmestotte/lambda-kit';
import { deliveryFigures } from '../delivery/delivery-figures.ts';
import type { VisitStore } from '../ports.ts';
import { caseForCaller } from './case-access.ts';

const sum = (ns: number[]) => Math.round(ns.reduce((a, b) => a + b, 0) * 100) / 100;

/** GET /v1/cases/{caseId}/delivery: hours granted against hours delivered per ISO week (supervision). */
export const caseDelivery = async (
  deps: { store: VisitStore; audit: AuditTrail; clock: Clock; timeZone: string },
  principal: Principal,
  caseId: string,
) => {
  const c = await caseForCaller(deps.store, principal, caseId);
  const [history, visits] = await Promise.all([deps.store.hoursHistory(caseId), deps.store.list(caseId)]);
  const now = deps.clock.now();
  const weeks = deliveryFigures(c, history, visits, now, deps.timeZone);
  await deps.audit.record(caseId, 'delivery.read', principal, now);
  return {
    caseId,
    caseNumber: c.caseNumber,
    providerId: c.providerId,
    timeZone: deps.timeZone,
    hoursPerWeek: c.hoursPerWeek,
    hoursHistory: history,
    totals: {
      grantedHours: sum(weeks.map((w) => w.grantedHours)),
      deliveredHours: sum(weeks.map((w) => w.deliveredHours)),
    },
    weeks,
  };
};
