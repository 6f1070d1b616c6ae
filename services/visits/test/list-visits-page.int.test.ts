import { visitSchema } from '@hjemmestotte/domain';
import { HttpProblem } from '@hjemmestotte/lambda-kit';
import { describe, expect, it } from 'vitest';
import { requestFingerprint } from '../src/idempotency/fingerprint.ts';
import { idempotencyFrame, scopedKey } from '../src/idempotency/idempotent-request.ts';
import { listVisits, VISITS_PAGE_MAX } from '../src/use-cases/list-visits.ts';
import { logVisit } from '../src/use-cases/log-visit.ts';
import { caseworker, provider, visitFixture, world } from './fixtures.ts';

type World = Awaited<ReturnType<typeof world>>;
const TZ = 'Europe/Copenhagen';

const log = (w: World, key: string, startedAt: string) => {
  const body = visitSchema.parse(visitFixture({ startedAt, goalIds: [] }));
  return logVisit(
    { store: w.store, auditWrite: w.auditWrite, clock: w.clock, timeZone: TZ },
    provider('hjemmebasen'),
    'case-a',
    body,
    idempotencyFrame({
      store: w.idempotency,
      id: scopedKey(provider('hjemmebasen'), key),
      fingerprint: requestFingerprint('POST /v1/cases/{caseId}/visits', { caseId: 'case-a' }, body),
      now: w.clock.now(),
    }),
  );
};

const refusal = async (p: Promise<unknown>) => {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(HttpProblem);
  return e as HttpProblem;
};

/** Issue 11: every list a response can hold is bounded; a case's visits come in pages of at most 200. */
describe('the visit list in pages', () => {
  const deps = (w: World) => ({ store: w.store, audit: w.audit, clock: w.clock, timeZone: TZ });

  it('pages oldest first with limit and cursor, the last page without a cursor', async () => {
    const w = await world();
    const starts = ['2026-11-20T08:00:00+01:00', '2026-11-21T08:00:00+01:00', '2026-11-22T08:00:00+01:00'];
    const ids: string[] = [];
    for (const [i, s] of starts.entries()) ids.push((await log(w, `k${i}`, s)).body.visitId);
    const one = await listVisits(deps(w), caseworker, 'case-a', { limit: '2' });
    expect(one.items.map((v) => v.visitId)).toEqual(ids.slice(0, 2));
    const two = await listVisits(deps(w), caseworker, 'case-a', { limit: '2', cursor: one.nextCursor! });
    expect(two.items.map((v) => v.visitId)).toEqual(ids.slice(2));
    expect(two.nextCursor).toBeUndefined();
    const all = await listVisits(deps(w), caseworker, 'case-a');
    expect(all.items).toHaveLength(3);
    expect(all.nextCursor).toBeUndefined();
  });

  it('pages newest first with order=newest, its cursor going on towards older visits', async () => {
    const w = await world();
    // The order is by the instant, not the written clock time: 09:00+01:00 is before 08:30+00:00.
    const starts = ['2026-11-21T09:00:00+01:00', '2026-11-21T08:30:00+00:00', '2026-11-22T08:00:00+01:00'];
    const ids: string[] = [];
    for (const [i, s] of starts.entries()) ids.push((await log(w, `k${i}`, s)).body.visitId);
    const one = await listVisits(deps(w), caseworker, 'case-a', { limit: '2', order: 'newest' });
    expect(one.items.map((v) => v.visitId)).toEqual([ids[2], ids[1]]);
    const two = await listVisits(deps(w), caseworker, 'case-a', {
      limit: '2',
      order: 'newest',
      cursor: one.nextCursor!,
    });
    expect(two.items.map((v) => v.visitId)).toEqual([ids[0]]);
    expect(two.nextCursor).toBeUndefined();
    const oldest = await listVisits(deps(w), caseworker, 'case-a', { order: 'oldest' });
    expect(oldest.items.map((v) => v.visitId)).toEqual(ids);
  });

  it('refuses an order other than oldest or newest, naming it, and audits nothing', async () => {
    const w = await world();
    const before = (await w.audit.list('case-a')).length;
    const p = await refusal(listVisits(deps(w), caseworker, 'case-a', { order: 'desc' }));
    expect(p.status).toBe(400);
    expect(p.errors?.[0]?.path).toBe('order');
    expect(await w.audit.list('case-a')).toHaveLength(before);
  });

  it('refuses a limit out of range and a cursor of another case, naming the parameter', async () => {
    const w = await world();
    for (const limit of ['0', String(VISITS_PAGE_MAX + 1), '1.5', 'x']) {
      const p = await refusal(listVisits(deps(w), caseworker, 'case-a', { limit }));
      expect(p.status).toBe(400);
      expect(p.errors?.[0]?.path).toBe('limit');
    }
    const foreign = Buffer.from(JSON.stringify({ pk: 'CASE#case-b', sk: 'VISIT#x' })).toString('base64url');
    const p = await refusal(listVisits(deps(w), caseworker, 'case-a', { cursor: foreign }));
    expect(p.errors?.[0]?.path).toBe('cursor');
  });
});
