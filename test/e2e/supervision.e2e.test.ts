import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../packages/local-stack/src/stack.ts';
import { api, tokenFor } from '../support/http.ts';

const PURPOSE = 'Forældrene bliver i stand til at skabe en forudsigelig hverdag.';

/*
 * October 2026 through the whole stack (HTTP, outbox, bus, roll-up), counted by hand:
 * TILSYN-1 (tilsyn-a) from 2026-09-01, 6 h/week, 12 h/week from 2026-10-16:
 *   15 days x 6/7 + 16 days x 12/7 = 282/7 = 40.2857… -> 40.29; one visit of 90 min on 20 October -> 1.50.
 * TILSYN-2 (tilsyn-b) from 2026-09-01, 7 h/week, closed 2026-10-10: 10 days x 7/7 = 10.00; one visit of
 *   60 min on 5 October -> 1.00.
 * Nothing is due in October: follow-ups 2026-12-01, plan deadline 2026-11-24.
 */
describe('supervision report end to end', () => {
  let stack: LocalStack;
  let teamLeader: string;

  const report = (month: string, headers: Record<string, string> = {}) =>
    api(stack, teamLeader, 'GET', `/v1/reports/supervision?month=${month}`, undefined, headers);

  beforeAll(async () => {
    stack = await startLocalStack({});
    const admin = await tokenFor(stack, { role: 'admin', email: 'admin@demo.kommune.example' });
    const caseworker = await tokenFor(stack, { role: 'caseworker', email: 'cw@demo.kommune.example' });
    teamLeader = await tokenFor(stack, { role: 'teamleader', email: 'teamleder@demo.kommune.example' });
    const ids: Record<string, string> = {};
    for (const [tag, providerId, hours] of [
      ['1', 'tilsyn-a', 6],
      ['2', 'tilsyn-b', 7],
    ] as const) {
      expect(
        (
          await api(stack, admin, 'POST', '/v1/providers', {
            providerId,
            name: `Leverandør ${tag}`,
            contactEmail: `kontakt@${providerId}.example`,
          })
        ).status,
      ).toBe(201);
      const res = await api(stack, caseworker, 'POST', '/v1/cases', {
        caseNumber: `TILSYN-${tag}`,
        caseworkerEmail: 'cw@demo.kommune.example',
        children: [{ firstName: 'Ida', birthDate: '2025-03-14' }],
        legalBasis: 'Barnets Lov § 32, stk. 1, nr. 2',
        program: 'home-support',
        assessment: { kind: 'investigation', status: 'completed', completedOn: '2026-08-20' },
        decidedOn: '2026-08-24',
        startsOn: '2026-09-01',
        expectedEndOn: '2027-06-30',
        hoursPerWeek: hours,
        providerId,
        planRequired: true,
        purpose: PURPOSE,
      });
      expect(res.status).toBe(201);
      ids[tag] = res.body.caseId;
    }
    const visit = async (caseId: string, providerId: string, startedAt: string, durationMinutes: number) => {
      const token = await tokenFor(stack, { role: 'provider', providerId });
      const res = await api(
        stack,
        token,
        'POST',
        `/v1/cases/${caseId}/visits`,
        { startedAt, durationMinutes, location: 'home', staffCount: 1, methods: ['guidance'] },
        { 'idempotency-key': crypto.randomUUID() },
      );
      expect(res.status).toBe(201);
    };
    const patch = await api(stack, caseworker, 'PATCH', `/v1/cases/${ids['1']}`, {
      hoursPerWeek: 12,
      effectiveFrom: '2026-10-16',
    });
    expect(patch.status).toBe(200);
    await visit(ids['1']!, 'tilsyn-a', '2026-10-20T08:00:00+02:00', 90);
    await visit(ids['2']!, 'tilsyn-b', '2026-10-05T08:00:00+02:00', 60);
    const closed = await api(stack, caseworker, 'POST', `/v1/cases/${ids['2']}/close`, {
      closedOn: '2026-10-10',
      reason: 'goals-met',
    });
    expect(closed.status).toBe(200);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const expectedProviders = [
    { providerId: 'tilsyn-a', cases: 1, hoursGranted: 40.29, hoursDelivered: 1.5, visits: 1, concerns: 0 },
    { providerId: 'tilsyn-b', cases: 1, hoursGranted: 10, hoursDelivered: 1, visits: 1, concerns: 0 },
  ];

  it("gives the team leader October's figures, rolled up from the events", async () => {
    // The roll-up follows the events within moments: wait until it has seen all of them.
    let body: { providers?: unknown } | undefined;
    for (let i = 0; i < 100; i++) {
      const res = await report('2026-10');
      expect(res.status).toBe(200);
      body = res.body;
      if (JSON.stringify(body?.providers) === JSON.stringify(expectedProviders)) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(body).toEqual({
      month: '2026-10',
      asOf: '2026-10-31',
      followUps: { due: 0, heldOnTime: 0, heldLate: 0, overdue: 0, notYetDue: 0 },
      plansMissing: 0,
      investigationsOverdue: 0,
      providers: expectedProviders,
      overdueFollowUps: [],
    });
  });

  it('gives the same as CSV for Danish Excel with Accept: text/csv', async () => {
    const res = await fetch(`${stack.apiUrl}/v1/reports/supervision?month=2026-10`, {
      headers: { authorization: `Bearer ${teamLeader}`, accept: 'text/csv' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="tilsyn-2026-10.csv"');
    // The raw bytes: fetch's text() would drop the BOM.
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(
      'Måned;Opgjort pr.;Opfølgninger forfaldne;Holdt til tiden;Holdt for sent;Overskredne;Endnu ikke forfaldne;Planer mangler;Undersøgelser over 4 måneder\r\n' +
        '2026-10;2026-10-31;0;0;0;0;0;0;0\r\n' +
        '\r\n' +
        'Leverandør;Sager;Bevilgede timer;Leverede timer;Besøg;Bekymringer\r\n' +
        'tilsyn-a;1;40,29;1,50;1;0\r\n' +
        'tilsyn-b;1;10,00;1,00;1;0\r\n' +
        '\r\n' +
        'Overskredet opfølgning: sagsnummer;Forfaldsdato\r\n',
    );
  });

  it('refuses a malformed month with 400 and a month not yet begun with 422, naming month', async () => {
    for (const [month, status] of [
      ['2026-13', 400],
      ['oktober', 400],
      ['2999-01', 422],
    ] as const) {
      const res = await report(month);
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['month']);
    }
  });

  it("mails the team leader October's counts once, on Monday 2 November (the 1st is a Sunday)", async () => {
    interface Stored {
      destination: { to: string[] };
      subject: string;
      body: { text: string; html: string };
    }
    const mails = async () =>
      ((await (await fetch(`${stack.sesUrl}/store`)).json()) as { emails: Stored[] }).emails.filter(
        (e) => e.subject === 'Tilsyn for oktober 2026',
      );
    expect(await stack.scheduler.run('supervision', '2026-11-01T06:00:00Z')).toMatchObject({ sent: 0 });
    expect(await stack.scheduler.run('supervision', '2026-11-02T06:00:00Z')).toMatchObject({
      month: '2026-10',
      sent: 1,
    });
    expect(await stack.scheduler.run('supervision', '2026-11-02T07:00:00Z')).toMatchObject({
      sent: 0,
      alreadySent: 1,
    });
    const sent = await mails();
    expect(sent.map((m) => m.destination.to)).toEqual([['teamleder@demo.kommune.example']]);
    const text = sent[0]!.body.text;
    expect(text).toContain('Opfølgninger med frist i måneden: 0');
    expect(text).toContain(
      'tilsyn-a: 1 sager, 40,29 timer bevilget, 1,50 timer leveret, 1 besøg, 0 bekymringer',
    );
    expect(text).toContain(`Se hele opgørelsen: ${stack.apiUrl}/tilsyn?maaned=2026-10`);
    // No case numbers: nothing was overdue.
    expect(text).not.toMatch(/TILSYN-/);
    expect(sent[0]!.body.html).not.toMatch(/TILSYN-|Ida|Forældrene/);
  });

  it('counts a concern raised with a visit now in the current month', async () => {
    const token = await tokenFor(stack, { role: 'provider', providerId: 'tilsyn-a' });
    const cases = await api(stack, token, 'GET', '/v1/provider/cases');
    const caseId = cases.body[0].caseId;
    const res = await api(
      stack,
      token,
      'POST',
      `/v1/cases/${caseId}/visits`,
      {
        startedAt: new Date(Date.now() - 3 * 60_000).toISOString(),
        durationMinutes: 30,
        location: 'home',
        staffCount: 1,
        methods: ['guidance'],
        concern: { level: 'non-acute', note: 'Bekymring noteret.' },
      },
      { 'idempotency-key': crypto.randomUUID() },
    );
    expect(res.status).toBe(201);
    const month = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Copenhagen',
      year: 'numeric',
      month: '2-digit',
    }).format(new Date());
    let provider: { visits?: number; concerns?: number } | undefined;
    for (let i = 0; i < 100; i++) {
      const r = await report(month);
      provider = r.body.providers.find((p: { providerId: string }) => p.providerId === 'tilsyn-a');
      if (provider?.concerns === 1) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(provider).toMatchObject({ visits: 1, concerns: 1, hoursDelivered: 0.5 });
  });
});
