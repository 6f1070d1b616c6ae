import { randomUUID } from 'node:crypto';
import type { LocalStack } from '../../packages/local-stack/src/stack.ts';
import { api, tokenFor } from '../support/http.ts';

/** Everyone the security, fuzz and fault suites act as, and one real case owned by `providerA`. */
export interface CaseWorld {
  caseId: string;
  caseNumber: string;
  providerA: string;
  providerB: string;
  caseworkerEmail: string;
  tokens: {
    caseworker: string;
    teamleader: string;
    admin: string;
    providerOfCase: string;
    otherProvider: string;
  };
}

/** Registration body per the contract's example; `overrides` change single fields (personal data in tests). */
export const registrationBody = (w: { caseNumber: string; providerId: string; caseworkerEmail: string }) => ({
  caseNumber: w.caseNumber,
  caseworkerEmail: w.caseworkerEmail,
  children: [{ firstName: 'Ida', birthDate: '2025-03-14' }],
  legalBasis: 'Barnets Lov § 32, stk. 1, nr. 2',
  program: 'home-support',
  assessment: { kind: 'investigation', status: 'completed', completedOn: '2026-10-20' },
  decidedOn: '2026-11-02',
  startsOn: '2026-11-09',
  expectedEndOn: '2027-06-30',
  hoursPerWeek: 6,
  providerId: w.providerId,
  planRequired: true,
  purpose: 'Forældrene bliver i stand til at skabe en forudsigelig hverdag.',
});

/** A valid visit starting `minutesAgo` minutes before now (never in the future, never before 2026-11-09). */
export const visitBody = (minutesAgo = 60, extra: Record<string, unknown> = {}) => ({
  startedAt: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
  durationMinutes: 60,
  location: 'home',
  staffCount: 1,
  methods: ['guidance'],
  ...extra,
});

const slug = () => randomUUID().slice(0, 8);

/** Registers two providers and a case assigned to the first; every id is unique so suites can share a stack. */
export const createCaseWorld = async (stack: LocalStack, overrides: Record<string, unknown> = {}) => {
  const tag = slug();
  const providerA = `prov-a-${tag}`;
  const providerB = `prov-b-${tag}`;
  const caseworkerEmail = `cw-${tag}@demo.kommune.example`;
  const admin = await tokenFor(stack, { role: 'admin', email: 'admin@demo.kommune.example' });
  for (const providerId of [providerA, providerB]) {
    const r = await api(stack, admin, 'POST', '/v1/providers', {
      providerId,
      name: `Udbyder ${providerId}`,
      contactEmail: `kontakt@${providerId}.example`,
    });
    if (r.status !== 201) throw new Error(`provider ${providerId}: ${r.status} ${JSON.stringify(r.body)}`);
  }
  const caseworker = await tokenFor(stack, { role: 'caseworker', email: caseworkerEmail });
  const caseNumber = `SEC-${tag}`;
  const created = await api(stack, caseworker, 'POST', '/v1/cases', {
    ...registrationBody({ caseNumber, providerId: providerA, caseworkerEmail }),
    ...overrides,
  });
  if (created.status !== 201) throw new Error(`case: ${created.status} ${JSON.stringify(created.body)}`);
  await stack.settle();
  const world: CaseWorld = {
    caseId: created.body.caseId as string,
    caseNumber,
    providerA,
    providerB,
    caseworkerEmail,
    tokens: {
      caseworker,
      teamleader: await tokenFor(stack, { role: 'teamleader', email: `tl-${tag}@demo.kommune.example` }),
      admin,
      providerOfCase: await tokenFor(stack, { role: 'provider', providerId: providerA }),
      otherProvider: await tokenFor(stack, { role: 'provider', providerId: providerB }),
    },
  };
  return world;
};
