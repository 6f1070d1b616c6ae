import {
  type CaseFollowUp,
  type CaseView,
  type ChangedFields,
  investigationDueOn,
  type ProviderCaseView,
  planDueOn,
} from '@hjemmestotte/domain';
import { type CaseItem, termsInForce, termsOf } from '@hjemmestotte/store';
import type { HistoryEntry, PlanGoal, StoredFollowUp } from '../ports.ts';

const deadlines = (c: CaseItem) => ({
  ...(c.planRequired ? { planDueOn: planDueOn(c.decidedOn) } : {}),
  ...(c.assessment.status === 'ongoing'
    ? { investigationDueOn: investigationDueOn(c.assessment.startedOn) }
    : {}),
});

const sorted = (followUps: StoredFollowUp[]) => [...followUps].sort((a, b) => a.dueOn.localeCompare(b.dueOn));

/** A follow-up as the case shows it: the contract's fields (planning's list adds whether its report came). */
const followUpView = (f: StoredFollowUp): CaseFollowUp => ({
  followUpId: f.followUpId,
  kind: f.kind,
  dueOn: f.dueOn,
  status: f.status,
  ...(f.heldOn ? { heldOn: f.heldOn } : {}),
});

// A history item keeps what it changed under the case item's own names; only these can be changed.
const changedFields = (fields: Partial<CaseItem>): ChangedFields => ({
  ...(fields.hoursPerWeek !== undefined ? { hoursPerWeek: fields.hoursPerWeek } : {}),
  ...(fields.expectedEndOn !== undefined ? { expectedEndOn: fields.expectedEndOn } : {}),
  ...(fields.providerId !== undefined ? { providerId: fields.providerId } : {}),
  ...(fields.caseworkerEmail !== undefined ? { caseworkerEmail: fields.caseworkerEmail } : {}),
  ...(fields.assessment !== undefined ? { assessment: fields.assessment } : {}),
});

/**
 * The case as staff see it (the `CaseView` schema, which is also the document's): the decision's facts with
 * the hours and provider in force `today`, every period of the terms (so a change dated later shows as
 * scheduled), its follow-ups, legal deadlines and changes. Named field by field, never the stored item
 * spread: keys, index keys, revisions and the sort dates planning feeds intake (`nextFollowUpOn`,
 * `planWrittenOn`) stay in storage.
 */
export const caseView = (
  c: CaseItem,
  followUps: StoredFollowUp[],
  today: string,
  history: HistoryEntry[] = [],
): CaseView => {
  const terms = termsOf(c);
  const now = termsInForce(terms, today);
  return {
    caseId: c.caseId,
    caseNumber: c.caseNumber,
    status: c.status,
    caseworkerEmail: c.caseworkerEmail,
    teamLeaderEmail: c.teamLeaderEmail,
    children: c.children.map((ch) => ({ firstName: ch.firstName, birthDate: ch.birthDate })),
    legalBasis: c.legalBasis,
    program: c.program,
    assessment: c.assessment,
    decidedOn: c.decidedOn,
    startsOn: c.startsOn,
    expectedEndOn: c.expectedEndOn,
    hoursPerWeek: now.hoursPerWeek,
    providerId: now.providerId,
    planRequired: c.planRequired,
    purpose: c.purpose,
    ...(c.closedOn ? { closedOn: c.closedOn } : {}),
    ...(c.closeReason ? { closeReason: c.closeReason as CaseView['closeReason'] } : {}),
    ...(c.closeNote ? { closeNote: c.closeNote } : {}),
    terms: terms.map((t) => ({ from: t.from, hoursPerWeek: t.hoursPerWeek, providerId: t.providerId })),
    followUps: sorted(followUps).map(followUpView),
    deadlines: deadlines(c),
    history: history.map((h) => ({
      effectiveFrom: h.effectiveFrom,
      changedAt: h.changedAt,
      changedBy: h.changedBy,
      before: changedFields(h.before),
      after: changedFields(h.after),
    })),
  };
};

/**
 * What the case's provider sees (issue 11): what it needs to do the work and nothing of the municipality's
 * own — no closeNote, close reason, history, staff addresses, other providers, legal basis or assessment.
 * The children's first names and birth dates are included: the provider works in the home with them (a
 * home pedagogue's work depends on the child's age), and it only ever sees them while it is the provider
 * in force. Plan goals so visits can name them; follow-ups so a status report can name the one it is for.
 */
export const providerCaseView = (
  c: CaseItem,
  followUps: StoredFollowUp[],
  today: string,
  goals: PlanGoal[],
): ProviderCaseView => ({
  caseId: c.caseId,
  caseNumber: c.caseNumber,
  status: c.status,
  program: c.program,
  startsOn: c.startsOn,
  expectedEndOn: c.expectedEndOn,
  ...(c.closedOn ? { closedOn: c.closedOn } : {}),
  hoursPerWeek: termsInForce(termsOf(c), today).hoursPerWeek,
  children: c.children.map((ch) => ({ firstName: ch.firstName, birthDate: ch.birthDate })),
  purpose: c.purpose,
  goals,
  followUps: sorted(followUps).map((f) => ({
    followUpId: f.followUpId,
    kind: f.kind,
    dueOn: f.dueOn,
    status: f.status,
  })),
});
