import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createHttpHandler, MAX_BODY_BYTES, route } from '../src/http-handler.ts';
import type { Principal } from '../src/principal.ts';
import { unauthorized, unprocessable } from '../src/problem.ts';

const caseworker: Principal = { kind: 'user', sub: 'u1', email: 'cw@k.example', roles: ['caseworker'] };
const provider: Principal = { kind: 'provider', sub: 'c1', clientId: 'c1', providerId: 'p1' };

const handlerFor = (principal: Principal | undefined) => {
  const calls: unknown[] = [];
  const handler = createHttpHandler({
    verifier: () => async (authorization) => {
      if (!authorization || !principal) throw unauthorized();
      return principal;
    },
    routes: {
      'POST /v1/things': route({
        roles: ['caseworker'],
        body: z
          .object({ name: z.string(), items: z.array(z.object({ at: z.iso.date() }).strict()) })
          .strict(),
        run: async ({ body }) => {
          calls.push(body);
          if (body.name === 'rule') throw unprocessable([{ path: 'name', message: 'breaks a rule' }]);
          if (body.name === 'boom') throw new Error('database password is hunter2');
          return { status: 201, body: { ok: true } };
        },
      }),
      'GET /v1/cases/{caseId}/follow-ups/{followUpId}': route({
        roles: ['caseworker'],
        run: async ({ params }) => {
          calls.push(params);
          return { status: 200, body: params };
        },
      }),
      'GET /v1/things/{thingId}': route({
        roles: ['caseworker'],
        run: async ({ params }) => {
          calls.push(params);
          return { status: 200, body: params };
        },
      }),
      'GET /openapi.json': route({
        roles: 'public',
        run: async () => ({ status: 200, body: { openapi: '3.1.0' } }),
      }),
    },
  });
  return { handler, calls };
};

const event = (
  routeKey: string,
  body?: string,
  auth = true,
  pathParameters?: Record<string, string>,
  contentType: string | null = 'application/json',
  queryStringParameters?: Record<string, string>,
): APIGatewayProxyEventV2 =>
  ({
    routeKey,
    queryStringParameters,
    headers: {
      ...(auth ? { Authorization: 'Bearer x' } : {}),
      ...(contentType === null ? {} : { 'Content-Type': contentType }),
    },
    pathParameters,
    body,
    isBase64Encoded: false,
  }) as unknown as APIGatewayProxyEventV2;
const context = { awsRequestId: 'r1' } as Context;

const call = async (h: ReturnType<typeof handlerFor>['handler'], e: APIGatewayProxyEventV2) => {
  const out = await h(e, context);
  return {
    status: out.statusCode,
    type: out.headers?.['content-type'],
    body: out.body ? JSON.parse(out.body) : undefined,
  };
};

describe('the HTTP adapter', () => {
  it('runs the use case with the parsed body and answers its result', async () => {
    const { handler, calls } = handlerFor(caseworker);
    const out = await call(handler, event('POST /v1/things', JSON.stringify({ name: 'a', items: [] })));
    expect(out).toEqual({ status: 201, type: 'application/json', body: { ok: true } });
    expect(calls).toEqual([{ name: 'a', items: [] }]);
  });

  it('answers 400 problem+json naming the field of a wrong type and of an unknown field, without running the use case', async () => {
    const { handler, calls } = handlerFor(caseworker);
    const out = await call(
      handler,
      event('POST /v1/things', JSON.stringify({ name: 1, items: [{ at: '2026-02-30', x: 1 }] })),
    );
    expect(out.status).toBe(400);
    expect(out.type).toBe('application/problem+json');
    expect(out.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'items.0.at',
      'items.0.x',
      'name',
    ]);
    expect(calls).toEqual([]);
  });

  it('answers 400 for malformed JSON', async () => {
    const { handler, calls } = handlerFor(caseworker);
    const out = await call(handler, event('POST /v1/things', '{"name": '));
    expect(out).toMatchObject({ status: 400, body: { title: 'Malformed JSON', status: 400 } });
    expect(calls).toEqual([]);
  });

  it('answers 413 for a body over 64 KiB', async () => {
    const { handler, calls } = handlerFor(caseworker);
    const big = JSON.stringify({ name: 'x'.repeat(MAX_BODY_BYTES), items: [] });
    expect((await call(handler, event('POST /v1/things', big))).status).toBe(413);
    expect(calls).toEqual([]);
  });

  it('answers 401 without a token and 403 for a role the route does not admit', async () => {
    expect((await call(handlerFor(caseworker).handler, event('POST /v1/things', '{}', false))).status).toBe(
      401,
    );
    const { handler, calls } = handlerFor(provider);
    expect(
      (await call(handler, event('POST /v1/things', JSON.stringify({ name: 'a', items: [] })))).status,
    ).toBe(403);
    expect(calls).toEqual([]);
  });

  it('passes rule violations on as 422 with their paths', async () => {
    const out = await call(
      handlerFor(caseworker).handler,
      event('POST /v1/things', JSON.stringify({ name: 'rule', items: [] })),
    );
    expect(out).toMatchObject({
      status: 422,
      body: { errors: [{ path: 'name', message: 'breaks a rule' }] },
    });
  });

  it('hides the internals of an unexpected error behind a 500 problem', async () => {
    const out = await call(
      handlerFor(caseworker).handler,
      event('POST /v1/things', JSON.stringify({ name: 'boom', items: [] })),
    );
    expect(out.status).toBe(500);
    expect(JSON.stringify(out.body)).not.toContain('hunter2');
  });

  it('serves a public route without a token', async () => {
    const out = await call(handlerFor(undefined).handler, event('GET /openapi.json', undefined, false));
    expect(out).toMatchObject({ status: 200, body: { openapi: '3.1.0' } });
  });

  describe('the content type of a body', () => {
    const body = JSON.stringify({ name: 'a', items: [] });
    it.each(['application/json', 'application/json; charset=utf-8', 'Application/JSON;charset="UTF-8"'])(
      'reads a body sent as %j',
      async (contentType) => {
        const { handler, calls } = handlerFor(caseworker);
        const out = await call(handler, event('POST /v1/things', body, true, undefined, contentType));
        expect(out.status).toBe(201);
        expect(calls).toHaveLength(1);
      },
    );

    it.each([
      ['text/plain', body],
      ['text/plain;charset=UTF-8', body],
      ['application/x-www-form-urlencoded', 'name=a'],
      ['multipart/form-data; boundary=x', body],
      ['application/problem+json', body],
      ['application/jsonp', body],
      ['application/json; charset=iso-8859-1', body],
      [null, body],
    ])(
      'answers 415 problem+json naming content-type for %j, without running the use case',
      async (contentType, raw) => {
        const { handler, calls } = handlerFor(caseworker);
        const out = await call(handler, event('POST /v1/things', raw, true, undefined, contentType));
        expect(out).toMatchObject({
          status: 415,
          type: 'application/problem+json',
          body: { status: 415, errors: [{ path: 'content-type', message: expect.any(String) }] },
        });
        expect(calls).toEqual([]);
      },
    );

    it('does not ask for a content type on a route without a body', async () => {
      const out = await call(
        handlerFor(undefined).handler,
        event('GET /openapi.json', undefined, false, undefined, 'text/plain'),
      );
      expect(out.status).toBe(200);
    });
  });

  it.each(['01 02 03 1234', 'CPR0102031234', '０１０２０３－１２３４'])(
    'answers 422 naming the field to a CPR number %j in any body, without running the use case',
    async (name) => {
      const { handler, calls } = handlerFor(caseworker);
      const out = await call(handler, event('POST /v1/things', JSON.stringify({ name, items: [] })));
      expect(out).toMatchObject({ status: 422, body: { errors: [{ path: 'name' }] } });
      expect(calls).toEqual([]);
    },
  );

  it('answers 400 naming a query parameter over 1,024 characters, and passes shorter ones on', async () => {
    const { handler, calls } = handlerFor(caseworker);
    const thing = 'GET /v1/things/{thingId}';
    const long = await call(
      handler,
      event(thing, undefined, true, { thingId: 't1' }, null, { caseNumber: 'A'.repeat(2100) }),
    );
    expect(long).toMatchObject({ status: 400, body: { errors: [{ path: 'caseNumber' }] } });
    expect(calls).toEqual([]);
    const ok = await call(
      handler,
      event(thing, undefined, true, { thingId: 't1' }, null, { q: 'A'.repeat(1024) }),
    );
    expect(ok.status).toBe(200);
  });

  describe('path parameters', () => {
    const caseId = '3f0c2d4e-8a51-4c1b-9e7f-2b6d5a8c9e10';
    const followUps = 'GET /v1/cases/{caseId}/follow-ups/{followUpId}';

    it('passes well-formed ids on to the use case', async () => {
      const { handler, calls } = handlerFor(caseworker);
      const out = await call(handler, event(followUps, undefined, true, { caseId, followUpId: 'fu-2' }));
      expect(out.status).toBe(200);
      expect(calls).toEqual([{ caseId, followUpId: 'fu-2' }]);
    });

    it.each<[string, Record<string, string>, string]>([
      ['a 2,100-character caseId', { caseId: 'a'.repeat(2100), followUpId: 'fu-1' }, 'caseId'],
      ['a 1,100-character followUpId', { caseId, followUpId: 'f'.repeat(1100) }, 'followUpId'],
      ['a caseId that is no UUID', { caseId: 'nope', followUpId: 'fu-1' }, 'caseId'],
      ['a followUpId with a slash', { caseId, followUpId: 'fu/1' }, 'followUpId'],
      ['an empty caseId', { caseId: '', followUpId: 'fu-1' }, 'caseId'],
    ])('answers 404 naming the parameter for %s, without running the use case', async (_, params, name) => {
      const { handler, calls } = handlerFor(caseworker);
      const out = await call(handler, event(followUps, undefined, true, params));
      expect(out).toMatchObject({ status: 404, type: 'application/problem+json' });
      expect(out.body.errors).toEqual([{ path: name, message: expect.any(String) }]);
      // The value is never echoed: it may be anything, of any length.
      expect(JSON.stringify(out.body).length).toBeLessThan(400);
      expect(calls).toEqual([]);
    });

    it('bounds a parameter the shared table does not name', async () => {
      const { handler, calls } = handlerFor(caseworker);
      const thing = 'GET /v1/things/{thingId}';
      expect((await call(handler, event(thing, undefined, true, { thingId: 'x'.repeat(129) }))).status).toBe(
        404,
      );
      expect((await call(handler, event(thing, undefined, true, { thingId: 'x'.repeat(128) }))).status).toBe(
        200,
      );
      expect(calls).toHaveLength(1);
    });

    it('asks for a token before it looks at the parameters', async () => {
      const out = await call(
        handlerFor(caseworker).handler,
        event(followUps, undefined, false, { caseId: 'a'.repeat(2100), followUpId: 'fu-1' }),
      );
      expect(out.status).toBe(401);
    });
  });
});
