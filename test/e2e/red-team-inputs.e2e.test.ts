import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../packages/local-stack/src/stack.ts';
import { type CaseWorld, createCaseWorld, registrationBody, visitBody } from '../security/case-world.ts';
import { footprint } from '../security/footprint.ts';
import { api } from '../support/http.ts';

// Issue 11, "bad input that gets 5xx or is let through": each request as the red team sent it, over HTTP
// through the local stack. Each answered 500 or was stored before the fixes; now a 4xx naming the field,
// and nothing written.
describe('the red team inputs of issue 11', () => {
  let stack: LocalStack;
  let w: CaseWorld;
  beforeAll(async () => {
    stack = await startLocalStack({});
    w = await createCaseWorld(stack);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const newCase = (overrides: Record<string, unknown>) => ({
    ...registrationBody({
      caseNumber: `RT-${randomUUID().slice(0, 8)}`,
      providerId: w.providerA,
      caseworkerEmail: w.caseworkerEmail,
    }),
    ...overrides,
  });

  /** Sends the request and answers [status, the paths its problem names]; asserts nothing was written. */
  const refused = async (token: string, method: string, path: string, body?: unknown, headers = {}) => {
    await stack.settle();
    const before = await footprint(stack);
    const res = await api(stack, token, method, path, body, headers);
    await stack.settle();
    expect(await footprint(stack)).toEqual(before);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    return [res.status, (res.body.errors ?? []).map((e: { path: string }) => e.path)];
  };

  it.each([5e-324, 1e-131])('hoursPerWeek %s in a registration: 400 naming hoursPerWeek', async (hours) => {
    expect(await refused(w.tokens.caseworker, 'POST', '/v1/cases', newCase({ hoursPerWeek: hours }))).toEqual(
      [400, ['hoursPerWeek']],
    );
  });

  it('hoursPerWeek 1e-200 in a PATCH: 400 naming hoursPerWeek', async () => {
    expect(
      await refused(w.tokens.caseworker, 'PATCH', `/v1/cases/${w.caseId}`, { hoursPerWeek: 1e-200 }),
    ).toEqual([400, ['hoursPerWeek']]);
  });

  it('a 2,100-character caseId and a 1,100-character followUpId: 404 naming the parameter', async () => {
    expect(await refused(w.tokens.caseworker, 'GET', `/v1/cases/${'a'.repeat(2100)}`)).toEqual([
      404,
      ['caseId'],
    ]);
    expect(
      await refused(
        w.tokens.caseworker,
        'POST',
        `/v1/cases/${w.caseId}/follow-ups/${'f'.repeat(1100)}/held`,
        {
          heldOn: '2026-11-20',
          childHeard: true,
          outcome: 'end',
        },
      ),
    ).toEqual([404, ['followUpId']]);
  });

  it('a case decided in year 0001: 422 naming its dates', async () => {
    const [status, paths] = await refused(
      w.tokens.caseworker,
      'POST',
      '/v1/cases',
      newCase({
        decidedOn: '0001-01-01',
        startsOn: '0001-01-08',
        assessment: { kind: 'investigation', status: 'completed', completedOn: '0001-01-01' },
      }),
    );
    expect(status).toBe(422);
    expect(paths).toEqual(expect.arrayContaining(['decidedOn', 'startsOn', 'assessment.completedOn']));
  });

  it.each(['01 02 03 1234', '01.02.03-1234', '010203\u20111234', '０１０２０３１２３４', 'CPR0102031234'])(
    'a visit note holding %j: 422 naming note',
    async (note) => {
      expect(
        await refused(
          w.tokens.providerOfCase,
          'POST',
          `/v1/cases/${w.caseId}/visits`,
          visitBody(30, { note }),
          {
            'idempotency-key': randomUUID(),
          },
        ),
      ).toEqual([422, ['note']]);
    },
  );

  it.each(['text/plain', 'application/x-www-form-urlencoded'])(
    'a %s body: 415 naming content-type',
    async (type) => {
      expect(
        await refused(w.tokens.caseworker, 'POST', '/v1/cases', JSON.stringify(newCase({})), {
          'content-type': type,
        }),
      ).toEqual([415, ['content-type']]);
    },
  );

  it('"\\u200b\\u200b" as a first name: 400 naming it', async () => {
    const body = newCase({ children: [{ firstName: '\u200b\u200b', birthDate: '2025-03-14' }] });
    expect(await refused(w.tokens.caseworker, 'POST', '/v1/cases', body)).toEqual([
      400,
      ['children.0.firstName'],
    ]);
  });

  it('AB-1 and then ab-1: the second is 409', async () => {
    const tag = randomUUID().slice(0, 6).toUpperCase();
    const first = await api(
      stack,
      w.tokens.caseworker,
      'POST',
      '/v1/cases',
      newCase({ caseNumber: `AB-${tag}` }),
    );
    expect(first.status).toBe(201);
    expect(
      await refused(
        w.tokens.caseworker,
        'POST',
        '/v1/cases',
        newCase({ caseNumber: `ab-${tag.toLowerCase()}` }),
      ),
    ).toEqual([409, ['caseNumber']]);
  });
});
