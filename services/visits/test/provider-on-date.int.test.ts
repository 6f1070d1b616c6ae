import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { visitSchema } from '@hjemmestotte/domain';
import { HttpProblem, type Principal } from '@hjemmestotte/lambda-kit';
import type { SupportTerm } from '@hjemmestotte/store';
import { describe, expect, it } from 'vitest';
import { captureLogs } from '../../../test/support/log-capture.ts';
import { requestFingerprint } from '../src/idempotency/fingerprint.ts';
import { idempotencyFrame, scopedKey } from '../src/idempotency/idempotent-request.ts';
import { caseDelivery } from '../src/use-cases/case-delivery.ts';
import { listStatusReports } from '../src/use-cases/list-status-reports.ts';
import { listVisits } from '../src/use-cases/list-visits.ts';
import { logVisit } from '../src/use-cases/log-visit.ts';
import { providerCases } from '../src/use-cases/provider-cases.ts';
import { caseFixture, caseworker, provider, visitFixture, world } from './fixtures.ts';

type World = Awaited<ReturnType<typeof world>>;
const TZ = 'Europe/Copenhagen';
const hjemmebasen = provider('hjemmebasen');
const familiehuset = provider('familiehuset');
const term = (from: string, providerId: string, hoursPerWeek = 6): SupportTerm => ({
  from,
  providerId,
  hoursPerWeek,
});

const post = (w: World, who: Principal, key: string, startedAt: string) => {
  const body = visitSchema.parse(visitFixture({ startedAt }));
  return logVisit(
    { store: w.store, auditWrite: w.auditWrite, clock: w.clock, timeZone: TZ },
    who,
    'case-a',
    body,
    idempotencyFrame({
      store: w.idempotency,
      id: scopedKey(who, key),
      fingerprint: requestFingerprint('POST /v1/cases/{caseId}/visits', { caseId: 'case-a' }, body),
      now: w.clock.now(),
    }),
  );
};
const reads = (w: World) => ({ store: w.store, audit: w.audit, clock: w.clock, timeZone: TZ });

const refusal = async (p: Promise<unknown>) => {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(HttpProblem);
  return e as HttpProblem;
};

// Today is Tuesday 1 December 2026 (fixtures' NOW); the support started on 9 November.
describe('the provider on the date (issue 11, contract: a change of provider takes effect on its date)', () => {
  it('keeps the case with the old provider until a change 60 days ahead takes effect', async () => {
    // The item's top-level providerId already names the new provider (as it did when a change applied at
    // once); the terms say who is the provider on which day, and they rule.
    const w = await world(
      caseFixture({
        providerId: 'familiehuset',
        terms: [term('2026-11-09', 'hjemmebasen'), term('2027-01-30', 'familiehuset')],
      }),
    );
    expect((await post(w, hjemmebasen, 'k1', '2026-11-30T09:00:00+01:00')).status).toBe(201);
    expect((await listVisits(reads(w), hjemmebasen, 'case-a')).items.length).toBe(1);
    expect((await refusal(post(w, familiehuset, 'k2', '2026-11-30T10:00:00+01:00'))).status).toBe(404);
    expect((await refusal(listVisits(reads(w), familiehuset, 'case-a'))).status).toBe(404);
    expect((await refusal(caseDelivery(reads(w), familiehuset, 'case-a'))).status).toBe(404);
    // The index already files the case under the new provider; its list still leaves it out until the day.
    const listed = await providerCases({ ...reads(w), auditReads: w.auditReads }, familiehuset);
    expect(listed).toEqual([]);
    expect((await w.written()).filter((i) => i.sk.startsWith('VISIT#'))).toHaveLength(1);
  });

  it('refuses the new provider a visit dated before its change with 422 naming startedAt, and the old one 404', async () => {
    const w = await world(
      caseFixture({
        providerId: 'familiehuset',
        terms: [term('2026-11-09', 'hjemmebasen'), term('2026-11-25', 'familiehuset')],
      }),
    );
    const early = await refusal(post(w, familiehuset, 'k1', '2026-11-20T09:00:00+01:00'));
    expect(early.status).toBe(422);
    expect(early.errors?.map((e) => e.path)).toEqual(['startedAt']);
    // Its first day, at 00:30 local time (23:30 UTC the day before): already the new provider's.
    expect((await post(w, familiehuset, 'k2', '2026-11-24T23:30:00Z')).status).toBe(201);
    expect((await refusal(post(w, hjemmebasen, 'k3', '2026-11-20T09:00:00+01:00'))).status).toBe(404);
    expect((await refusal(listStatusReports(reads(w), hjemmebasen, 'case-a', {}))).status).toBe(404);
    expect((await w.written()).filter((i) => i.sk.startsWith('VISIT#'))).toHaveLength(1);
  });
});

describe('delivery figures on the shared terms (issue 11)', () => {
  it('keeps past weeks at 6 h after a change to 12 h, however intake words its history item', async () => {
    const w = await world(
      caseFixture({
        hoursPerWeek: 12,
        terms: [term('2026-11-09', 'hjemmebasen', 6), term('2026-11-23', 'hjemmebasen', 12)],
      }),
    );
    // The history item as intake writes it: the reader used to look for `changes`/`effectiveOn` instead.
    await w.db.send(
      new PutCommand({
        TableName: w.tables.main,
        Item: {
          pk: 'CASE#case-a',
          sk: 'HISTORY#2026-11-23#000001',
          effectiveFrom: '2026-11-23',
          before: { hoursPerWeek: 6 },
          after: { hoursPerWeek: 12 },
        },
      }),
    );
    const d = await caseDelivery(reads(w), caseworker, 'case-a');
    expect(d.weeks.map((x) => [x.week, x.grantedHours])).toEqual([
      ['2026-W46', 6],
      ['2026-W47', 6],
      ['2026-W48', 12],
      // Monday and Tuesday so far.
      ['2026-W49', 3.43],
    ]);
    expect(d.hoursPerWeek).toBe(12);
    expect(d.hoursHistory).toEqual([
      { effectiveOn: '2026-11-09', hoursPerWeek: 6 },
      { effectiveOn: '2026-11-23', hoursPerWeek: 12 },
    ]);
  });
});

describe('the security log of refused probes (issue 11)', () => {
  it("logs a provider's request for another provider's case with ids only, and answers 404", async () => {
    const w = await world();
    const logs = captureLogs();
    try {
      expect((await refusal(listVisits(reads(w), familiehuset, 'case-a'))).status).toBe(404);
      expect((await refusal(post(w, familiehuset, 'k1', '2026-11-30T09:00:00+01:00'))).status).toBe(404);
    } finally {
      logs.stop();
    }
    const lines = logs
      .text()
      .split('\n')
      .filter((l) => l.includes('case-refused'))
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      expect.objectContaining({
        route: 'GET /v1/cases/{caseId}/visits',
        caseId: 'case-a',
        providerId: 'familiehuset',
      }),
      expect.objectContaining({
        route: 'POST /v1/cases/{caseId}/visits',
        caseId: 'case-a',
        providerId: 'familiehuset',
      }),
    ]);
    expect(logs.text()).not.toContain('NYB-2026-0142');
    expect(logs.text()).not.toContain('Ida');
  });

  it('logs nothing for a case id that does not exist (nothing was probed), still 404', async () => {
    const w = await world();
    const logs = captureLogs();
    try {
      expect((await refusal(listVisits(reads(w), familiehuset, 'case-x'))).status).toBe(404);
    } finally {
      logs.stop();
    }
    expect(logs.text()).not.toContain('case-refused');
  });
});
