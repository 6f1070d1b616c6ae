import { PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { fixedClock, type VisitInput } from '@hjemmestotte/domain';
import { dynamoAuditTrail, type Principal } from '@hjemmestotte/lambda-kit';
import { type CaseItem, caseKey, providerCasesPk } from '@hjemmestotte/store';
import { freshTables } from '../../../test/support/local-tables.ts';
import { dynamoIdempotencyStore } from '../src/adapters/dynamo-idempotency-store.ts';
import { dynamoVisitStore } from '../src/adapters/dynamo-visit-store.ts';

export const NOW = '2026-12-01T10:00:00+01:00';

const baseCase: CaseItem = {
  caseId: 'case-a',
  caseNumber: 'NYB-2026-0142',
  caseworkerEmail: 'sagsbehandler@kommune.example',
  teamLeaderEmail: 'teamleder@kommune.example',
  children: [{ firstName: 'Ida', birthDate: '2025-03-14' }],
  legalBasis: 'Barnets Lov § 32, stk. 1, nr. 2',
  program: 'home-support',
  assessment: { kind: 'investigation', status: 'completed', completedOn: '2026-10-20' },
  decidedOn: '2026-11-02',
  startsOn: '2026-11-09',
  expectedEndOn: '2027-06-30',
  hoursPerWeek: 6,
  providerId: 'hjemmebasen',
  planRequired: true,
  purpose: 'Forældrene bliver i stand til at skabe en forudsigelig hverdag.',
  status: 'active',
  createdAt: '2026-11-02T09:00:00.000Z',
} as CaseItem;

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
  await db.send(
    new PutCommand({
      TableName: tables.main,
      Item: {
        ...caseKey(c.caseId),
        ...c,
        providerPk: providerCasesPk(c.providerId),
        providerSk: `CASE#${c.caseId}`,
      },
    }),
  );
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
    scan,
    /** Main-table items other than the case itself. */
    written: async () => (await scan(tables.main)).filter((i) => i.sk !== 'CASE'),
  };
};
