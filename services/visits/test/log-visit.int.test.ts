import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { type VisitInput, visitSchema } from '@hjemmestotte/domain';
import { HttpProblem, type Principal } from '@hjemmestotte/lambda-kit';
import { describe, expect, it } from 'vitest';
import { requestFingerprint } from '../src/idempotency/fingerprint.ts';
import { idempotencyFrame, scopedKey } from '../src/idempotency/idempotent-request.ts';
import type { VisitStore } from '../src/ports.ts';
import { logVisit } from '../src/use-cases/log-visit.ts';
import { caseFixture, caseworker, provider, visitFixture, world } from './fixtures.ts';

type World = Awaited<ReturnType<typeof world>>;
const ROUTE = 'POST /v1/cases/{caseId}/visits';

/** What the handler does for the route, minus HTTP: parse, claim the key, run the use case. */
const post = (
  w: World,
  who: Principal,
  key: string,
  input: VisitInput,
  opts: { caseId?: string; store?: VisitStore; now?: Date } = {},
) => {
  const caseId = opts.caseId ?? 'case-a';
  const body = visitSchema.parse(input);
  const now = opts.now ?? w.clock.now();
  return logVisit(
    { store: opts.store ?? w.store, auditWrite: w.auditWrite, clock: w.clock, timeZone: 'Europe/Copenhagen' },
    who,
    caseId,
    body,
    idempotencyFrame({
      store: w.idempotency,
      id: scopedKey(who, key),
      fingerprint: requestFingerprint(ROUTE, { caseId }, body),
      now,
    }),
  );
};

const problemOf = async (p: Promise<unknown>) => {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(HttpProblem);
  return e as HttpProblem;
};

const hjemmebasen = provider('hjemmebasen');

describe('logging a visit', () => {
  it('stores the visit with its VisitLogged event in the outbox and records the access', async () => {
    const w = await world();
    const res = await post(w, hjemmebasen, 'k1', visitFixture());
    expect(res.status).toBe(201);
    const items = await w.written();
    expect(items.filter((i) => i.sk.startsWith('VISIT#'))).toHaveLength(1);
    const outbox = items.filter((i) => i.sk === 'OUTBOX');
    expect(outbox.map((o) => o.entry.DetailType)).toEqual(['VisitLogged']);
    expect(await w.audit.list('case-a')).toEqual([expect.objectContaining({ action: 'visit.create' })]);
  });

  it('raises ConcernRaised with the level and routing addresses but never the concern note', async () => {
    const w = await world();
    await post(w, hjemmebasen, 'k1', visitFixture({ concern: { level: 'acute', note: 'Bekymring om mor' } }));
    const outbox = (await w.written()).filter((i) => i.sk === 'OUTBOX');
    const concern = outbox.find((o) => o.entry.DetailType === 'ConcernRaised');
    expect(JSON.parse(concern?.entry.Detail).data).toMatchObject({
      caseNumber: 'NYB-2026-0142',
      level: 'acute',
      caseworkerEmail: 'sagsbehandler@kommune.example',
    });
    expect(JSON.stringify(outbox)).not.toContain('Bekymring');
    expect(JSON.stringify(outbox)).not.toContain('Morgenrutine');
  });

  it.each([
    ['before the support started', { startedAt: '2026-11-08T22:59:00Z' }, 'startedAt'],
    ['with a CPR-like number in the note', { note: 'Barnet 140325-1234 sov' }, 'note'],
    ['of 721 minutes', { durationMinutes: 721 }, 'durationMinutes'],
    ['with a goal that is not in the plan', { goalIds: ['g9'] }, 'goalIds.0'],
  ])('refuses a visit %s with 422 and stores, emits and keeps nothing', async (_, over, path) => {
    const w = await world();
    const p = await problemOf(post(w, hjemmebasen, 'k1', visitFixture(over)));
    expect(p.status).toBe(422);
    expect(p.errors?.map((e) => e.path)).toContain(path);
    expect(await w.written()).toEqual([]);
    expect(await w.scan(w.tables.idempotency)).toEqual([]);
    expect(await w.audit.list('case-a')).toEqual([]);
  });

  it('lets a corrected request reuse the key of a refused one', async () => {
    const w = await world();
    await problemOf(post(w, hjemmebasen, 'k1', visitFixture({ durationMinutes: 0 })));
    expect((await post(w, hjemmebasen, 'k1', visitFixture())).status).toBe(201);
  });

  it("answers 404 for another provider's case and stores nothing", async () => {
    const w = await world();
    const p = await problemOf(post(w, provider('familiehuset'), 'k1', visitFixture()));
    expect(p.status).toBe(404);
    expect(await w.written()).toEqual([]);
    expect(await w.scan(w.tables.idempotency)).toEqual([]);
  });

  it('refuses a visit to a closed case after its closing day', async () => {
    const w = await world(caseFixture({ status: 'closed', closedOn: '2026-11-15' }));
    const p = await problemOf(post(w, hjemmebasen, 'k1', visitFixture()));
    expect(p.status).toBe(422);
    expect(await w.written()).toEqual([]);
  });

  it('refuses a user (caseworker) with 403 in the use case too, storing nothing', async () => {
    const w = await world();
    const p = await problemOf(post(w, caseworker, 'k1', visitFixture()));
    expect(p.status).toBe(403);
    expect(await w.written()).toEqual([]);
    expect(await w.scan(w.tables.idempotency)).toEqual([]);
  });
});

describe('Idempotency-Key on visits', () => {
  it('answers the first answer again for the same key and body, and stores nothing new', async () => {
    const w = await world();
    const first = await post(w, hjemmebasen, 'k1', visitFixture());
    // Same body, fields in another order: still the same request.
    const { note, ...rest } = visitFixture();
    const again = await post(w, hjemmebasen, 'k1', { note, ...rest } as VisitInput);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers).toEqual({ 'idempotent-replayed': 'true' });
    const items = await w.written();
    expect(items.filter((i) => i.sk.startsWith('VISIT#'))).toHaveLength(1);
    expect(items.filter((i) => i.sk === 'OUTBOX')).toHaveLength(1);
  });

  it('refuses the same key with a different body with 422 naming the header, and stores nothing new', async () => {
    const w = await world();
    await post(w, hjemmebasen, 'k1', visitFixture());
    const p = await problemOf(post(w, hjemmebasen, 'k1', visitFixture({ durationMinutes: 60 })));
    expect(p.status).toBe(422);
    expect(p.errors).toEqual([{ path: 'Idempotency-Key', message: expect.any(String) }]);
    expect((await w.written()).filter((i) => i.sk.startsWith('VISIT#'))).toHaveLength(1);
  });

  it('answers a same-key request that overtakes the first with one stored visit, both giving its answer', async () => {
    // No claim round trip any more: the key is taken by the first transaction to commit. Here the second
    // request commits while the first waits before its transaction; the first is then cancelled and answers
    // the stored answer, replayed.
    const w = await world();
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    let reachedWrite!: () => void;
    const writing = new Promise<void>((r) => {
      reachedWrite = r;
    });
    let held = false;
    const slowStore: VisitStore = {
      ...w.store,
      add: async (...args) => {
        if (!held) {
          held = true;
          reachedWrite();
          await gate;
        }
        return w.store.add(...args);
      },
    };
    const first = post(w, hjemmebasen, 'k1', visitFixture(), { store: slowStore });
    await writing;
    const second = await post(w, hjemmebasen, 'k1', visitFixture(), { store: slowStore });
    expect(second.status).toBe(201);
    expect(second.headers).toBeUndefined();
    release();
    const firstAnswer = await first;
    expect(firstAnswer.status).toBe(201);
    expect(firstAnswer.body).toEqual(second.body);
    expect(firstAnswer.headers).toEqual({ 'idempotent-replayed': 'true' });
    const items = await w.written();
    expect(items.filter((i) => i.sk.startsWith('VISIT#'))).toHaveLength(1);
    expect(items.filter((i) => i.sk === 'OUTBOX')).toHaveLength(1);
    expect(await w.audit.list('case-a')).toHaveLength(1);
  });

  it('answers 409 while a live in-progress record holds the key, and 422 for it with another body', async () => {
    const w = await world();
    const body = visitSchema.parse(visitFixture());
    await w.db.send(
      new PutCommand({
        TableName: w.tables.idempotency,
        Item: {
          id: scopedKey(hjemmebasen, 'k1'),
          status: 'INPROGRESS',
          fingerprint: requestFingerprint(ROUTE, { caseId: 'case-a' }, body),
          token: 'running',
          inProgressUntil: w.clock.now().getTime() + 10_000,
          expiration: Math.floor(w.clock.now().getTime() / 1000) + 3600,
        },
      }),
    );
    const p = await problemOf(post(w, hjemmebasen, 'k1', visitFixture()));
    expect(p.status).toBe(409);
    expect(p.errors).toEqual([{ path: 'Idempotency-Key', message: 'request in progress' }]);
    const other = await problemOf(post(w, hjemmebasen, 'k1', visitFixture({ durationMinutes: 30 })));
    expect(other.status).toBe(422);
    expect(await w.written()).toEqual([]);
  });

  it('answers 409 when DynamoDB cancels the transaction twice and no request holds the key, storing nothing', async () => {
    const w = await world();
    let adds = 0;
    const refusing: VisitStore = {
      ...w.store,
      add: async () => {
        adds++;
        throw Object.assign(new Error('Transaction cancelled [TransactionConflict]'), {
          name: 'TransactionCanceledException',
        });
      },
    };
    const p = await problemOf(post(w, hjemmebasen, 'k1', visitFixture(), { store: refusing }));
    expect(p.status).toBe(409);
    expect(adds).toBe(2);
    expect(await w.written()).toEqual([]);
    expect(await w.scan(w.tables.idempotency)).toEqual([]);
    // The client's retry with the same key then stores the visit once.
    expect((await post(w, hjemmebasen, 'k1', visitFixture())).status).toBe(201);
  });

  it("keeps provider A's key apart from provider B's", async () => {
    const w = await world();
    const b = await world(caseFixture({ caseId: 'case-b', providerId: 'familiehuset' }));
    // Same tables for both providers: put B's case into A's world.
    const bCase = (await b.scan(b.tables.main)).find((i) => i.sk === 'CASE');
    await w.db.send(new PutCommand({ TableName: w.tables.main, Item: bCase }));
    const a1 = await post(w, hjemmebasen, 'shared-key', visitFixture());
    const b1 = await post(w, provider('familiehuset'), 'shared-key', visitFixture({ durationMinutes: 30 }), {
      caseId: 'case-b',
    });
    expect(a1.status).toBe(201);
    expect(b1.status).toBe(201);
    expect(b1.headers).toBeUndefined();
    expect(b1.body.visitId).not.toBe(a1.body.visitId);
  });

  it('treats an expired record as absent although DynamoDB has not deleted it', async () => {
    const w = await world();
    const body = visitSchema.parse(visitFixture());
    await w.db.send(
      new PutCommand({
        TableName: w.tables.idempotency,
        Item: {
          id: scopedKey(hjemmebasen, 'k1'),
          status: 'COMPLETED',
          fingerprint: requestFingerprint(ROUTE, { caseId: 'case-a' }, body),
          token: 'old',
          response: JSON.stringify({ status: 201, body: { visitId: 'from-yesterday' } }),
          expiration: Math.floor(w.clock.now().getTime() / 1000) - 1,
        },
      }),
    );
    const res = await post(w, hjemmebasen, 'k1', visitFixture());
    expect(res.body.visitId).not.toBe('from-yesterday');
    expect((await w.written()).filter((i) => i.sk.startsWith('VISIT#'))).toHaveLength(1);
  });

  it('lets a retry take over a claim whose request ran out of time without storing anything', async () => {
    const w = await world();
    const body = visitSchema.parse(visitFixture());
    await w.db.send(
      new PutCommand({
        TableName: w.tables.idempotency,
        Item: {
          id: scopedKey(hjemmebasen, 'k1'),
          status: 'INPROGRESS',
          fingerprint: requestFingerprint(ROUTE, { caseId: 'case-a' }, body),
          token: 'crashed',
          inProgressUntil: w.clock.now().getTime() - 1,
          expiration: Math.floor(w.clock.now().getTime() / 1000) + 3600,
        },
      }),
    );
    expect((await post(w, hjemmebasen, 'k1', visitFixture())).status).toBe(201);
  });
});
