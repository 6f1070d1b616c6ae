import {
  BatchWriteCommand,
  type DynamoDBDocumentClient,
  PutCommand,
  QueryCommand,
  ScanCommand,
} from '@aws-sdk/lib-dynamodb';
import { fixedClock, type VisitInput } from '@hjemmestotte/domain';
import { dynamoAuditReads, dynamoAuditTrail, type Principal } from '@hjemmestotte/lambda-kit';
import { ASSIGNMENT_PREFIX, assignmentItemsOf, type CaseItem, caseKey } from '@hjemmestotte/store';
import { registration } from '../../../packages/domain/test/fixtures.ts';
import { freshTables } from '../../../test/support/local-tables.ts';
import { auditWrite } from '../src/adapters/audit-write.ts';
import { dynamoIdempotencyStore } from '../src/adapters/dynamo-idempotency-store.ts';
import { dynamoVisitStore } from '../src/adapters/dynamo-visit-store.ts';

export const NOW = '2026-12-01T10:00:00+01:00';

// The contract's example registration (shared with the domain's tests), as intake stores it.
const baseCase: CaseItem = {
  ...registration,
  caseId: 'case-a',
  teamLeaderEmail: 'teamleder@kommune.example',
  status: 'active',
  createdAt: '2026-11-02T09:00:00.000Z',
};

export const caseFixture = (over: Partial<CaseItem> = {}): CaseItem => ({
  ...structuredClone(baseCase),
  ...over,
});

const visitBody: VisitInput = {
  startedAt: '2026-11-20T07:00:00+01:00',
  durationMinutes: 120,
  location: 'home',
  staffCount: 1,
  methods: ['structure-routines', 'guidance'],
  note: 'Morgenrutine gennemgået med mor.',
};
export const visitFixture = (over: Partial<VisitInput> = {}): VisitInput => ({
  ...structuredClone(visitBody),
  ...over,
});

export const provider = (providerId: string): Principal => ({
  kind: 'provider',
  sub: `local-${providerId}`,
  clientId: `local-${providerId}`,
  providerId,
});
export const caseworker: Principal = {
  kind: 'user',
  sub: 'cw',
  email: 'sagsbehandler@kommune.example',
  roles: ['caseworker'],
};

/** Fresh tables with one case of `hjemmebasen`, and the real adapters on them. */
export const world = async (c: CaseItem = caseFixture()) => {
  const { db, raw, tables } = await freshTables();
  // As intake stores a case: the case item and its provider assignments (store/provider-assignments.ts).
  await db.send(new PutCommand({ TableName: tables.main, Item: { ...caseKey(c.caseId), ...c } }));
  if (c.status === 'active') {
    for (const a of assignmentItemsOf(c)) await db.send(new PutCommand({ TableName: tables.main, Item: a }));
  }
  const scan = async (table: string) =>
    (await db.send(new ScanCommand({ TableName: table, ConsistentRead: true }))).Items ?? [];
  const clock = fixedClock(NOW);
  return {
    db,
    raw,
    tables,
    clock,
    store: dynamoVisitStore(db, tables.main),
    idempotency: dynamoIdempotencyStore(db, tables.idempotency),
    audit: dynamoAuditTrail(db, tables.audit),
    auditWrite: auditWrite(tables.audit),
    auditReads: dynamoAuditReads(db, tables.audit),
    scan,
    /** Main-table items other than the case itself. */
    // What the act wrote: everything but the case as intake stored it (its item and provider assignments).
    written: async () =>
      (await scan(tables.main)).filter((i) => i.sk !== 'CASE' && !String(i.sk).startsWith(ASSIGNMENT_PREFIX)),
  };
};

/** The client with a count of the Queries sent through it: how many round trips one read of a page made. */
export const countingQueries = (db: DynamoDBDocumentClient) => {
  let queries = 0;
  const client = {
    send: (command: Parameters<DynamoDBDocumentClient['send']>[0]) => {
      if (command instanceof QueryCommand) queries++;
      return db.send(command);
    },
  } as unknown as DynamoDBDocumentClient;
  return {
    client,
    count: () => queries,
    reset: () => {
      queries = 0;
    },
  };
};

/** Writes items as they are (copies of what the use cases stored), 25 to a BatchWriteItem. */
export const putAll = async (db: DynamoDBDocumentClient, table: string, items: Record<string, unknown>[]) => {
  for (let i = 0; i < items.length; i += 25) {
    let request: Record<string, unknown[]> | undefined = {
      [table]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })),
    };
    while (request && Object.keys(request).length > 0) {
      const out = await db.send(new BatchWriteCommand({ RequestItems: request as never }));
      request = out.UnprocessedItems as typeof request;
    }
  }
};
