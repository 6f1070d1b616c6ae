import { randomUUID } from 'node:crypto';
import { BatchWriteCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { addDays, addMonths, fixedClock } from '@hjemmestotte/domain';
import { documentClientFor } from '@hjemmestotte/lambda-kit';
import {
  supervisionMonthCaseKey,
  supervisionMonthProviderKey,
  supervisionOpenKey,
  supervisionStateKey,
} from '@hjemmestotte/store';
import { createTables, localClient } from '../../packages/local-stack/src/dynamodb-local.ts';
import { dynamoSupervisionStore } from '../../services/planning/src/supervision/adapters/dynamo-supervision-store.ts';
import { type CaseState, monthsOfClosedCase } from '../../services/planning/src/supervision/case-state.ts';
import { supervisionReport } from '../../services/planning/src/supervision/get-report.ts';

export interface SupervisionBenchFigures {
  cases: number;
  openCases: number;
  closedCases: number;
  monthCopies: number;
  seedSeconds: number;
  report: { month: string; itemsRead: number; expectedItems: number; seconds: number; due: number };
  scan: { itemsRead: number; seconds: number };
}

type Db = ReturnType<typeof documentClientFor>;
const MONTH = '2026-11';
const TODAY = '2026-11-24';
const PROVIDERS = 10;

/** BatchWriteItem, 25 puts a request, `parallel` requests at a time, unprocessed items retried. */
const seed = async (
  db: Db,
  table: string,
  items: Record<string, unknown>[],
  progress?: (line: string) => void,
  parallel = 8,
) => {
  const batches: Record<string, unknown>[][] = [];
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25));
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      const index = next++;
      if (progress && index % 400 === 0) progress(`seeded ${index * 25} of ${items.length} items`);
      let pending = (batches[index] ?? []).map((Item) => ({ PutRequest: { Item } }));
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
 * Case i starts on one of ~1,060 days from 2024-01-01, runs 3–12 months (closed if that ends before
 * today), 2–11 h/week with a change of hours halfway for every third case, a follow-up every 3 then 6
 * months, most held.
 */
const caseState = (i: number): CaseState => {
  const startsOn = addDays('2024-01-01', (i * 7919) % 1060);
  const endsOn = addMonths(startsOn, 3 + (i % 10));
  const closed = endsOn < TODAY;
  const providerId = `provider-${i % PROVIDERS}`;
  const hours = 2 + (i % 10);
  const terms = [{ from: startsOn, hoursPerWeek: hours, providerId }];
  if (i % 3 === 0) terms.push({ from: addMonths(startsOn, 2), hoursPerWeek: hours * 2, providerId });
  const followUps = [];
  for (let due = addMonths(startsOn, 3), n = 1; due <= (closed ? endsOn : '2027-12-31'); n++) {
    const held = due < TODAY && i % 5 !== 0 ? addDays(due, (i % 7) - 3) : undefined;
    followUps.push({ followUpId: `fu-${n}`, dueOn: due, ...(held ? { heldOn: held } : {}) });
    due = addMonths(held ?? due, 6);
  }
  return {
    caseId: `case-${i}`,
    caseNumber: `BENCH-${i}`,
    teamLeaderEmail: `tl-${i % 4}@bench.example`,
    decidedOn: addDays(startsOn, -7),
    startsOn,
    status: closed ? 'closed' : 'active',
    ...(closed ? { closedOn: endsOn } : {}),
    terms,
    followUps,
    planDueOn: addMonths(addDays(startsOn, -7), 3),
    ...(i % 4 !== 0 ? { planWrittenOn: addMonths(startsOn, 1) } : {}),
  };
};

/**
 * N cases' roll-up items (state, open partition or month copies, as the roll-up writes them) and every
 * provider's counters for 35 months; then the report of November 2026, and a Scan for comparison.
 */
export const benchSupervision = async (
  endpoint: string,
  count: number,
  progress?: (line: string) => void,
): Promise<SupervisionBenchFigures> => {
  const raw = localClient(endpoint);
  const db = documentClientFor(raw);
  try {
    const tables = await createTables(endpoint, `bench${randomUUID().slice(0, 6)}-`);
    const items: Record<string, unknown>[] = [];
    let open = 0;
    let copies = 0;
    let inMonth = 0;
    for (let i = 0; i < count; i++) {
      const s = caseState(i);
      items.push({ ...supervisionStateKey(s.caseId), ...s, v: 1 });
      if (s.status === 'active') {
        open++;
        items.push({ ...supervisionOpenKey(s.caseId), ...s, v: 1 });
      } else {
        for (const m of monthsOfClosedCase(s)) {
          copies++;
          if (m === MONTH) inMonth++;
          items.push({ ...supervisionMonthCaseKey(m, s.caseId), ...s, v: 1 });
        }
      }
    }
    for (let m = '2024-01-01'; m <= `${MONTH}-01`; m = addMonths(m, 1)) {
      for (let p = 0; p < PROVIDERS; p++) {
        items.push({
          ...supervisionMonthProviderKey(m.slice(0, 7), `provider-${p}`),
          providerId: `provider-${p}`,
          visits: 40 + p,
          minutes: (40 + p) * 90,
          concerns: p % 3,
        });
      }
    }
    const t0 = performance.now();
    await seed(db, tables.main, items, progress);
    const seedSeconds = (performance.now() - t0) / 1000;

    const store = dynamoSupervisionStore(db, tables.main);
    const t1 = performance.now();
    const { figures, itemsRead } = await supervisionReport(
      { store, clock: fixedClock(`${TODAY}T12:00:00+01:00`), timeZone: 'Europe/Copenhagen' },
      MONTH,
    );
    const reportSeconds = (performance.now() - t1) / 1000;
    progress?.(
      `report ${MONTH}: items read ${itemsRead} in ${reportSeconds.toFixed(1)} s; scanning the table…`,
    );

    const t2 = performance.now();
    let scanned = 0;
    let start: Record<string, unknown> | undefined;
    do {
      const out = await db.send(
        new ScanCommand({ TableName: tables.main, ExclusiveStartKey: start, Select: 'COUNT' }),
      );
      scanned += out.ScannedCount ?? 0;
      start = out.LastEvaluatedKey;
    } while (start);
    const scanSeconds = (performance.now() - t2) / 1000;
    return {
      cases: count,
      openCases: open,
      closedCases: count - open,
      monthCopies: copies,
      seedSeconds,
      report: {
        month: MONTH,
        itemsRead,
        expectedItems: open + inMonth + PROVIDERS,
        seconds: reportSeconds,
        due: figures.followUps.due,
      },
      scan: { itemsRead: scanned, seconds: scanSeconds },
    };
  } finally {
    raw.destroy();
  }
};
