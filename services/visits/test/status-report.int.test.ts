import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { StatusReport } from '@hjemmestotte/domain';
import { HttpProblem } from '@hjemmestotte/lambda-kit';
import { followUpKey, statusReportKey } from '@hjemmestotte/store';
import { describe, expect, it } from 'vitest';
import { dynamoVisitStore } from '../src/adapters/dynamo-visit-store.ts';
import { PROVIDER_PAGING } from '../src/adapters/page-query.ts';
import { requestFingerprint } from '../src/idempotency/fingerprint.ts';
import { idempotencyFrame, scopedKey } from '../src/idempotency/idempotent-request.ts';
import { listStatusReports } from '../src/use-cases/list-status-reports.ts';
import { submitStatusReport } from '../src/use-cases/submit-status-report.ts';
import { caseworker, countingQueries, provider, putAll, world } from './fixtures.ts';

type World = Awaited<ReturnType<typeof world>>;
const ROUTE = 'POST /v1/cases/{caseId}/status-reports';
const TZ = 'Europe/Copenhagen';
const report = () => ({
  kind: 'final' as const,
  text: 'Forløbet er afsluttet; målene er nået.',
  familyHasRead: true,
});

const submit = (w: World, providerId: string, key: string, body: StatusReport) =>
  submitStatusReport(
    { store: w.store, auditWrite: w.auditWrite, clock: w.clock, timeZone: TZ },
    provider(providerId),
    'case-a',
    body,
    idempotencyFrame({
      store: w.idempotency,
      id: scopedKey(provider(providerId), key),
      fingerprint: requestFingerprint(ROUTE, { caseId: 'case-a' }, body),
      now: w.clock.now(),
    }),
  );

describe('submitting a status report', () => {
  it('stores the letter and announces StatusReportSubmitted without its text', async () => {
    const w = await world();
    const res = await submit(w, 'hjemmebasen', 'r1', report());
    expect(res.status).toBe(201);
    const items = await w.written();
    expect(items.filter((i) => i.sk.startsWith('STATUSREPORT#'))).toEqual([
      expect.objectContaining({ text: report().text, kind: 'final', providerId: 'hjemmebasen' }),
    ]);
    const outbox = items.filter((i) => i.sk === 'OUTBOX');
    expect(outbox.map((o) => o.entry.DetailType)).toEqual(['StatusReportSubmitted']);
    expect(JSON.parse(outbox[0]?.entry.Detail).data).toMatchObject({ kind: 'final', familyHasRead: true });
    expect(JSON.stringify(outbox)).not.toContain('afsluttet');
  });

  it('refuses a CPR-like number in the text with 422 and stores and emits nothing', async () => {
    const w = await world();
    const e = await submit(w, 'hjemmebasen', 'r1', { ...report(), text: 'Barnets CPR 1403251234' }).catch(
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(HttpProblem);
    expect((e as HttpProblem).status).toBe(422);
    expect((e as HttpProblem).errors).toEqual([{ path: 'text', message: expect.any(String) }]);
    expect(await w.written()).toEqual([]);
    expect(await w.scan(w.tables.idempotency)).toEqual([]);
  });

  it('answers a retry with the same key and body with the first answer, storing one letter', async () => {
    const w = await world();
    const first = await submit(w, 'hjemmebasen', 'r1', report());
    const again = await submit(w, 'hjemmebasen', 'r1', report());
    expect(again.body).toEqual(first.body);
    expect((await w.written()).filter((i) => i.sk.startsWith('STATUSREPORT#'))).toHaveLength(1);
  });

  it("answers 404 for another provider's case", async () => {
    const w = await world();
    const e = await submit(w, 'familiehuset', 'r1', report()).catch((x: unknown) => x);
    expect((e as HttpProblem).status).toBe(404);
    expect(await w.written()).toEqual([]);
  });
});

const refusal = async (p: Promise<unknown>) => {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(HttpProblem);
  return e as HttpProblem;
};

const followUp = (w: World, followUpId: string, status: string) =>
  w.db.send(
    new PutCommand({
      TableName: w.tables.main,
      Item: { ...followUpKey('case-a', followUpId), followUpId, kind: 'first', dueOn: '2027-02-09', status },
    }),
  );

describe('status report rules (issue 12)', () => {
  it('refuses a final letter the family has not read with 422 naming familyHasRead, storing nothing', async () => {
    const w = await world();
    const p = await refusal(submit(w, 'hjemmebasen', 'r1', { ...report(), familyHasRead: false }));
    expect(p.status).toBe(422);
    expect(p.errors).toEqual([{ path: 'familyHasRead', message: expect.any(String) }]);
    expect(await w.written()).toEqual([]);
    expect(await w.scan(w.tables.idempotency)).toEqual([]);
    expect(await w.audit.list('case-a')).toEqual([]);
  });

  it('accepts a follow-up letter the family has not read', async () => {
    const w = await world();
    const res = await submit(w, 'hjemmebasen', 'r1', {
      ...report(),
      kind: 'follow-up',
      familyHasRead: false,
    });
    expect(res.status).toBe(201);
  });

  it('puts the named follow-up into StatusReportSubmitted', async () => {
    const w = await world();
    await followUp(w, 'fu-1', 'scheduled');
    const res = await submit(w, 'hjemmebasen', 'r1', { ...report(), kind: 'follow-up', followUpId: 'fu-1' });
    expect(res.body.followUpId).toBe('fu-1');
    const outbox = (await w.written()).filter((i) => i.sk === 'OUTBOX');
    expect(JSON.parse(outbox[0]?.entry.Detail).data).toMatchObject({ followUpId: 'fu-1', kind: 'follow-up' });
  });

  it.each([
    ['that the case does not have', undefined],
    ['that was cancelled', 'cancelled'],
  ])('refuses a followUpId %s with 422 naming it, storing nothing', async (_, status) => {
    const w = await world();
    if (status) await followUp(w, 'fu-1', status);
    const p = await refusal(submit(w, 'hjemmebasen', 'r1', { ...report(), followUpId: 'fu-1' }));
    expect(p.status).toBe(422);
    expect(p.errors).toEqual([{ path: 'followUpId', message: expect.any(String) }]);
    expect((await w.written()).filter((i) => i.sk !== 'FOLLOWUP#fu-1')).toEqual([]);
  });
});

describe('reading the status reports (issue 12)', () => {
  const deps = (w: World) => ({ store: w.store, audit: w.audit, clock: w.clock, timeZone: TZ });

  it('lists the letters newest first, each visible right after its 201, and audits the read', async () => {
    const w = await world();
    const first = await submit(w, 'hjemmebasen', 'r1', report());
    const clock = { now: () => new Date(w.clock.now().getTime() + 60_000) };
    const second = await submitStatusReport(
      { store: w.store, auditWrite: w.auditWrite, clock, timeZone: TZ },
      provider('hjemmebasen'),
      'case-a',
      { ...report(), kind: 'follow-up' },
    );
    const page = await listStatusReports(deps(w), caseworker, 'case-a', {});
    expect(page.items.map((r) => r.reportId)).toEqual([second.body.reportId, first.body.reportId]);
    expect(page.nextCursor).toBeUndefined();
    expect((await w.audit.list('case-a')).map((a) => a.action)).toContain('status-report.list');
  });

  it("shows a provider only its own letters, not an earlier provider's", async () => {
    const w = await world();
    await submit(w, 'hjemmebasen', 'r1', report());
    await w.db.send(
      new PutCommand({
        TableName: w.tables.main,
        Item: {
          pk: 'CASE#case-a',
          sk: 'STATUSREPORT#2026-10-01T10:00:00.000Z#old',
          reportId: 'old',
          caseId: 'case-a',
          providerId: 'familiehuset',
          submittedAt: '2026-10-01T10:00:00.000Z',
          kind: 'follow-up',
          text: 'Tidligere leverandør.',
          familyHasRead: true,
        },
      }),
    );
    const mine = await listStatusReports(deps(w), provider('hjemmebasen'), 'case-a', {});
    expect(mine.items.map((r) => r.providerId)).toEqual(['hjemmebasen']);
    const all = await listStatusReports(deps(w), caseworker, 'case-a', {});
    expect(all.items).toHaveLength(2);
    const other = await refusal(listStatusReports(deps(w), provider('familiehuset'), 'case-a', {}));
    expect(other.status).toBe(404);
  });

  it('pages with limit and cursor, and refuses a limit out of range or a foreign cursor', async () => {
    const w = await world();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const clock = { now: () => new Date(w.clock.now().getTime() + i * 1000) };
      const r = await submitStatusReport(
        { store: w.store, auditWrite: w.auditWrite, clock, timeZone: TZ },
        provider('hjemmebasen'),
        'case-a',
        report(),
      );
      ids.unshift(r.body.reportId);
    }
    const one = await listStatusReports(deps(w), caseworker, 'case-a', { limit: '2' });
    expect(one.items.map((r) => r.reportId)).toEqual(ids.slice(0, 2));
    const two = await listStatusReports(deps(w), caseworker, 'case-a', {
      limit: '2',
      cursor: one.nextCursor!,
    });
    expect(two.items.map((r) => r.reportId)).toEqual(ids.slice(2));
    expect(two.nextCursor).toBeUndefined();
    for (const limit of ['0', '101', '1.5', 'x']) {
      const p = await refusal(listStatusReports(deps(w), caseworker, 'case-a', { limit }));
      expect(p.errors?.[0]?.path).toBe('limit');
    }
    const foreign = Buffer.from(JSON.stringify({ pk: 'CASE#case-b', sk: 'STATUSREPORT#x' })).toString(
      'base64url',
    );
    const p = await refusal(listStatusReports(deps(w), caseworker, 'case-a', { cursor: foreign }));
    expect(p.errors?.[0]?.path).toBe('cursor');
  });

  it("pages a provider through its own letters past an earlier provider's, each once, in few Queries", async () => {
    const w = await world();
    const newest = (await submit(w, 'hjemmebasen', 'r1', report())).body.reportId;
    const template = (await w.written()).find((i) => i.reportId === newest)!;
    // 60 older letters, one a day back from 1 October; from the 20th on every fourth is this provider's own.
    const ownAt = (i: number) => i >= 20 && i % 4 === 1;
    const copies = Array.from({ length: 60 }, (_, i) => {
      const submittedAt = new Date(Date.parse('2026-10-01T10:00:00Z') - i * 86_400_000).toISOString();
      const reportId = `seeded-${String(i).padStart(3, '0')}`;
      const providerId = ownAt(i) ? 'hjemmebasen' : 'familiehuset';
      return {
        ...template,
        ...statusReportKey('case-a', submittedAt, reportId),
        reportId,
        submittedAt,
        providerId,
      };
    });
    await putAll(w.db, w.tables.main, copies);
    const own = [newest, ...copies.filter((_, i) => ownAt(i)).map((c) => c.reportId)];
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
      for (const limit of ['1', '2', '5', '100']) {
        const seen: string[] = [];
        let cursor: string | undefined;
        for (let request = 0; request < 100; request++) {
          counted.reset();
          const page = await listStatusReports({ ...deps(w), store }, provider('hjemmebasen'), 'case-a', {
            limit,
            ...(cursor ? { cursor } : {}),
          });
          // One Query per letter read before the fix (22 in one request here).
          expect(counted.count()).toBeLessThanOrEqual(paging.maxRounds);
          expect(page.items.every((r) => r.providerId === 'hjemmebasen')).toBe(true);
          expect(page.items.length).toBeLessThanOrEqual(Number(limit));
          seen.push(...page.items.map((r) => r.reportId));
          cursor = page.nextCursor;
          if (!cursor) break;
          if (page.items.length < Number(limit)) short++;
        }
        expect(cursor).toBeUndefined();
        expect(seen).toEqual(own);
      }
      if (paging.maxRounds === 2) expect(short).toBeGreaterThan(0);
    }
  });
});
