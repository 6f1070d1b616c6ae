import {
  type CaseChange,
  type Clock,
  caseChangeViolations,
  cprLikeViolations,
  firstFollowUpDueOn,
  localDateOf,
  type MunicipalityPolicy,
} from '@hjemmestotte/domain';
import { AssessmentCompleted, type OutgoingEvent, SupportAdjusted } from '@hjemmestotte/events';
import { type AuditTrail, conflict, notFound, type Principal, unprocessable } from '@hjemmestotte/lambda-kit';
import { activeCaseIndexKeys, type CaseItem, termsInForce, termsOf, withChange } from '@hjemmestotte/store';
import type { CaseChangeSet, CaseStore, HistoryEntry, ProviderStore, StoredFollowUp } from '../ports.ts';
import { assignmentsFor } from './assignments.ts';
import { caseView } from './case-view.ts';
import { providerViolations } from './provider-rules.ts';

export interface ChangeCaseDeps {
  cases: CaseStore;
  providers: ProviderStore;
  audit: AuditTrail;
  clock: Clock;
  policy: MunicipalityPolicy;
}

const closedCase = () => unprocessable([{ path: '', message: 'the case is closed' }]);

/**
 * PATCH /v1/cases/{caseId}: checks every rule, then stores the change, a history item dated from
 * `effectiveFrom` (today when not given) and the events, in one transaction.
 */
export const changeCase = async (
  deps: ChangeCaseDeps,
  principal: Principal,
  caseId: string,
  change: CaseChange,
) => {
  const now = deps.clock.now();
  const today = localDateOf(now, deps.policy.timeZone);
  const stored = await deps.cases.get(caseId);
  if (!stored) throw notFound(`No case ${caseId}.`);
  const current = stored.item;
  if (current.status !== 'active') throw closedCase();
  const { effectiveFrom = today, ...fields } = change;
  const currentTerms = termsOf(current);
  // What the change replaces: the terms in force on the day it takes effect, not today's.
  const onThatDay = termsInForce(currentTerms, effectiveFrom);
  const violations = [...cprLikeViolations(change), ...caseChangeViolations(current, change, { today })];
  if (change.providerId !== undefined && change.providerId !== onThatDay.providerId) {
    violations.push(...(await providerViolations(deps.providers, change.providerId)));
  }
  if (violations.length > 0) throw unprocessable(violations);

  // Hours and provider change from `effectiveFrom` (the terms); the other fields at once.
  const { hoursPerWeek, providerId, ...immediate } = fields;
  const after: CaseChangeSet = {
    ...fields,
    ...(fields.caseworkerEmail ? { caseworkerEmail: fields.caseworkerEmail.toLowerCase() } : {}),
  };
  const terms =
    hoursPerWeek !== undefined || providerId !== undefined
      ? withChange(currentTerms, effectiveFrom, { hoursPerWeek, providerId }, current.startsOn)
      : currentTerms;
  const inForce = termsInForce(terms, today);
  const set: CaseChangeSet = {
    ...immediate,
    ...(after.caseworkerEmail ? { caseworkerEmail: after.caseworkerEmail } : {}),
    terms,
    hoursPerWeek: inForce.hoursPerWeek,
    providerId: inForce.providerId,
  };
  const before = Object.fromEntries(
    Object.keys(after).map((k) => [
      k,
      k === 'hoursPerWeek' || k === 'providerId' ? onThatDay[k] : current[k as keyof CaseItem],
    ]),
  ) as Partial<CaseItem>;
  const revision = stored.revision + 1;
  const history: HistoryEntry = {
    effectiveFrom,
    revision,
    changedAt: now.toISOString(),
    changedBy: principal.kind === 'user' ? principal.email : principal.providerId,
    before,
    after,
  };
  const events = changeEvents(
    { ...current, providerId: onThatDay.providerId },
    after,
    effectiveFrom,
    now.toISOString(),
  );
  const audit = { action: 'case.change', principal, at: now };
  const next: CaseItem = { ...current, ...set };
  // The caseworker's list follows a new caseworker, and a completed investigation may move the deadline.
  const { caseworkerPk, caseworkerSk } = activeCaseIndexKeys(next);
  if (
    !(await deps.cases.change(
      caseId,
      stored.revision,
      { ...set, caseworkerPk, caseworkerSk },
      history,
      events,
      audit,
      assignmentsFor(next, current),
    ))
  ) {
    const again = await deps.cases.get(caseId);
    if (again?.item.status !== 'active') throw closedCase();
    throw conflict('The case changed meanwhile: read it again and repeat the change.');
  }
  const [followUps, all] = await Promise.all([deps.cases.followUps(caseId), deps.cases.history(caseId)]);
  return caseView(next, projectFirstFollowUp(next, followUps), today, all);
};

/** SupportAdjusted for what changes the support; AssessmentCompleted when the parallel investigation ends. */
const changeEvents = (
  current: CaseItem,
  set: CaseChangeSet,
  effectiveFrom: string,
  occurredAt: string,
): OutgoingEvent[] => {
  const ref = { caseId: current.caseId, caseNumber: current.caseNumber };
  const events: OutgoingEvent[] = [];
  const { assessment, ...support } = set;
  if (Object.keys(support).length > 0) {
    const providerMoved = support.providerId !== undefined && support.providerId !== current.providerId;
    events.push({
      definition: SupportAdjusted,
      occurredAt,
      data: {
        ...ref,
        effectiveFrom,
        ...support,
        ...(providerMoved ? { previousProviderId: current.providerId } : {}),
      },
    });
  }
  if (current.assessment.status === 'ongoing' && assessment?.status === 'completed') {
    events.push({
      definition: AssessmentCompleted,
      occurredAt,
      data: {
        ...ref,
        startsOn: current.startsOn,
        startedOn: current.assessment.startedOn,
        completedOn: assessment.completedOn,
      },
    });
  }
  return events;
};

/**
 * Planning moves an unheld first follow-up when it receives AssessmentCompleted; the answer shows the date
 * it will move to at once, computed by the same rule (§ 95 stk. 2).
 */
const projectFirstFollowUp = (c: CaseItem, followUps: StoredFollowUp[]): StoredFollowUp[] =>
  followUps.map((f) => {
    if (f.followUpId !== 'fu-1' || f.status !== 'scheduled' || c.assessment.status !== 'completed') return f;
    const due = firstFollowUpDueOn({
      startsOn: c.startsOn,
      investigationCompletedOn: c.assessment.completedOn,
    });
    return due < f.dueOn ? { ...f, dueOn: due } : f;
  });
