import { followUpHeldExample, registrationExample, visitExample } from '@hjemmestotte/domain';

// The contract's examples, one per request body (by component name), shown in the document.
export const requestExamples: Record<string, unknown> = {
  Provider: {
    providerId: 'hjemmebasen',
    name: 'Hjemmebasen ApS',
    contactEmail: 'kontakt@hjemmebasen.example',
  },
  CaseRegistration: registrationExample,
  CaseChange: { hoursPerWeek: 8, effectiveFrom: '2027-01-04' },
  CaseClose: { closedOn: '2027-06-30', reason: 'goals-met' },
  ProviderChange: { active: false },
  Plan: {
    purpose: 'Forældrene bliver i stand til at skabe en forudsigelig hverdag.',
    goals: [
      {
        goalId: 'g1',
        title: 'Faste morgenrutiner',
        subGoals: [{ subGoalId: 'g1a', title: 'Vækkeur kl. 6.30' }],
      },
    ],
  },
  FollowUpHeld: followUpHeldExample,
  // The contract's visit without its concern: a routine visit is the common case.
  Visit: (({ concern: _c, ...v }) => v)(visitExample),
  StatusReport: {
    kind: 'follow-up',
    text: 'Familien har etableret faste morgenrutiner.',
    familyHasRead: true,
  },
};
