import { randomUUID } from 'node:crypto';
import {
  type CaseRegistration,
  type Clock,
  caseRegistrationViolations,
  cprLikeViolations,
  firstFollowUpDueOn,
  localDateOf,
  type MunicipalityPolicy,
} from '@hjemmestotte/domain';
import { CaseOpened } from '@hjemmestotte/events';
import { type AuditTrail, conflict, type Principal, unprocessable } from '@hjemmestotte/lambda-kit';
import type { CaseItem } from '@hjemmestotte/store';
import type { CaseStore, ProviderStore } from '../ports.ts';
import { assignmentsFor } from './assignments.ts';
import { caseView } from './case-view.ts';
import { providerViolations } from './provider-rules.ts';

export interface RegisterCaseDeps {
  cases: CaseStore;
  providers: ProviderStore;
  audit: AuditTrail;
  clock: Clock;
  policy: MunicipalityPolicy;
  defaultTeamLeaderEmail: string;
}

/** POST /v1/cases: checks every rule first, then stores the case and its CaseOpened event together. */
export const registerCase = async (deps: RegisterCaseDeps, principal: Principal, reg: CaseRegistration) => {
  const now = deps.clock.now();
  const today = localDateOf(now, deps.policy.timeZone);
  const violations = [...cprLikeViolations(reg), ...caseRegistrationViolations(reg, { today })];
  violations.push(...(await providerViolations(deps.providers, reg.providerId)));
  if (violations.length > 0) throw unprocessable(violations);

  const item: CaseItem = {
    ...reg,
    caseId: randomUUID(),
    status: 'active',
    caseworkerEmail: reg.caseworkerEmail.toLowerCase(),
    teamLeaderEmail: (reg.teamLeaderEmail ?? deps.defaultTeamLeaderEmail).toLowerCase(),
    createdAt: now.toISOString(),
    terms: [{ from: reg.startsOn, hoursPerWeek: reg.hoursPerWeek, providerId: reg.providerId }],
  };
  const created = await deps.cases.create(
    item,
    [
      {
        definition: CaseOpened,
        occurredAt: now.toISOString(),
        data: {
          caseId: item.caseId,
          caseNumber: item.caseNumber,
          decidedOn: item.decidedOn,
          startsOn: item.startsOn,
          expectedEndOn: item.expectedEndOn,
          providerId: item.providerId,
          caseworkerEmail: item.caseworkerEmail,
          teamLeaderEmail: item.teamLeaderEmail,
          planRequired: item.planRequired,
          assessment: item.assessment,
        },
      },
    ],
    { action: 'case.create', principal, at: now },
    assignmentsFor(item),
  );
  if (!created)
    throw conflict(`A case with number ${reg.caseNumber} exists.`, [
      { path: 'caseNumber', message: 'already registered' },
    ]);
  // Planning stores the schedule from the event; the answer shows the same first follow-up, computed by the
  // same rule, so the caseworker sees it at once.
  const first = {
    followUpId: 'fu-1',
    kind: 'first' as const,
    dueOn: firstFollowUpDueOn(item),
    status: 'scheduled' as const,
  };
  return caseView(item, [first], today);
};
