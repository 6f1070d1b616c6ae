import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { type CaseRegistration, defaultPolicy, fixedClock } from '@hjemmestotte/domain';
import { dynamoAuditTrail, type Principal } from '@hjemmestotte/lambda-kit';
import { registration as contractExample } from '../../../packages/domain/test/fixtures.ts';
import { freshTables } from '../../../test/support/local-tables.ts';
import { dynamoCaseStore } from '../src/adapters/dynamo-case-store.ts';
import { dynamoProviderStore } from '../src/adapters/dynamo-provider-store.ts';

export const TODAY = '2026-11-23';
export const caseworker: Principal = {
  kind: 'user',
  sub: 'cw',
  email: 'sagsbehandler@kommune.example',
  roles: ['caseworker'],
};

export const admin: Principal = {
  kind: 'user',
  sub: 'adm',
  email: 'admin@kommune.example',
  roles: ['admin'],
};

// The contract's example (shared with the domain's tests); each test takes a fresh copy.
export const registration = (): CaseRegistration => structuredClone(contractExample);

/** Real DynamoDB Local adapters on fresh tables, a fixed clock, and two providers (one inactive). */
export const intakeHarness = async () => {
  const { db, tables } = await freshTables();
  const providers = dynamoProviderStore(db, tables.main, tables.audit);
  const createdAt = `${TODAY}T08:00:00.000Z`;
  await providers.create({
    providerId: 'hjemmebasen',
    name: 'Hjemmebasen',
    contactEmail: 'a@b.example',
    active: true,
    createdAt,
  });
  await providers.create({
    providerId: 'lukket',
    name: 'Lukket',
    contactEmail: 'c@d.example',
    active: false,
    createdAt,
  });
  const deps = {
    cases: dynamoCaseStore(db, tables.main, tables.audit),
    providers,
    audit: dynamoAuditTrail(db, tables.audit),
    clock: fixedClock(`${TODAY}T10:00:00+01:00`),
    policy: defaultPolicy,
    defaultTeamLeaderEmail: 'leder@kommune.example',
  };
  const scan = async (table: string) =>
    (await db.send(new ScanCommand({ TableName: table, ConsistentRead: true }))).Items ?? [];
  /** Every item of the main table except the providers, as `pk/sk`: what a request stored. */
  const stored = async () =>
    (await scan(tables.main))
      .filter((i) => !String(i.pk).startsWith('PROVIDER#'))
      .map((i) => `${String(i.pk).replace(/^(OUTBOX#intake#|CASE#)[^/]*$/, '$1*')}/${i.sk}`)
      .sort();
  const audited = async () => (await scan(tables.audit)).map((i) => i.action as string).sort();
  return { db, tables, deps, stored, audited, scan };
};

/** Runs `act`, expecting it to throw an HttpProblem of `status`; returns its field errors. */
export const refused = async (status: number, act: () => Promise<unknown>) => {
  const error = await act().then(
    () => undefined,
    (e: unknown) => e as { status?: number; errors?: { path: string }[] },
  );
  if (error?.status !== status) throw new Error(`expected ${status}, got ${error?.status ?? 'success'}`);
  return (error.errors ?? []).map((e) => e.path);
};
