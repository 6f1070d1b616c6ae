import { PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { defaultPolicy, fixedClock } from '@hjemmestotte/domain';
import { dynamoAuditTrail, type Principal } from '@hjemmestotte/lambda-kit';
import { caseKey } from '@hjemmestotte/store';
import { freshTables } from '../../../test/support/local-tables.ts';
import { dynamoCaseAccess } from '../src/adapters/dynamo-case-access.ts';
import { dynamoPlanStore } from '../src/adapters/dynamo-plan-store.ts';
import { dynamoScheduleStore } from '../src/adapters/dynamo-schedule-store.ts';
import { scheduleNewCase } from '../src/use-cases/schedule-new-case.ts';

export const TODAY = '2026-11-23';
export const caseworker: Principal = {
  kind: 'user',
  sub: 'cw',
  email: 'cw@kommune.example',
  roles: ['caseworker'],
};

/** The case as intake stores it: started 2026-02-02, so its first follow-up is due 2026-05-02. */
const caseOpened = {
  caseId: 'c1',
  caseNumber: 'NYB-1',
  decidedOn: '2026-01-26',
  startsOn: '2026-02-02',
  expectedEndOn: '2027-06-30',
  providerId: 'hjemmebasen',
  caseworkerEmail: 'cw@kommune.example',
  teamLeaderEmail: 'tl@kommune.example',
  planRequired: true,
  assessment: { status: 'ongoing' as const, startedOn: '2026-01-20' },
};

/** Real adapters on fresh DynamoDB Local tables, with one case scheduled from its CaseOpened. */
export const planningHarness = async (status: 'active' | 'closed' = 'active') => {
  const { db, tables } = await freshTables();
  const { assessment, ...facts } = structuredClone(caseOpened);
  await db.send(
    new PutCommand({
      TableName: tables.main,
      Item: {
        ...caseKey('c1'),
        ...facts,
        status: 'active',
        assessment: { kind: 'investigation', ...assessment },
      },
    }),
  );
  const deps = {
    store: dynamoScheduleStore(db, tables.main, tables.audit),
    plans: dynamoPlanStore(db, tables.main, tables.audit),
    access: dynamoCaseAccess(db, tables.main),
    audit: dynamoAuditTrail(db, tables.audit),
    clock: fixedClock(`${TODAY}T10:00:00+01:00`),
    policy: defaultPolicy,
  };
  const scan = async () =>
    ((await db.send(new ScanCommand({ TableName: tables.main, ConsistentRead: true }))).Items ?? []).sort(
      (a, b) => `${a.pk}/${a.sk}`.localeCompare(`${b.pk}/${b.sk}`),
    );
  const item = async (sk: string) => (await scan()).find((i) => i.pk === 'CASE#c1' && i.sk === sk);
  const audited = async () =>
    ((await db.send(new ScanCommand({ TableName: tables.audit, ConsistentRead: true }))).Items ?? [])
      .sort((a, b) => String(a.sk).localeCompare(String(b.sk)))
      .map((i) => i.action as string);
  const outbox = async () => (await scan()).filter((i) => String(i.pk).startsWith('OUTBOX#planning#'));
  const clearOutbox = async () => {
    const { DeleteCommand } = await import('@aws-sdk/lib-dynamodb');
    for (const o of await outbox())
      await db.send(new DeleteCommand({ TableName: tables.main, Key: { pk: o.pk, sk: o.sk } }));
  };
  await scheduleNewCase(deps, structuredClone(caseOpened));
  await clearOutbox();
  // A closed case keeps the schedule it had (planning's own CaseClosed reaction is tested on its own).
  if (status === 'closed') {
    await db.send(
      new PutCommand({
        TableName: tables.main,
        Item: { ...caseKey('c1'), ...facts, status, assessment: { kind: 'investigation', ...assessment } },
      }),
    );
  }
  return {
    db,
    tables,
    deps,
    scan,
    item,
    audited,
    outbox,
    clearOutbox,
    caseOpened: () => structuredClone(caseOpened),
  };
};

/** Runs `act`, expecting an HttpProblem of `status`; returns its field error paths. */
export const refused = async (status: number, act: () => Promise<unknown>) => {
  const error = await act().then(
    () => undefined,
    (e: unknown) => e as { status?: number; errors?: { path: string }[] },
  );
  if (error?.status !== status) throw new Error(`expected ${status}, got ${error?.status ?? 'success'}`);
  return (error.errors ?? []).map((e) => e.path);
};
