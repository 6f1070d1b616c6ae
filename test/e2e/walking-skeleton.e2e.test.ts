import { registrationExample } from '@hjemmestotte/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../packages/local-stack/src/stack.ts';
import { api, tokenFor } from '../support/http.ts';

/** One case through all four services: intake → event → planning → visits → reminders → SES emulator. */
describe('walking skeleton', () => {
  let stack: LocalStack;
  beforeAll(async () => {
    stack = await startLocalStack({});
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('registers a case, schedules its first follow-up, logs a visit and emails the caseworker before it is due', async () => {
    const admin = await tokenFor(stack, { role: 'admin', email: 'admin@demo.kommune.example' });
    const caseworker = await tokenFor(stack, {
      role: 'caseworker',
      email: 'cw.skeleton@demo.kommune.example',
    });
    const provider = await tokenFor(stack, { role: 'provider', providerId: 'skeleton-provider' });
    const reg = await api(stack, admin, 'POST', '/v1/providers', {
      providerId: 'skeleton-provider',
      name: 'Skeleton Provider',
      contactEmail: 'kontakt@skeleton.example',
    });
    expect(reg.status).toBe(201);

    const created = await api(stack, caseworker, 'POST', '/v1/cases', {
      ...structuredClone(registrationExample),
      caseNumber: 'SKEL-2026-0001',
      caseworkerEmail: 'cw.skeleton@demo.kommune.example',
      providerId: 'skeleton-provider',
    });
    expect(created.status).toBe(201);
    const caseId = created.body.caseId as string;
    expect(created.body.followUps).toEqual([
      { followUpId: 'fu-1', kind: 'first', dueOn: '2027-02-09', status: 'scheduled' },
    ]);
    expect(created.body.deadlines).toEqual({ planDueOn: '2027-02-02' });

    await stack.settle();
    const followUps = await api(stack, caseworker, 'GET', `/v1/cases/${caseId}/follow-ups`);
    expect(followUps.body).toEqual([
      { followUpId: 'fu-1', kind: 'first', dueOn: '2027-02-09', status: 'scheduled', reportReceived: false },
    ]);

    const visit = await api(
      stack,
      provider,
      'POST',
      `/v1/cases/${caseId}/visits`,
      {
        startedAt: '2026-11-20T07:00:00+01:00',
        durationMinutes: 120,
        location: 'home',
        staffCount: 1,
        methods: ['structure-routines', 'guidance'],
        note: 'Morgenrutine gennemgået med mor.',
      },
      { 'idempotency-key': 'skeleton-visit-1' },
    );
    expect(visit.status).toBe(201);
    await stack.settle();
    expect(stack.bus.accepted.map((e) => e.detailType)).toEqual(
      expect.arrayContaining(['CaseOpened', 'FollowUpScheduled', 'VisitLogged']),
    );

    // 2027-01-26 is 10 working days before Tuesday 9 February 2027.
    const summary = await stack.scheduler.run('reminders', '2027-01-26T06:00:00Z');
    // One digest to the caseworker, one status-report request to the provider.
    expect(summary).toMatchObject({ today: '2027-01-26', emailsSent: 2 });
    const store = (await (await fetch(`${stack.sesUrl}/store`)).json()) as {
      emails: {
        destination: { to: string[] };
        subject: string;
        body: { text: string };
        attachments: unknown[];
      }[];
    };
    const mine = store.emails.filter((e) => e.destination.to.includes('cw.skeleton@demo.kommune.example'));
    expect(mine).toHaveLength(1);
    expect(mine[0]?.body.text).toContain('SKEL-2026-0001');
    expect(mine[0]?.body.text).toContain('tirsdag den 9. februar 2027');
    expect(mine[0]?.body.text).not.toContain('Ida');
    expect(mine[0]?.attachments).toHaveLength(1);
  });
});
