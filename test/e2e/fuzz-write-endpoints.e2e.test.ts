import { randomUUID } from 'node:crypto';
import { routesOf } from '@hjemmestotte/wiring';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../packages/local-stack/src/stack.ts';
import { badBodies, hasValidBase } from '../fuzz/bad-bodies.ts';
import { httpEvent, paramsOf } from '../fuzz/http-event.ts';
import { type CaseWorld, createCaseWorld } from '../security/case-world.ts';
import { footprint } from '../security/footprint.ts';
import { callers, routeTable } from '../security/route-table.ts';

// 2,000 bodies per route in-process (the handler exactly as Lambda calls it) and a sample over real HTTP.
// Over HTTP one call costs ~20 ms here, so 2,000 × 8 routes would take minutes; in-process ~1 ms.
const IN_PROCESS_RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const HTTP_RUNS = Number(process.env.FUZZ_HTTP_RUNS ?? 60);
const writeRoutes = routesOf().filter((r) => ['POST', 'PUT', 'PATCH'].includes(r.method));

describe('fuzzing every write route with bad bodies', () => {
  let stack: LocalStack;
  let world: CaseWorld;
  beforeAll(async () => {
    stack = await startLocalStack({});
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
      const params = paramsOf(r.path, { caseId: world.caseId, followUpId: 'fu-1' });
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
});
