import type { CaseRegistration } from './case-registration.ts';
import type { FollowUpHeld } from './follow-up-held.ts';
import type { VisitInput } from './visit.ts';

// The contract's own examples (shared/contract.md), written once: the OpenAPI document shows them and the
// tests start from them (take a structuredClone before changing one).

export const registrationExample: CaseRegistration = {
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

export const visitExample: VisitInput = {
  startedAt: '2026-11-20T07:00:00+01:00',
  durationMinutes: 120,
  location: 'home',
  staffCount: 1,
  methods: ['structure-routines', 'guidance'],
  goalIds: ['g1'],
  note: 'Morgenrutine gennemgået med mor.',
  concern: { level: 'acute', note: 'Bekymring for barnets trivsel.' },
};

export const followUpHeldExample: FollowUpHeld = {
  heldOn: '2027-02-05',
  childHeard: true,
  outcome: 'continue',
  nextFollowUpInMonths: 6,
};
