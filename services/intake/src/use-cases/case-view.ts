import { investigationDueOn, planDueOn } from '@hjemmestotte/domain';
import { type CaseItem, termsInForce, termsOf } from '@hjemmestotte/store';
import type { FollowUpView, HistoryEntry, PlanGoal } from '../ports.ts';

const deadlines = (c: CaseItem) => ({
  ...(c.planRequired ? { planDueOn: planDueOn(c.decidedOn) } : {}),
  ...(c.assessment.status === 'ongoing'
    ? { investigationDueOn: investigationDueOn(c.assessment.startedOn) }
    : {}),
});

const sorted = (followUps: FollowUpView[]) => [...followUps].sort((a, b) => a.dueOn.localeCompare(b.dueOn));

/**
 * The case as staff see it: the stored facts with the hours and provider in force `today`, every period of
 * the terms (so a change dated later shows as scheduled), its follow-ups, legal deadlines and changes.
 */
export const caseView = (
  c: CaseItem,
  followUps: FollowUpView[],
  today: string,
  history: HistoryEntry[] = [],
) => {
  const terms = termsOf(c);
  const now = termsInForce(terms, today);
  return {
    ...c,
    hoursPerWeek: now.hoursPerWeek,
    providerId: now.providerId,
    terms,
    followUps: sorted(followUps),
    deadlines: deadlines(c),
    history,
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
  followUps: FollowUpView[],
  today: string,
  goals: PlanGoal[],
) => ({
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
