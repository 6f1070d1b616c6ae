import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../packages/local-stack/src/stack.ts';
import { api, tokenFor } from '../support/http.ts';

interface StoredEmail {
  destination: { to: string[] };
  subject: string;
  body: { text: string; html: string };
  attachments: { filename?: string; contentType?: string; content?: unknown }[];
}

const CHILD = { firstName: 'Ida', birthDate: '2025-03-14' };
const PURPOSE = 'Forældrene bliver i stand til at skabe en forudsigelig hverdag.';

/** The reminders through the whole local stack: cases over HTTP, the schedule fired on chosen dates, SES's store. */
describe('reminders end to end', () => {
  let stack: LocalStack;
  let admin: string;
  let caseworker: string;

  const emails = async () =>
    ((await (await fetch(`${stack.sesUrl}/store`)).json()) as { emails: StoredEmail[] }).emails;
  const to = async (address: string) => (await emails()).filter((e) => e.destination.to.includes(address));
  const sweep = (at: string) => stack.scheduler.run('reminders', at) as Promise<Record<string, unknown>>;

  const provider = async (providerId: string) => {
    const res = await api(stack, admin, 'POST', '/v1/providers', {
      providerId,
      name: `Leverandør ${providerId}`,
      contactEmail: `kontakt@${providerId}.example`,
    });
    expect(res.status).toBe(201);
  };

  /** A case whose first follow-up is 3 months after startsOn; its own caseworker and team leader addresses. */
  const register = async (
    tag: string,
    c: { startsOn: string; decidedOn: string; expectedEndOn?: string; planRequired?: boolean },
  ) => {
    const res = await api(stack, caseworker, 'POST', '/v1/cases', {
      caseNumber: `E2E-${tag}`,
      caseworkerEmail: `cw.${tag}@demo.kommune.example`,
      teamLeaderEmail: `tl.${tag}@demo.kommune.example`,
      children: [CHILD],
      legalBasis: 'Barnets Lov § 32, stk. 1, nr. 2',
      program: 'home-support',
      assessment: { kind: 'investigation', status: 'completed', completedOn: c.decidedOn },
      decidedOn: c.decidedOn,
      startsOn: c.startsOn,
      expectedEndOn: c.expectedEndOn ?? '2028-06-30',
      hoursPerWeek: 6,
      providerId: `p-${tag}`,
      planRequired: c.planRequired ?? false,
      purpose: PURPOSE,
    });
    expect(res.status).toBe(201);
    return res.body as { caseId: string; followUps: { dueOn: string }[] };
  };

  beforeAll(async () => {
    stack = await startLocalStack({});
    admin = await tokenFor(stack, { role: 'admin', email: 'admin@demo.kommune.example' });
    caseworker = await tokenFor(stack, { role: 'caseworker', email: 'cw@demo.kommune.example' });
  });
  afterAll(async () => {
    const all = await emails();
    await stack?.stop();
    // No email of the whole run carries the child's name, birth date or the decision's purpose.
    for (const e of all)
      expect(e.subject + e.body.text + e.body.html).not.toMatch(/Ida|2025-03-14|forudsigelig/);
  });
  beforeEach(async () => {
    await fetch(`${stack.sesUrl}/clear-store`, { method: 'POST' });
  });

  it('reminds of a follow-up due on a Saturday ahead, then as overdue on the Monday, then escalates', async () => {
    await provider('p-weekend');
    const c = await register('weekend', { decidedOn: '2026-11-02', startsOn: '2026-11-06' });
    expect(c.followUps[0]?.dueOn).toBe('2027-02-06');
    await stack.settle();

    expect(await sweep('2027-01-25T06:00:00Z')).toMatchObject({ today: '2027-01-25', emailsFailed: 0 });
    const ahead = await to('cw.weekend@demo.kommune.example');
    expect(ahead.map((e) => e.subject)).toEqual(['Hjemmestøtte: 1 opfølgning nærmer sig']);
    expect(ahead[0]?.body.text).toContain(
      'Første opfølgning i sag E2E-weekend skal holdes senest lørdag den 6. februar 2027',
    );
    expect(ahead[0]?.body.text).toContain('https://sager.demo.kommune.example/sag/E2E-weekend');
    expect(ahead[0]?.attachments.map((a) => a.filename)).toEqual(['opfoelgninger.ics']);
    // The emulator stores attachment content base64-encoded.
    const ics = Buffer.from(String(ahead[0]?.attachments[0]?.content), 'base64').toString('utf8');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain(`UID:${c.caseId}-fu-1@demo.hjemmestotte`);
    expect(ics).toContain('DTSTART;VALUE=DATE:20270206');
    const status = await to('kontakt@p-weekend.example');
    expect(status.map((e) => e.subject)).toEqual(['Hjemmestøtte: 1 statusrapport ønskes']);

    await sweep('2027-02-05T06:00:00Z');
    expect(await to('cw.weekend@demo.kommune.example')).toHaveLength(1);
    await sweep('2027-02-08T06:00:00Z');
    const overdue = await to('cw.weekend@demo.kommune.example');
    expect(overdue.map((e) => e.subject)).toEqual([
      'Hjemmestøtte: 1 opfølgning nærmer sig',
      'Hjemmestøtte: 1 opfølgning overskredet',
    ]);
    expect(overdue[1]?.body.text).toContain('skulle have været holdt senest lørdag den 6. februar 2027');
    expect(await to('tl.weekend@demo.kommune.example')).toEqual([]);

    // Friday 12 February: 5 working days after the Saturday. Two sweeps at once still escalate once; the one
    // that finds the lock taken fails its invocation (Lambda would retry it) rather than report success.
    const both = await Promise.allSettled([sweep('2027-02-12T06:00:00Z'), sweep('2027-02-12T06:00:00Z')]);
    const refused = both.filter((r) => r.status === 'rejected').map((r) => String(r.reason));
    expect(refused.length).toBeLessThanOrEqual(1);
    for (const r of refused) expect(r).toContain('another sweep holds the lock');
    const escalated = await to('tl.weekend@demo.kommune.example');
    expect(escalated.map((e) => e.subject)).toEqual(['Hjemmestøtte: 1 opfølgning over fristen']);
    expect(escalated[0]?.body.text).toContain(
      'E2E-weekend er 5 arbejdsdage over fristen lørdag den 6. februar 2027',
    );
  });

  it('makes a follow-up due on Maundy Thursday overdue on the Tuesday after Easter, in the first week of summer time', async () => {
    await provider('p-holiday');
    const c = await register('holiday', { decidedOn: '2026-12-20', startsOn: '2026-12-25' });
    expect(c.followUps[0]?.dueOn).toBe('2027-03-25');
    await stack.settle();

    // Langfredag and 2. påskedag (also the first day after the change to summer time) send nothing.
    expect(await sweep('2027-03-26T06:00:00Z')).toMatchObject({ skipped: 'not-a-working-day' });
    expect(await sweep('2027-03-29T05:00:00Z')).toMatchObject({ skipped: 'not-a-working-day' });
    expect(await to('cw.holiday@demo.kommune.example')).toEqual([]);

    // 05:00Z is 07:00 in Copenhagen in summer time.
    expect(await sweep('2027-03-30T05:00:00Z')).toMatchObject({ today: '2027-03-30' });
    const overdue = await to('cw.holiday@demo.kommune.example');
    expect(overdue.map((e) => e.subject)).toEqual(['Hjemmestøtte: 1 opfølgning overskredet']);
    expect(overdue[0]?.body.text).toContain('skulle have været holdt senest torsdag den 25. marts 2027');
  });

  it('reads the local date across the change back to winter time', async () => {
    await provider('p-autumn');
    const c = await register('autumn', { decidedOn: '2027-07-26', startsOn: '2027-08-01' });
    expect(c.followUps[0]?.dueOn).toBe('2027-11-01');
    await stack.settle();

    // 22:30Z on Monday 1 November is 23:30 the same day in Copenhagen (winter time, UTC+1): not yet overdue.
    expect(await sweep('2027-11-01T22:30:00Z')).toMatchObject({ today: '2027-11-01' });
    // 23:30Z is 00:30 on Tuesday 2 November: now it is.
    expect(await sweep('2027-11-01T23:30:00Z')).toMatchObject({ today: '2027-11-02' });
    expect((await to('cw.autumn@demo.kommune.example')).map((e) => e.subject)).toEqual([
      'Hjemmestøtte: 1 opfølgning nærmer sig',
      'Hjemmestøtte: 1 opfølgning overskredet',
    ]);
  });

  it('reminds of the plan deadline and of the expected end, the end also to the provider', async () => {
    await provider('p-deadlines');
    await register('deadlines', {
      decidedOn: '2026-11-02',
      startsOn: '2026-11-16',
      expectedEndOn: '2027-02-10',
      planRequired: true,
    });
    await stack.settle();

    await sweep('2027-01-27T06:00:00Z');

    const cw = await to('cw.deadlines@demo.kommune.example');
    expect(cw.map((e) => e.subject)).toEqual([
      'Hjemmestøtte: 1 plan skal foreligge, 1 afslutning nærmer sig',
    ]);
    expect(cw[0]?.body.text).toContain(
      'Barnets plan i sag E2E-deadlines skal foreligge senest tirsdag den 2. februar 2027',
    );
    expect(cw[0]?.attachments).toEqual([]);
    const providerMail = await to('kontakt@p-deadlines.example');
    expect(providerMail.map((e) => e.subject)).toEqual(['Hjemmestøtte: 1 afslutning nærmer sig']);
    expect(providerMail[0]?.body.text).toContain('forventes afsluttet onsdag den 10. februar 2027');

    await sweep('2027-02-03T06:00:00Z');
    const passed = await to('cw.deadlines@demo.kommune.example');
    expect(passed.map((e) => e.subject)).toEqual([
      'Hjemmestøtte: 1 plan skal foreligge, 1 afslutning nærmer sig',
      // The first follow-up (16 February) has entered the 10-working-day window by now.
      'Hjemmestøtte: 1 opfølgning nærmer sig, 1 plan mangler',
    ]);
  });

  it('tells the caseworker and team leader at once of a concern, with the case number only', async () => {
    await provider('p-concern');
    const c = await register('concern', { decidedOn: '2026-11-02', startsOn: '2026-11-09' });
    await stack.settle();
    const providerToken = await tokenFor(stack, { role: 'provider', providerId: 'p-concern' });

    const visit = await api(
      stack,
      providerToken,
      'POST',
      `/v1/cases/${c.caseId}/visits`,
      {
        startedAt: new Date(Date.now() - 3600_000).toISOString(),
        durationMinutes: 60,
        location: 'home',
        staffCount: 1,
        methods: ['conversation'],
        note: 'Mor virkede presset.',
        concern: { level: 'acute', note: 'Barnet havde blå mærker.' },
      },
      { 'idempotency-key': 'e2e-concern-1' },
    );
    expect(visit.status).toBe(201);
    await stack.settle();

    const all = await emails();
    expect(all.map((e) => [e.destination.to, e.subject])).toEqual([
      [['cw.concern@demo.kommune.example'], 'Bekymring i sag E2E-concern (akut)'],
      [['tl.concern@demo.kommune.example'], 'Bekymring i sag E2E-concern (akut)'],
    ]);
    for (const e of all) expect(e.body.text + e.body.html).not.toMatch(/blå mærker|presset/);
  });

  it("alerts the municipality's admin when SES reports a bounced address", async () => {
    const bus = new EventBridgeClient({ endpoint: stack.bus.endpoint });
    const detail = {
      eventType: 'Bounce',
      mail: { messageId: 'ses-e2e-1', destination: ['cw.gone@demo.kommune.example'] },
      bounce: {
        bounceType: 'Permanent',
        bouncedRecipients: [{ emailAddress: 'cw.gone@demo.kommune.example' }],
      },
    };
    const entry = {
      Source: 'aws.ses',
      DetailType: 'Email Bounced',
      Detail: JSON.stringify(detail),
      EventBusName: `${stack.municipality.id}-events`,
    };

    await bus.send(new PutEventsCommand({ Entries: [entry, entry] }));
    await stack.settle();

    const all = await emails();
    expect(all.map((e) => [e.destination.to, e.subject])).toEqual([
      [['it-drift@demo.kommune.example'], 'Hjemmestøtte: en modtageradresse afviser påmindelser'],
    ]);
    expect(all[0]?.body.text).toContain('cw.gone@demo.kommune.example');
  });
});
