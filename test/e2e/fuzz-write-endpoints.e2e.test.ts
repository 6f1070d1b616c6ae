import { randomUUID } from 'node:crypto';
import { routesOf } from '@hjemmestotte/wiring';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../packages/local-stack/src/stack.ts';
import { badBodies, hasValidBase, validBaseOf, wrongContentTypes } from '../fuzz/bad-bodies.ts';
import { badPathParam } from '../fuzz/bad-params.ts';
import { httpEvent, paramsOf } from '../fuzz/http-event.ts';
import { type CaseWorld, createCaseWorld } from '../security/case-world.ts';
import { footprint } from '../security/footprint.ts';
import { callers, routeTable } from '../security/route-table.ts';

// 2,000 bodies per route in-process (the handler exactly as Lambda calls it) and a sample over real HTTP.
// Over HTTP one call costs ~20 ms here, so 2,000 × 8 routes would take minutes; in-process ~1 ms.
const IN_PROCESS_RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const HTTP_RUNS = Number(process.env.FUZZ_HTTP_RUNS ?? 60);
const writeRoutes = routesOf().filter((r) => ['POST', 'PUT', 'PATCH'].includes(r.method));
const routesWithParams = routesOf().filter((r) => r.path.includes('{'));
const PARAM_RUNS = Number(process.env.FUZZ_PARAM_RUNS ?? 40);

describe('fuzzing every write route with bad bodies', () => {
  let stack: LocalStack;
  let world: CaseWorld;
  beforeAll(async () => {
    // Thousands of requests from one token: the edge's per-client limit (tested in rate-limits.e2e) is off here.
    stack = await startLocalStack({ rateLimits: [] });
    world = await createCaseWorld(stack);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  /** The token of the first caller the route allows (the refusal must come from the body, not the role). */
  const tokenFor = (routeKey: string) => {
    const row = routeTable[routeKey];
    const caller = callers.find(
      (c) => c !== 'noToken' && ![401, 403, 404].includes(row?.expect[c] as number),
    );
    if (!row || !caller || caller === 'noToken') throw new Error(`no allowed caller for ${routeKey}`);
    return world.tokens[caller];
  };

  it('fuzzes the routes of the wiring, each with a near-valid base body', () => {
    expect(writeRoutes.length).toBeGreaterThanOrEqual(8);
    expect(writeRoutes.filter((r) => !hasValidBase(r.routeKey)).map((r) => r.routeKey)).toEqual([]);
  });

  for (const r of writeRoutes) {
    it(`${r.routeKey}: ${IN_PROCESS_RUNS} bad bodies in-process and ${HTTP_RUNS} over HTTP, never a 5xx, never a write`, async () => {
      await stack.settle();
      const before = await footprint(stack);
      const params = paramsOf(r.path, {
        caseId: world.caseId,
        followUpId: 'fu-1',
        providerId: 'no-such-provider',
      });
      const path = r.path.replace(/\{(\w+)\}/g, (_, n: string) => params[n] ?? '');
      const authorization = `Bearer ${tokenFor(r.routeKey)}`;
      const statuses = new Map<number, number>();
      const count = (s: number) => statuses.set(s, (statuses.get(s) ?? 0) + 1);
      const started = Date.now();
      await fc.assert(
        fc.asyncProperty(badBodies(r.routeKey), async ({ raw }) => {
          const headers = { authorization, 'idempotency-key': randomUUID() };
          let status: number;
          try {
            const out = (await stack.runtime.invoke(
              r.functionId,
              httpEvent(r.routeKey, path, params, headers, raw),
            )) as { statusCode: number };
            status = out.statusCode;
          } catch {
            status = 500; // what API Gateway answers when the function throws
          }
          count(status);
          return status < 500 && status !== 401 && status !== 403;
        }),
        { numRuns: IN_PROCESS_RUNS, endOnFailure: true },
      );
      const inProcessMs = Date.now() - started;
      await fc.assert(
        fc.asyncProperty(badBodies(r.routeKey), async ({ raw }) => {
          const res = await fetch(`${stack.apiUrl}${path}`, {
            method: r.method,
            headers: { authorization, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
            body: raw,
          });
          await res.text();
          count(res.status);
          return res.status < 500;
        }),
        { numRuns: HTTP_RUNS, endOnFailure: true },
      );
      await stack.settle();
      console.log(
        `${r.routeKey}: ${IN_PROCESS_RUNS} in-process in ${inProcessMs} ms + ${HTTP_RUNS} HTTP; statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
      );
      expect(await footprint(stack)).toEqual(before);
      expect([...statuses.keys()].every((s) => s === 400 || s === 413 || s === 422 || s === 404)).toBe(true);
    });
  }

  it('every route with a path parameter answers 404 to a huge or malformed one, in-process and over HTTP, and writes nothing', async () => {
    expect(routesWithParams.length).toBeGreaterThanOrEqual(10);
    await stack.settle();
    const before = await footprint(stack);
    const wrong: string[] = [];
    for (const r of routesWithParams) {
      const authorization = `Bearer ${tokenFor(r.routeKey)}`;
      const names = [...r.path.matchAll(/\{(\w+)\}/g)].map(([, n]) => n!);
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...names), badPathParam, async (name, value) => {
          const params = { ...paramsOf(r.path, { caseId: world.caseId, followUpId: 'fu-1' }), [name]: value };
          const path = r.path.replace(/\{(\w+)\}/g, (_, n: string) => encodeURIComponent(params[n] ?? ''));
          const headers = {
            authorization,
            'content-type': 'application/json',
            'idempotency-key': randomUUID(),
          };
          const inProcess = (await stack.runtime.invoke(
            r.functionId,
            httpEvent(r.routeKey, path, params, headers, '{}'),
          )) as { statusCode: number };
          const overHttp = await fetch(`${stack.apiUrl}${path}`, {
            method: r.method,
            headers,
            ...(r.method === 'GET' ? {} : { body: '{}' }),
          });
          await overHttp.text();
          // Over HTTP an empty or slash-bearing value may match no route at all: also a 404.
          if (inProcess.statusCode !== 404 || overHttp.status !== 404) {
            wrong.push(
              `${r.routeKey} ${name}=${value.slice(0, 20)}: ${inProcess.statusCode}/${overHttp.status}`,
            );
          }
          return true;
        }),
        { numRuns: PARAM_RUNS },
      );
    }
    await stack.settle();
    expect(wrong).toEqual([]);
    expect(await footprint(stack)).toEqual(before);
  });

  it('every write route answers 415 naming content-type to a body that is not application/json, and writes nothing', async () => {
    await stack.settle();
    const before = await footprint(stack);
    const wrong: string[] = [];
    for (const r of writeRoutes) {
      const params = paramsOf(r.path, { caseId: world.caseId, followUpId: 'fu-1' });
      const path = r.path.replace(/\{(\w+)\}/g, (_, n: string) => params[n] ?? '');
      const { raw } = validBaseOf(r.routeKey);
      for (const contentType of [...wrongContentTypes, undefined]) {
        const res = await fetch(`${stack.apiUrl}${path}`, {
          method: r.method,
          headers: {
            authorization: `Bearer ${tokenFor(r.routeKey)}`,
            'idempotency-key': randomUUID(),
            ...(contentType ? { 'content-type': contentType } : {}),
          },
          body:
            contentType === 'application/x-www-form-urlencoded'
              ? new URLSearchParams({ a: raw }).toString()
              : raw,
        });
        const body = (await res.json()) as { errors?: { path: string }[] };
        if (res.status !== 415 || body.errors?.[0]?.path !== 'content-type') {
          wrong.push(`${r.routeKey} ${contentType}: ${res.status}`);
        }
      }
    }
    await stack.settle();
    expect(wrong).toEqual([]);
    expect(await footprint(stack)).toEqual(before);
  });
});
