import { localDateOf } from '@hjemmestotte/domain';
import { type LocalStack, startLocalStack } from '@hjemmestotte/local-stack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registration as contractCase } from '../../packages/domain/test/fixtures.ts';

// The caseworker's side end to end, over HTTP: the dates are the contract's (§ 95 follow-ups, § 91 plan,
// § 20 investigation). Held dates lie in the past of any run after November 2026, as the rules require.
let stack: LocalStack;
let caseworker: string;

const call = async (method: string, path: string, token: string, body?: unknown) => {
  const res = await fetch(`${stack.apiUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
};
const tokenFor = async (r: Parameters<LocalStack['issuer']['issue']>[0]) =>
  (await stack.issuer.issue(r)).access_token;

const register = async (changes: Record<string, unknown>) => {
  const res = await call('POST', '/v1/cases', caseworker, { ...structuredClone(contractCase), ...changes });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { caseId: string; followUps: { dueOn: string }[]; deadlines: Record<string, string> };
};
const followUps = async (caseId: string) => {
  await stack.settle();
  const res = await call('GET', `/v1/cases/${caseId}/follow-ups`, caseworker);
  expect(res.status).toBe(200);
  return res.body as { followUpId: string; kind: string; dueOn: string; status: string; heldOn?: string }[];
};

beforeAll(async () => {
  stack = await startLocalStack({});
  caseworker = await tokenFor({ role: 'caseworker', email: 'sagsbehandler@kommune.example' });
  const admin = await tokenFor({ role: 'admin', email: 'admin@kommune.example' });
  const provider = {
    providerId: 'hjemmebasen',
    name: 'Hjemmebasen',
    contactEmail: 'kontakt@hjemmebasen.example',
  };
  expect((await call('POST', '/v1/providers', admin, provider)).status).toBe(201);
});
afterAll(async () => {
  await stack?.stop();
});

describe('caseworker flow', () => {
  it('answers the contract example with its first follow-up three months after the start and the plan deadline', async () => {
    const c = await register({});
    expect(c.followUps).toEqual([
      { followUpId: 'fu-1', kind: 'first', dueOn: '2027-02-09', status: 'scheduled' },
    ]);
    expect(c.deadlines).toEqual({ planDueOn: '2027-02-02' });
    expect(await followUps(c.caseId)).toEqual([
      { followUpId: 'fu-1', kind: 'first', dueOn: '2027-02-09', status: 'scheduled', reportReceived: false },
    ]);
  });

  it('refuses a second case with the same case number with 409', async () => {
    const res = await call('POST', '/v1/cases', caseworker, structuredClone(contractCase));
    expect(res.status).toBe(409);
    expect(res.body.errors).toEqual([{ path: 'caseNumber', message: expect.any(String) }]);
  });

  it('clamps the first follow-up to the month end (30 November + 3 months = 28 February)', async () => {
    const c = await register({ caseNumber: 'NYB-CLAMP', decidedOn: '2026-11-20', startsOn: '2026-11-30' });
    expect(c.followUps[0]?.dueOn).toBe('2027-02-28');
    expect((await followUps(c.caseId))[0]?.dueOn).toBe('2027-02-28');
  });

  it('moves the first follow-up earlier when the parallel investigation is recorded completed', async () => {
    const c = await register({
      caseNumber: 'NYB-PARALLEL',
      assessment: { kind: 'investigation', status: 'ongoing', startedOn: '2026-05-01' },
      decidedOn: '2026-05-04',
      startsOn: '2026-05-11',
    });
    expect(c.followUps[0]?.dueOn).toBe('2026-08-11');
    expect(c.deadlines).toEqual({ planDueOn: '2026-08-04', investigationDueOn: '2026-09-01' });
    expect((await followUps(c.caseId))[0]?.dueOn).toBe('2026-08-11');

    const patched = await call('PATCH', `/v1/cases/${c.caseId}`, caseworker, {
      assessment: { kind: 'investigation', status: 'completed', completedOn: '2026-06-15' },
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body.followUps[0].dueOn).toBe('2026-06-15');
    expect(await followUps(c.caseId)).toEqual([
      { followUpId: 'fu-1', kind: 'first', dueOn: '2026-06-15', status: 'scheduled', reportReceived: false },
    ]);
  });

  it('schedules the next follow-up the chosen interval after a held first one, and keeps that interval', async () => {
    const c = await register({
      caseNumber: 'NYB-HELD',
      assessment: { kind: 'investigation', status: 'completed', completedOn: '2026-01-20' },
      decidedOn: '2026-01-26',
      startsOn: '2026-02-02',
    });
    expect((await followUps(c.caseId))[0]?.dueOn).toBe('2026-05-02');
    const held = await call('POST', `/v1/cases/${c.caseId}/follow-ups/fu-1/held`, caseworker, {
      heldOn: '2026-05-31',
      childHeard: true,
      outcome: 'continue',
      nextFollowUpInMonths: 3,
      justification: 'Tæt opfølgning i opstarten.',
    });
    expect(held.status, JSON.stringify(held.body)).toBe(200);
    expect(held.body.nextFollowUp).toEqual({
      followUpId: 'fu-2',
      kind: 'regular',
      dueOn: '2026-08-31',
      status: 'scheduled',
      reportReceived: false,
    });

    // A later follow-up without a new interval keeps the one in force: 31 August + 3 months = 30 November.
    const second = await call('POST', `/v1/cases/${c.caseId}/follow-ups/fu-2/held`, caseworker, {
      heldOn: '2026-08-31',
      childHeard: false,
      outcome: 'adjust',
    });
    expect(second.status, JSON.stringify(second.body)).toBe(200);
    expect(await followUps(c.caseId)).toEqual([
      {
        followUpId: 'fu-1',
        kind: 'first',
        dueOn: '2026-05-02',
        status: 'held',
        heldOn: '2026-05-31',
        reportReceived: false,
      },
      {
        followUpId: 'fu-2',
        kind: 'regular',
        dueOn: '2026-08-31',
        status: 'held',
        heldOn: '2026-08-31',
        reportReceived: false,
      },
      {
        followUpId: 'fu-3',
        kind: 'regular',
        dueOn: '2026-11-30',
        status: 'scheduled',
        reportReceived: false,
      },
    ]);

    const again = await call('POST', `/v1/cases/${c.caseId}/follow-ups/fu-1/held`, caseworker, {
      heldOn: '2026-06-01',
      childHeard: true,
      outcome: 'continue',
      nextFollowUpInMonths: 6,
    });
    expect(again.status).toBe(409);

    const end = await call('POST', `/v1/cases/${c.caseId}/follow-ups/fu-3/held`, caseworker, {
      heldOn: '2026-11-20',
      childHeard: true,
      outcome: 'end',
    });
    expect(end.status).toBe(200);
    expect(end.body.nextFollowUp).toBeNull();
    expect((await followUps(c.caseId)).map((f) => f.followUpId)).toEqual(['fu-1', 'fu-2', 'fu-3']);
  });

  it('keeps the history of an intensity change and shows the new provider and caseworker', async () => {
    const admin = await tokenFor({ role: 'admin', email: 'admin@kommune.example' });
    await call('POST', '/v1/providers', admin, {
      providerId: 'familiehuset',
      name: 'Familiehuset',
      contactEmail: 'familiehuset@kommune.example',
    });
    const c = await register({ caseNumber: 'NYB-ADJUST' });
    const res = await call('PATCH', `/v1/cases/${c.caseId}`, caseworker, {
      hoursPerWeek: 10,
      providerId: 'familiehuset',
      caseworkerEmail: 'Ny.Sagsbehandler@kommune.example',
      effectiveFrom: '2026-11-16',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      hoursPerWeek: 10,
      providerId: 'familiehuset',
      caseworkerEmail: 'ny.sagsbehandler@kommune.example',
      history: [
        {
          effectiveFrom: '2026-11-16',
          before: {
            hoursPerWeek: 6,
            providerId: 'hjemmebasen',
            caseworkerEmail: 'sagsbehandler@kommune.example',
          },
          after: {
            hoursPerWeek: 10,
            providerId: 'familiehuset',
            caseworkerEmail: 'ny.sagsbehandler@kommune.example',
          },
        },
      ],
    });
    // The case moved with the provider: the old provider no longer reaches it, the new one does.
    const oldProvider = await tokenFor({ role: 'provider', providerId: 'hjemmebasen' });
    const newProvider = await tokenFor({ role: 'provider', providerId: 'familiehuset' });
    expect((await call('GET', `/v1/cases/${c.caseId}`, oldProvider)).status).toBe(404);
    expect((await call('GET', `/v1/cases/${c.caseId}`, newProvider)).status).toBe(200);
  });

  it('closes a case: its follow-ups are cancelled and the team leader reads the audit trail', async () => {
    const c = await register({ caseNumber: 'NYB-CLOSE' });
    await followUps(c.caseId);
    const today = localDateOf(new Date());
    const closed = await call('POST', `/v1/cases/${c.caseId}/close`, caseworker, {
      closedOn: today,
      reason: 'moved',
    });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', closedOn: today, closeReason: 'moved' });
    expect((await followUps(c.caseId)).map((f) => f.status)).toEqual(['cancelled']);
    expect(
      (await call('POST', `/v1/cases/${c.caseId}/close`, caseworker, { closedOn: today, reason: 'moved' }))
        .status,
    ).toBe(409);

    const leader = await tokenFor({ role: 'teamleader', email: 'leder@kommune.example' });
    const audit = await call('GET', `/v1/cases/${c.caseId}/audit`, leader);
    expect(audit.status).toBe(200);
    expect(audit.body.map((e: { action: string }) => e.action)).toEqual([
      'case.create',
      'follow-ups.read',
      'case.close',
      'follow-ups.read',
      'audit.read',
    ]);
    expect(audit.body[0].actor).toMatchObject({ role: 'caseworker', email: 'sagsbehandler@kommune.example' });
  });
});
