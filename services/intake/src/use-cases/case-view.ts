import { investigationDueOn, planDueOn } from '@hjemmestotte/domain';
import type { CaseItem } from '@hjemmestotte/store';
import type { FollowUpView, HistoryEntry } from '../ports.ts';

/** The case as the API shows it: the stored facts, its follow-ups, its legal deadlines and its changes. */
export const caseView = (c: CaseItem, followUps: FollowUpView[], history: HistoryEntry[] = []) => ({
  ...c,
  followUps: [...followUps].sort((a, b) => a.dueOn.localeCompare(b.dueOn)),
  deadlines: {
    ...(c.planRequired ? { planDueOn: planDueOn(c.decidedOn) } : {}),
    ...(c.assessment.status === 'ongoing'
      ? { investigationDueOn: investigationDueOn(c.assessment.startedOn) }
      : {}),
  },
  history,
});
