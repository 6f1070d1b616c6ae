import { randomUUID } from 'node:crypto';
import { BatchWriteCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { addDays, defaultPolicy, fixedClock, localDateOf, workingCalendar } from '@hjemmestotte/domain';
import { documentClientFor } from '@hjemmestotte/lambda-kit';
import { agendaPk, agendaSk, caseKey, followUpKey, providerKey } from '@hjemmestotte/store';
import { createTables, localClient } from '../../packages/local-stack/src/dynamodb-local.ts';
import { dynamoAgenda } from '../../services/reminders/src/adapters/dynamo-agenda.ts';
import { dynamoCases } from '../../services/reminders/src/adapters/dynamo-cases.ts';
import { dynamoSweepLock } from '../../services/reminders/src/adapters/dynamo-sweep-lock.ts';
import { runSweep, type SweepSummary } from '../../services/reminders/src/use-cases/run-sweep.ts';
import { type DynamoCount, meterDynamo } from './dynamo-meter.ts';

/** One sweep: what it reported, and what its DynamoDB client counted request by request. */
export interface SweepFigures {
  today: string;
  summary: SweepSummary;
  dynamo: DynamoCount;
  seconds: number;
  /** Items written per notice sent; items read per (agenda item due + case it belongs to). */
  writesPerNotice: number;
  readsPerDue: number;
}

export interface BenchFigures {
  scheduled: number;
  seedSeconds: number;
  /** The first sweep (nothing sent before), then the next working day's (what every later day looks like). */
  sweeps: SweepFigures[];
  scan: { itemsRead: number; itemsDue: number; seconds: number };
}

// Monday 25 January 2027 at 07:00 in Copenhagen, then Tuesday.
const DAYS = [new Date('2027-01-25T06:00:00Z'), new Date('2027-01-26T06:00:00Z')];
const AS_OF = DAYS[0] as Date;
type Db = ReturnType<typeof documentClientFor>;

/** BatchWriteItem, 25 puts a request, `parallel` requests at a time, unprocessed items retried. */
const seed = async (db: Db, table: string, items: Record<string, unknown>[], parallel = 8) => {
  const batches: Record<string, unknown>[][] = [];
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25));
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      let pending = (batches[next++] ?? []).map((Item) => ({ PutRequest: { Item } }));
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt > 0) await new Promise((r) => setTimeout(r, 20 * attempt));
        const out = await db.send(new BatchWriteCommand({ RequestItems: { [table]: pending } }));
        pending = (out.UnprocessedItems?.[table] ?? []) as typeof pending;
      }
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
};

/**
 * N active cases, each with one scheduled follow-up due between 10 days ago and two years ahead (spread
 * evenly), then the sweeps of Monday 25 and Tuesday 26 January 2027 against the agenda index, each counted
 * item by item on its DynamoDB client, and the first day's question answered by a Scan for comparison.
 */
export const benchSweep = async (endpoint: string, count: number): Promise<BenchFigures> => {
  const raw = localClient(endpoint);
  const db = documentClientFor(raw);
  try {
    const tables = await createTables(endpoint, `bench${randomUUID().slice(0, 6)}-`);
    const today = localDateOf(AS_OF, defaultPolicy.timeZone);
    const items: Record<string, unknown>[] = [
      { ...providerKey('bench'), providerId: 'bench', contactEmail: 'kontakt@bench.example', active: true },
    ];
    for (let i = 0; i < count; i++) {
      const caseId = `case-${i}`;
      const caseNumber = `BENCH-${String(i).padStart(6, '0')}`;
      const dueOn = addDays(today, -10 + (i % 740));
      items.push(
        {
          ...caseKey(caseId),
          caseId,
          caseNumber,
          status: 'active',
          caseworkerEmail: `cw${i % 50}@bench.example`,
          teamLeaderEmail: 'tl@bench.example',
          providerId: 'bench',
        },
        {
          ...followUpKey(caseId, 'fu-1'),
          caseId,
          caseNumber,
          followUpId: 'fu-1',
          kind: 'first',
          dueOn,
          status: 'scheduled',
          agendaPk: agendaPk('follow-up'),
          agendaSk: agendaSk(dueOn, caseId, 'fu-1'),
        },
      );
    }
    let t = performance.now();
    await seed(db, tables.main, items);
    const seedSeconds = (performance.now() - t) / 1000;

    // The same question by Scan, before the sweep adds its ledger items: every item of the table is read.
    const horizon = workingCalendar({ closingDays: defaultPolicy.closingDays }).addWorkingDays(
      today,
      defaultPolicy.reminderLeadWorkingDays,
    );
    t = performance.now();
    let scanned = 0;
    let matched = 0;
    let startKey: Record<string, unknown> | undefined;
    do {
      const out = await db.send(
        new ScanCommand({
          TableName: tables.main,
          FilterExpression: 'agendaPk = :k AND agendaSk <= :until',
          ExpressionAttributeValues: { ':k': agendaPk('follow-up'), ':until': `${horizon}~` },
          ExclusiveStartKey: startKey,
        }),
      );
      scanned += out.ScannedCount ?? 0;
      matched += out.Count ?? 0;
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    const scanSeconds = (performance.now() - t) / 1000;

    let sent = 0;
    const sweeps: SweepFigures[] = [];
    for (const asOf of DAYS) {
      const meter = meterDynamo(raw);
      t = performance.now();
      const summary = await runSweep(
        {
          agenda: dynamoAgenda(db, tables.main),
          cases: dynamoCases(db, tables.main),
          lock: dynamoSweepLock(db, tables.main),
          mailer: { send: async () => `bench-${++sent}` },
          // Leases in real time as deployed: each run at its own schedule time.
          clock: fixedClock(asOf),
          policy: defaultPolicy,
          links: {
            webOrigin: 'https://app.bench.example',
            caseLinkTemplate: 'https://sager.bench.example/sag/{caseNumber}',
          },
          municipalityId: 'bench',
        },
        asOf,
      );
      const seconds = (performance.now() - t) / 1000;
      meter.stop();
      const notices = summary.itemsDue;
      sweeps.push({
        today: summary.today,
        summary,
        dynamo: meter.count,
        seconds,
        writesPerNotice: notices === 0 ? 0 : meter.count.itemsWritten / notices,
        readsPerDue: meter.count.itemsRead / (summary.agendaItems + summary.cases),
      });
    }

    return {
      scheduled: count,
      seedSeconds,
      sweeps,
      scan: { itemsRead: scanned, itemsDue: matched, seconds: scanSeconds },
    };
  } finally {
    raw.destroy();
  }
};
