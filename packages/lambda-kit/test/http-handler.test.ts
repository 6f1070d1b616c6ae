import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
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
      'GET /openapi.json': route({
        roles: 'public',
        run: async () => ({ status: 200, body: { openapi: '3.1.0' } }),
      }),
    },
  });
  return { handler, calls };
};

const event = (routeKey: string, body?: string, auth = true): APIGatewayProxyEventV2 =>
  ({
    routeKey,
    headers: auth ? { Authorization: 'Bearer x' } : {},
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
});
