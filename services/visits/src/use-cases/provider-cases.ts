import { type Clock, localDateOf } from '@hjemmestotte/domain';
import type { Principal } from '@hjemmestotte/lambda-kit';
import { forbidden } from '@hjemmestotte/lambda-kit';
import { termsOf, termsOn } from '@hjemmestotte/store';
import type { AuditReads, VisitStore } from '../ports.ts';

/**
 * GET /v1/provider/cases: the caller's active cases today, with what a provider needs to plan visits. The
 * list shows each case's number, dates and hours, so it is a read of each: one audit entry per case listed
 * (`provider-case.list`), written before the answer; if they cannot be written the answer is 503 and no data.
 * An empty list reads no case and records nothing.
 */
export const providerCases = async (
  deps: { store: VisitStore; auditReads: AuditReads; clock: Clock; timeZone: string },
  principal: Principal,
) => {
  if (principal.kind !== 'provider') throw forbidden();
  const now = deps.clock.now();
  const today = localDateOf(now, deps.timeZone);
  // The index may already hold a case whose change of provider lies ahead: it is not ours until that day.
  // The assignments are per period of the terms, so the query answers only cases this provider has today;
  // the filter is a second look at the same rule.
  const cases = (await deps.store.activeCasesOf(principal.providerId, today)).filter(
    (c) => c.providerId === principal.providerId,
  );
  await deps.auditReads(
    cases.map((c) => c.caseId),
    'provider-case.list',
    principal,
    now,
  );
  return cases.map((c) => {
    const terms = termsOf(c);
    return {
      caseId: c.caseId,
      caseNumber: c.caseNumber,
      program: c.program,
      startsOn: c.startsOn,
      expectedEndOn: c.expectedEndOn,
      hoursPerWeek: (termsOn(terms, today) ?? terms[0])?.hoursPerWeek ?? c.hoursPerWeek,
    };
  });
};
