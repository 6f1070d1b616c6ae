import { type Clock, localDateOf } from '@hjemmestotte/domain';
import { type AuditTrail, type Principal, recordRead } from '@hjemmestotte/lambda-kit';
import { termsOf, termsOn } from '@hjemmestotte/store';
import { deliveryFigures } from '../delivery/delivery-figures.ts';
import type { VisitStore } from '../ports.ts';
import { caseForCaller } from './case-access.ts';

const sum = (ns: number[]) => Math.round(ns.reduce((a, b) => a + b, 0) * 100) / 100;

/**
 * GET /v1/cases/{caseId}/delivery: hours granted against hours delivered per ISO week (supervision); for a
 * provider, only the days it was the case's provider and the visits it logged.
 */
export const caseDelivery = async (
  deps: { store: VisitStore; audit: AuditTrail; clock: Clock; timeZone: string },
  principal: Principal,
  caseId: string,
) => {
  const c = await caseForCaller(deps, principal, caseId, 'GET /v1/cases/{caseId}/delivery');
  const visits = await deps.store.list(caseId);
  const now = deps.clock.now();
  // A provider sees its own part of the case only: not the earlier provider's hours or visits.
  const onlyProvider = principal.kind === 'provider' ? principal.providerId : undefined;
  const weeks = deliveryFigures(c, visits, now, deps.timeZone, onlyProvider);
  const terms = termsOf(c);
  const shownTerms = onlyProvider ? terms.filter((t) => t.providerId === onlyProvider) : terms;
  const today = termsOn(terms, localDateOf(now, deps.timeZone)) ?? terms[0];
  await recordRead(deps.audit, caseId, 'delivery.read', principal, now);
  return {
    caseId,
    caseNumber: c.caseNumber,
    providerId: today?.providerId ?? c.providerId,
    timeZone: deps.timeZone,
    hoursPerWeek: today?.hoursPerWeek ?? c.hoursPerWeek,
    hoursHistory: shownTerms.map((t) => ({ effectiveOn: t.from, hoursPerWeek: t.hoursPerWeek })),
    totals: {
      grantedHours: sum(weeks.map((w) => w.grantedHours)),
      deliveredHours: sum(weeks.map((w) => w.deliveredHours)),
    },
    weeks,
  };
};
