// The contract's examples, one per request body (by component name), shown in the document.
export const requestExamples: Record<string, unknown> = {
  Provider: {
    providerId: 'hjemmebasen',
    name: 'Hjemmebasen ApS',
    contactEmail: 'kontakt@hjemmebasen.example',
  },
  CaseRegistration: {
    caseNumber: 'NYB-2026-0142',
    caseworkerEmail: 'sagsbehandler@kommune.example',
    children: [{ firstName: 'Ida', birthDate: '2025-03-14' }],
    legalBasis: 'Barnets Lov § 32, stk. 1, nr. 2',
    program: 'home-support',
    assessment: { kind: 'investigation', status: 'completed', completedOn: '2026-10-20' },
    decidedOn: '2026-11-02',
    startsOn: '2026-11-09',
    expectedEndOn: '2027-06-30',
    hoursPerWeek: 6,
    providerId: 'hjemmebasen',
    planRequired: true,
    purpose: 'Forældrene bliver i stand til at skabe en forudsigelig hverdag.',
  },
  CaseChange: { hoursPerWeek: 8, effectiveFrom: '2027-01-04' },
  CaseClose: { closedOn: '2027-06-30', reason: 'goals-met' },
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
  FollowUpHeld: {
    heldOn: '2027-02-05',
    childHeard: true,
    outcome: 'continue',
    nextFollowUpInMonths: 6,
  },
  Visit: {
    startedAt: '2026-11-20T07:00:00+01:00',
    durationMinutes: 120,
    location: 'home',
    staffCount: 1,
    methods: ['structure-routines', 'guidance'],
    goalIds: ['g1'],
    note: 'Morgenrutine gennemgået med mor.',
  },
  StatusReport: {
    kind: 'follow-up',
    text: 'Familien har etableret faste morgenrutiner.',
    familyHasRead: true,
  },
};
