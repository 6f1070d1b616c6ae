import { type LocalStack, startLocalStack } from '@hjemmestotte/local-stack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// What a caseworker's changes mean for the reminders: a reassigned case reminds the new caseworker, a
// closed case reminds nobody. The sweep runs as if on Monday 23 November 2026 at 07:00; the first
// follow-ups (started 1 September: due 1 December) lie inside its 10-working-day window.
let stack: LocalStack;

const call = async (method: string, path: string, token: string, body?: unknown) => {
  const res = await fetch(`${stack.apiUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
};

const registration = (caseNumber: string) => ({
  caseNumber,
  caseworkerEmail: 'gammel@kommune.example',
  children: [{ firstName: 'Ida', birthDate: '2024-03-14' }],
  legalBasis: 'Barnets Lov § 32, stk. 1, nr. 2',
  program: 'home-support',
  assessment: { kind: 'investigation', status: 'completed', completedOn: '2026-08-20' },
  decidedOn: '2026-08-25',
  startsOn: '2026-09-01',
  expectedEndOn: '2027-06-30',
  hoursPerWeek: 6,
  providerId: 'hjemmebasen',
  planRequired: false,
  purpose: 'Trygge rammer.',
});

beforeAll(async () => {
  stack = await startLocalStack({});
});
afterAll(async () => {
  await stack?.stop();
});

describe('reminders after caseworker changes', () => {
  it('reminds the new caseworker of a reassigned case and nobody of a closed one', async () => {
    const admin = (await stack.issuer.issue({ role: 'admin', email: 'admin@kommune.example' })).access_token;
    const cw = (await stack.issuer.issue({ role: 'caseworker', email: 'gammel@kommune.example' }))
      .access_token;
    await call('POST', '/v1/providers', admin, {
      providerId: 'hjemmebasen',
      name: 'H',
      contactEmail: 'h@example.org',
    });
    const ids: Record<string, string> = {};
    for (const n of ['REM-MOVED', 'REM-CLOSED', 'REM-KEPT']) {
      const res = await call('POST', '/v1/cases', cw, registration(n));
      expect(res.status).toBe(201);
      expect(res.body.followUps[0].dueOn).toBe('2026-12-01');
      ids[n] = res.body.caseId;
    }
    const moved = await call('PATCH', `/v1/cases/${ids['REM-MOVED']}`, cw, {
      caseworkerEmail: 'ny@kommune.example',
    });
    expect(moved.status).toBe(200);
    const closed = await call('POST', `/v1/cases/${ids['REM-CLOSED']}/close`, cw, {
      closedOn: '2026-11-20',
      reason: 'family-withdrew',
    });
    expect(closed.status).toBe(200);
    await stack.settle();

    await stack.scheduler.run('reminders', '2026-11-23T07:00:00+01:00');
    const { emails } = (await (await fetch(`${stack.sesUrl}/store`)).json()) as {
      emails: { destination: { to: string[] }; body: { text: string } }[];
    };
    const textTo = (who: string) =>
      emails
        .filter((e) => e.destination.to.includes(who))
        .map((e) => e.body.text)
        .join('\n');
    expect(textTo('ny@kommune.example')).toContain('REM-MOVED');
    expect(textTo('gammel@kommune.example')).toContain('REM-KEPT');
    expect(textTo('gammel@kommune.example')).not.toContain('REM-MOVED');
    expect(emails.map((e) => e.body.text).join('\n')).not.toContain('REM-CLOSED');
  });
});
