import { fixedClock, visitSchema } from '@hjemmestotte/domain';
import type { Principal } from '@hjemmestotte/lambda-kit';
import type { SupportTerm } from '@hjemmestotte/store';
import { describe, expect, it } from 'vitest';
import { requestFingerprint } from '../src/idempotency/fingerprint.ts';
import { idempotencyFrame, scopedKey } from '../src/idempotency/idempotent-request.ts';
import { caseDelivery } from '../src/use-cases/case-delivery.ts';
import { listVisits } from '../src/use-cases/list-visits.ts';
import { logVisit } from '../src/use-cases/log-visit.ts';
import { caseFixture, caseworker, provider, visitFixture, world } from './fixtures.ts';

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
});
