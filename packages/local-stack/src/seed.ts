import { addDays, addMonths, localDateOf, workingCalendar } from '@hjemmestotte/domain';
import type { LocalStack } from './stack.ts';

const post = async (url: string, token: string, body: unknown, headers: Record<string, string> = {}) => {
  const res = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`seed: ${url} answered ${res.status}: ${await res.text()}`);
  return res.json() as Promise<Record<string, unknown>>;
};

export const DEMO_CASEWORKER = 'sagsbehandler@demo.kommune.example';

/**
 * Demo data for the `demo` municipality, entered through the public API as a caseworker and providers would:
 * two providers, three cases (one whose first follow-up falls inside the reminder window), a visit.
 */
export const seedDemo = async (stack: LocalStack, now = new Date()) => {
  const api = `${stack.apiUrl}/v1`;
  const token = async (role: 'admin' | 'caseworker' | 'provider', extra: Record<string, string>) =>
    (await stack.issuer.issue({ role, ...extra } as never)).access_token;
  const admin = await token('admin', { email: 'admin@demo.kommune.example' });
  const caseworker = await token('caseworker', { email: DEMO_CASEWORKER });
  for (const p of [
    { providerId: 'hjemmebasen', name: 'Hjemmebasen', contactEmail: 'kontakt@hjemmebasen.example' },
    { providerId: 'familiehuset', name: 'Familiehuset', contactEmail: 'familiehuset@demo.kommune.example' },
  ]) {
    await post(`${api}/providers`, admin, p);
  }
  // Each demo provider gets a client-credentials client, as onboarding gives one in AWS (`pnpm dev` prints them).
  const providerClients = ['hjemmebasen', 'familiehuset'].map((id) => ({
    providerId: id,
    ...stack.oauth2.registerProviderClient(id),
  }));
  const today = localDateOf(now);
  const cal = workingCalendar({ closingDays: stack.municipality.policy.closingDays });
  // Started 3 months before a day 5 working days ahead: the first follow-up is inside the 10-day window.
  const dueSoon = cal.addWorkingDays(today, 5);
  const cases = [
    {
      caseNumber: 'DEMO-2026-0001',
      startsOn: addMonths(dueSoon, -3),
      providerId: 'hjemmebasen',
      program: 'home-support',
    },
    {
      caseNumber: 'DEMO-2026-0002',
      startsOn: addDays(today, -14),
      providerId: 'familiehuset',
      program: 'home-support',
    },
    {
      caseNumber: 'DEMO-2026-0003',
      startsOn: addDays(today, -7),
      providerId: 'hjemmebasen',
      program: 'home-pedagogue',
    },
  ];
  const created: Record<string, unknown>[] = [];
  for (const [i, c] of cases.entries()) {
    created.push(
      await post(`${api}/cases`, caseworker, {
        caseNumber: c.caseNumber,
        caseworkerEmail: DEMO_CASEWORKER,
        children: [
          {
            firstName: ['Ida', 'Noah', 'Alma'][i],
            birthDate: c.program === 'home-pedagogue' ? addMonths(today, -20) : '2021-05-14',
          },
        ],
        legalBasis: 'Barnets Lov § 32, stk. 1, nr. 2',
        program: c.program,
        assessment: { kind: 'investigation', status: 'completed', completedOn: addDays(c.startsOn, -10) },
        decidedOn: addDays(c.startsOn, -7),
        startsOn: c.startsOn,
        expectedEndOn: addMonths(c.startsOn, c.program === 'home-pedagogue' ? 8 : 10),
        hoursPerWeek: 6,
        providerId: c.providerId,
        planRequired: true,
        purpose: 'Forældrene bliver i stand til at skabe en forudsigelig hverdag.',
      }),
    );
  }
  // Barnets plan of every case, so a provider can read its goals and name them in a visit.
  for (const c of created) {
    const planned = await fetch(`${api}/cases/${c.caseId}/plan`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${caseworker}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        purpose: 'Forældrene bliver i stand til at skabe en forudsigelig hverdag.',
        goals: [
          {
            goalId: 'g1',
            title: 'Faste morgenrutiner',
            subGoals: [{ subGoalId: 'g1a', title: 'Op kl. 6.30' }],
          },
          { goalId: 'g2', title: 'Ro ved sengetid', subGoals: [] },
        ],
      }),
    });
    if (!planned.ok) throw new Error(`seed: plan answered ${planned.status}: ${await planned.text()}`);
  }
  const provider = await token('provider', { providerId: 'hjemmebasen' });
  await post(
    `${api}/cases/${created[0]?.caseId}/visits`,
    provider,
    {
      startedAt: new Date(now.getTime() - 26 * 3600_000).toISOString(),
      durationMinutes: 120,
      location: 'home',
      staffCount: 1,
      methods: ['structure-routines', 'guidance'],
      note: 'Morgenrutine gennemgået.',
    },
    { 'idempotency-key': 'seed-visit-1' },
  );
  await stack.settle();
  return { cases: created, dueSoon, providerClients };
};
