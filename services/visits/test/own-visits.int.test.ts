import { fixedClock, visitSchema } from '@hjemmestotte/domain';
import type { Principal } from '@hjemmestotte/lambda-kit';
import { type SupportTerm, visitKey } from '@hjemmestotte/store';
import { describe, expect, it } from 'vitest';
import { dynamoVisitStore } from '../src/adapters/dynamo-visit-store.ts';
import { PROVIDER_PAGING } from '../src/adapters/page-query.ts';
import { requestFingerprint } from '../src/idempotency/fingerprint.ts';
import { idempotencyFrame, scopedKey } from '../src/idempotency/idempotent-request.ts';
import { caseDelivery } from '../src/use-cases/case-delivery.ts';
import { listVisits } from '../src/use-cases/list-visits.ts';
import { logVisit } from '../src/use-cases/log-visit.ts';
import {
  caseFixture,
  caseworker,
  countingQueries,
  provider,
  putAll,
  visitFixture,
  world,
} from './fixtures.ts';

type World = Awaited<ReturnType<typeof world>>;
const TZ = 'Europe/Copenhagen';
const hjemmebasen = provider('hjemmebasen');
const familiehuset = provider('familiehuset');
const term = (from: string, providerId: string): SupportTerm => ({ from, providerId, hoursPerWeek: 6 });

/** A visit logged through the real use case on the day `now` (the provider must be in force then). */
const post = async (w: World, who: Principal, key: string, startedAt: string, now: string) => {
  const body = visitSchema.parse(visitFixture({ startedAt }));
  const clock = fixedClock(now);
  const answer = await logVisit(
    { store: w.store, auditWrite: w.auditWrite, clock, timeZone: TZ },
    who,
    'case-a',
    body,
    idempotencyFrame({
      store: w.idempotency,
      id: scopedKey(who, key),
      fingerprint: requestFingerprint('POST /v1/cases/{caseId}/visits', { caseId: 'case-a' }, body),
      now: clock.now(),
    }),
  );
  return answer.body.visitId;
};
const reads = (w: World) => ({ store: w.store, audit: w.audit, clock: w.clock, timeZone: TZ });

/**
 * Issue 11 ("What a provider sees"): a provider taking over a case sees the visits it logged itself, never
 * the earlier provider's notes of the family; staff see every visit. Hjemmebasen had the case from
 * 9 November, Familiehuset from 25 November; today is 1 December (fixtures' NOW).
 */
describe("a provider sees only its own visits, not an earlier provider's (issue 11)", () => {
  const handOver = () =>
    world(
      caseFixture({
        providerId: 'familiehuset',
        terms: [term('2026-11-09', 'hjemmebasen'), term('2026-11-25', 'familiehuset')],
      }),
    );

  it('lists the new provider its own visits only, and staff all of them', async () => {
    const w = await handOver();
    const old1 = await post(w, hjemmebasen, 'a', '2026-11-20T08:00:00+01:00', '2026-11-20T12:00:00+01:00');
    const old2 = await post(w, hjemmebasen, 'b', '2026-11-24T08:00:00+01:00', '2026-11-24T12:00:00+01:00');
    const mine = await post(w, familiehuset, 'c', '2026-11-30T08:00:00+01:00', '2026-12-01T09:00:00+01:00');

    const seen = await listVisits(reads(w), familiehuset, 'case-a');
    expect(seen.items.map((v) => v.visitId)).toEqual([mine]);
    expect(seen.items.every((v) => v.providerId === 'familiehuset')).toBe(true);
    expect(seen.nextCursor).toBeUndefined();

    const all = await listVisits(reads(w), caseworker, 'case-a');
    expect(all.items.map((v) => v.visitId)).toEqual([old1, old2, mine]);
  });

  it("fills a provider's page past the earlier provider's visits and pages on with the cursor", async () => {
    const w = await handOver();
    for (const [i, day] of ['20', '21', '22', '23'].entries()) {
      await post(w, hjemmebasen, `o${i}`, `2026-11-${day}T08:00:00+01:00`, `2026-11-${day}T12:00:00+01:00`);
    }
    const mine: string[] = [];
    for (const [i, day] of ['26', '27', '28'].entries()) {
      mine.push(
        await post(w, familiehuset, `n${i}`, `2026-11-${day}T08:00:00+01:00`, '2026-12-01T09:00:00+01:00'),
      );
    }
    const one = await listVisits(reads(w), familiehuset, 'case-a', { limit: '2' });
    expect(one.items.map((v) => v.visitId)).toEqual(mine.slice(0, 2));
    const two = await listVisits(reads(w), familiehuset, 'case-a', { limit: '2', cursor: one.nextCursor! });
    expect(two.items.map((v) => v.visitId)).toEqual(mine.slice(2));
    expect(two.nextCursor).toBeUndefined();
  });

  it("gives the new provider the delivery figures of its own days and visits, not the earlier provider's", async () => {
    const w = await handOver();
    await post(w, hjemmebasen, 'a', '2026-11-20T08:00:00+01:00', '2026-11-20T12:00:00+01:00');
    await post(w, hjemmebasen, 'b', '2026-11-24T08:00:00+01:00', '2026-11-24T12:00:00+01:00');
    await post(w, familiehuset, 'c', '2026-11-30T08:00:00+01:00', '2026-12-01T09:00:00+01:00');
    const figures = (d: Awaited<ReturnType<typeof caseDelivery>>) =>
      d.weeks.map((x) => [x.week, x.grantedHours, x.deliveredHours, x.visits]);

    const own = await caseDelivery(reads(w), familiehuset, 'case-a');
    // From Wednesday 25 November: 5 of W48's days at 6 h a week, and Monday–Tuesday of W49 (today).
    expect(figures(own)).toEqual([
      ['2026-W48', 4.29, 0, 0],
      ['2026-W49', 1.71, 2, 1],
    ]);
    expect(own.totals).toEqual({ grantedHours: 6, deliveredHours: 2 });
    expect(own.hoursHistory).toEqual([{ effectiveOn: '2026-11-25', hoursPerWeek: 6 }]);

    const all = await caseDelivery(reads(w), caseworker, 'case-a');
    expect(figures(all)).toEqual([
      ['2026-W46', 6, 0, 0],
      ['2026-W47', 6, 2, 1],
      ['2026-W48', 6, 2, 1],
      ['2026-W49', 1.71, 2, 1],
    ]);
    expect(all.hoursHistory).toHaveLength(2);
  });

  /** Copies of a visit the use case stored, one an hour from 11 November 08:00, `own(i)` deciding whose. */
  const seedVisits = async (w: World, count: number, own: (i: number) => boolean) => {
    const stored = await w.written();
    const template = (providerId: string) =>
      stored.find((i) => i.sk !== undefined && i.providerId === providerId)!;
    const copies = Array.from({ length: count }, (_, i) => {
      const startedAt = new Date(Date.parse('2026-11-11T07:00:00Z') + i * 3_600_000).toISOString();
      const visitId = `seeded-${String(i).padStart(3, '0')}`;
      const from = template(own(i) ? 'familiehuset' : 'hjemmebasen');
      return { ...from, ...visitKey('case-a', startedAt, visitId), visitId, startedAt };
    });
    await putAll(w.db, w.tables.main, copies);
    return copies.filter((_, i) => own(i)).map((c) => c.visitId);
  };

  it("reads a one-visit page past many of the earlier provider's visits in a bounded number of Queries", async () => {
    const w = await handOver();
    const old = await post(w, hjemmebasen, 'a', '2026-11-10T08:00:00+01:00', '2026-11-10T12:00:00+01:00');
    const mine = await post(w, familiehuset, 'c', '2026-11-30T08:00:00+01:00', '2026-12-01T09:00:00+01:00');
    await seedVisits(w, 60, () => false);
    const counted = countingQueries(w.db);
    const deps = { ...reads(w), store: dynamoVisitStore(counted.client, w.tables.main) };

    const page = await listVisits(deps, familiehuset, 'case-a', { limit: '1' });
    expect(page.items.map((v) => v.visitId)).toEqual([mine]);
    // One Query per earlier visit before the fix (62 here); now Limits of 1, 8 and 64.
    expect(counted.count()).toBeLessThanOrEqual(3);
    expect(page.nextCursor).toBeUndefined();

    counted.reset();
    const all = await listVisits(deps, caseworker, 'case-a', { limit: '1' });
    expect(all.items.map((v) => v.visitId)).toEqual([old]);
    expect(counted.count()).toBe(1);
  });

  it("pages a provider through every own visit exactly once in both orders, each request's Queries capped", async () => {
    const w = await handOver();
    await post(w, hjemmebasen, 'a', '2026-11-10T08:00:00+01:00', '2026-11-10T12:00:00+01:00');
    const last = await post(w, familiehuset, 'c', '2026-11-30T08:00:00+01:00', '2026-12-01T09:00:00+01:00');
    // Runs of the earlier provider's visits between the new provider's, a long one first.
    const own = [...(await seedVisits(w, 45, (i) => i >= 20 && i % 4 === 1)), last];
    const counted = countingQueries(w.db);
    const stores = [
      { paging: PROVIDER_PAGING, store: dynamoVisitStore(counted.client, w.tables.main) },
      // Small reads and a cap of 2 Queries: requests stop short, answering what they found and a cursor.
      {
        paging: { readMax: 3, maxRounds: 2 },
        store: dynamoVisitStore(counted.client, w.tables.main, { readMax: 3, maxRounds: 2 }),
      },
    ];
    for (const { paging, store } of stores) {
      let short = 0;
      for (const order of ['oldest', 'newest'] as const) {
        for (const limit of ['1', '2', '5', '200']) {
          const seen: string[] = [];
          let cursor: string | undefined;
          for (let request = 0; request < 100; request++) {
            counted.reset();
            const page = await listVisits({ ...reads(w), store }, familiehuset, 'case-a', {
              limit,
              order,
              ...(cursor ? { cursor } : {}),
            });
            expect(counted.count()).toBeLessThanOrEqual(paging.maxRounds);
            expect(page.items.every((v) => v.providerId === 'familiehuset')).toBe(true);
            expect(page.items.length).toBeLessThanOrEqual(Number(limit));
            seen.push(...page.items.map((v) => v.visitId));
            cursor = page.nextCursor;
            if (!cursor) break;
            if (page.items.length < Number(limit)) short++;
          }
          expect(cursor).toBeUndefined();
          expect(seen).toEqual(order === 'oldest' ? own : [...own].reverse());
        }
      }
      if (paging.maxRounds === 2) expect(short).toBeGreaterThan(0);
    }
  });
});
