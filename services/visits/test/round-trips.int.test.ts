import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { type StatusReport, visitSchema } from '@hjemmestotte/domain';
import { HttpProblem, type Principal } from '@hjemmestotte/lambda-kit';
import { caseKey } from '@hjemmestotte/store';
import { describe, expect, it } from 'vitest';
import { injectFault, pass } from '../../../test/support/fault-injection.ts';
import { requestFingerprint } from '../src/idempotency/fingerprint.ts';
import { idempotencyFrame, scopedKey } from '../src/idempotency/idempotent-request.ts';
import type { VisitStore } from '../src/ports.ts';
import { logVisit } from '../src/use-cases/log-visit.ts';
import { submitStatusReport } from '../src/use-cases/submit-status-report.ts';
import { provider, visitFixture, world } from './fixtures.ts';

type World = Awaited<ReturnType<typeof world>>;
const hjemmebasen = provider('hjemmebasen');

const frame = (w: World, who: Principal, key: string, route: string, body: unknown) =>
  idempotencyFrame({
    store: w.idempotency,
    id: scopedKey(who, key),
    fingerprint: requestFingerprint(route, { caseId: 'case-a' }, body),
    now: w.clock.now(),
  });

const post = (w: World, key: string, over = {}, store: VisitStore = w.store) => {
  const body = visitSchema.parse(visitFixture(over));
  return logVisit(
    { store, auditWrite: w.auditWrite, clock: w.clock, timeZone: 'Europe/Copenhagen' },
    hjemmebasen,
    'case-a',
    body,
    frame(w, hjemmebasen, key, 'POST /v1/cases/{caseId}/visits', body),
  );
};

const report: StatusReport = { kind: 'follow-up', text: 'Det går fremad.', familyHasRead: false };
const submit = (w: World, key: string, store: VisitStore = w.store) =>
  submitStatusReport(
    { store, auditWrite: w.auditWrite, clock: w.clock, timeZone: 'Europe/Copenhagen' },
    hjemmebasen,
    'case-a',
    report,
    frame(w, hjemmebasen, key, 'POST /v1/cases/{caseId}/status-reports', report),
  );

/** Counts the requests the use case sends to DynamoDB on the world's client. */
const counting = (w: World) => injectFault(w.db, () => pass());

/** The case changes (as intake would change it) after the write read it and before its transaction. */
const changedBeforeWrite = (w: World, change: () => Promise<unknown>): VisitStore => {
  let changed = false;
  const once = async () => {
    if (!changed) {
      changed = true;
      await change();
    }
  };
  return {
    ...w.store,
    add: async (...args) => {
      await once();
      return w.store.add(...args);
    },
    addStatusReport: async (...args) => {
      await once();
      return w.store.addStatusReport(...args);
    },
  };
};

const setCase = (w: World, attributes: Record<string, unknown>) =>
  w.db.send(
    new UpdateCommand({
      TableName: w.tables.main,
      Key: caseKey('case-a'),
      UpdateExpression: `SET ${Object.keys(attributes)
        .map((k) => `#${k} = :${k}`)
        .join(', ')}`,
      ExpressionAttributeNames: Object.fromEntries(Object.keys(attributes).map((k) => [`#${k}`, k])),
      ExpressionAttributeValues: Object.fromEntries(Object.entries(attributes).map(([k, v]) => [`:${k}`, v])),
    }),
  );

const refusal = async (p: Promise<unknown>) => {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(HttpProblem);
  return e as HttpProblem;
};

describe('DynamoDB round trips of a provider write (issue 14)', () => {
  it('logs a visit in 2 round trips: one BatchGetItem, one TransactWriteItems with audit and key', async () => {
    const w = await world();
    const meter = counting(w);
    const res = await post(w, 'k1');
    meter.clear();
    expect(res.status).toBe(201);
    expect(meter.calls.map((c) => c.commandName)).toEqual([
      'BatchGetItemCommand',
      'TransactWriteItemsCommand',
    ]);
    const items = meter.calls[1]?.input.TransactItems as Record<string, { TableName: string }>[];
    const tables = items.map((i) => Object.values(i)[0]?.TableName);
    expect(tables).toContain(w.tables.audit);
    expect(tables).toContain(w.tables.idempotency);
    expect(await w.audit.list('case-a')).toEqual([expect.objectContaining({ action: 'visit.create' })]);
  });

  it('answers a replay in 1 round trip', async () => {
    const w = await world();
    await post(w, 'k1');
    const meter = counting(w);
    const again = await post(w, 'k1');
    meter.clear();
    expect(again.headers).toEqual({ 'idempotent-replayed': 'true' });
    expect(meter.calls.map((c) => c.commandName)).toEqual(['BatchGetItemCommand']);
  });

  it('submits a status report in 2 round trips', async () => {
    const w = await world();
    const meter = counting(w);
    expect((await submit(w, 'r1')).status).toBe(201);
    meter.clear();
    expect(meter.calls.map((c) => c.commandName)).toEqual([
      'BatchGetItemCommand',
      'TransactWriteItemsCommand',
    ]);
  });
});

describe('the case guard in the write transaction (issue 11)', () => {
  it('stores no visit when the provider changed between the read and the write: 404', async () => {
    const w = await world();
    const store = changedBeforeWrite(w, () => setCase(w, { providerId: 'familiehuset' }));
    const p = await refusal(post(w, 'k1', {}, store));
    expect(p.status).toBe(404);
    expect(await w.written()).toEqual([]);
    expect(await w.scan(w.tables.idempotency)).toEqual([]);
    expect(await w.audit.list('case-a')).toEqual([]);
  });

  it('stores no visit after a closing day set between the read and the write: 422', async () => {
    const w = await world();
    const store = changedBeforeWrite(w, () => setCase(w, { status: 'closed', closedOn: '2026-11-15' }));
    const p = await refusal(post(w, 'k1', {}, store));
    expect(p.status).toBe(422);
    expect(p.errors?.map((e) => e.path)).toContain('startedAt');
    expect(await w.written()).toEqual([]);
  });

  it('stores no status report when the provider changed between the read and the write: 404', async () => {
    const w = await world();
    const store = changedBeforeWrite(w, () => setCase(w, { providerId: 'familiehuset' }));
    const p = await refusal(submit(w, 'r1', store));
    expect(p.status).toBe(404);
    expect(await w.written()).toEqual([]);
  });

  it('counts each stored visit in visitRevision, so a close can condition on none arriving meanwhile', async () => {
    const w = await world();
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => post(w, `k${i}`)));
    expect(results.every((r) => r.status === 201)).toBe(true);
    const c = (await w.scan(w.tables.main)).find((i) => i.sk === 'CASE');
    expect(c?.visitRevision).toBe(30);
  });
});
