import type { CaseRegistration } from '../src/schemas/case-registration.ts';
import type { FollowUpHeld } from '../src/schemas/follow-up-held.ts';
import type { VisitInput } from '../src/schemas/visit.ts';

// The contract's own examples. Tests take a structuredClone so no test can change another's data.

export const registration: CaseRegistration = {
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
};

export const visit: VisitInput = {
  startedAt: '2026-11-20T07:00:00+01:00',
  durationMinutes: 120,
  location: 'home',
  staffCount: 1,
  methods: ['structure-routines', 'guidance'],
  goalIds: ['g1'],
  note: 'Morgenrutine gennemgået med mor.',
  concern: { level: 'acute', note: 'Bekymring for barnets trivsel.' },
};

export const followUpHeld: FollowUpHeld = {
  heldOn: '2027-02-05',
  childHeard: true,
  outcome: 'continue',
  nextFollowUpInMonths: 6,
};

export const plan = {
  purpose: 'Trygge morgener.',
  goals: [
    { goalId: 'g1', title: 'Fast morgenrutine', subGoals: [{ subGoalId: 'g1.1', title: 'Vækning kl. 7' }] },
  ],
};

export function clone<T>(value: T): T {
  return structuredClone(value);
}
