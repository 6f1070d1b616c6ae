import type { CaseRegistration } from '../src/schemas/case-registration.ts';
import { followUpHeldExample, registrationExample, visitExample } from '../src/schemas/contract-examples.ts';
import type { FollowUpHeld } from '../src/schemas/follow-up-held.ts';
import type { VisitInput } from '../src/schemas/visit.ts';

// The contract's own examples. Tests take a structuredClone so no test can change another's data.

export const registration: CaseRegistration = registrationExample;
export const visit: VisitInput = visitExample;
export const followUpHeld: FollowUpHeld = followUpHeldExample;

export const plan = {
  purpose: 'Trygge morgener.',
  goals: [
    { goalId: 'g1', title: 'Fast morgenrutine', subGoals: [{ subGoalId: 'g1.1', title: 'Vækning kl. 7' }] },
  ],
};

export function clone<T>(value: T): T {
  return structuredClone(value);
}
