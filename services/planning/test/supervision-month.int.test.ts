import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { fixedClock } from '@hjemmestotte/domain';
import { caseKey, followUpKey, historyKey } from '@hjemmestotte/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { freshTables } from '../../../test/support/local-tables.ts';
import { dynamoSupervisionStore } from '../src/supervision/adapters/dynamo-supervision-store.ts';
import { reportView, supervisionReport } from '../src/supervision/get-report.ts';
import { countConcern, countVisit, rollUpCase } from '../src/supervision/roll-up.ts';

/*
 * The hand-counted fixture month: November 2026, providers A (hjemmebasen) and B (familiehuset).
 *
 * NYB-1  A  starts 2026-08-03, 6 h/week, 12 h/week from 2026-11-16 (changed mid-month); plan written
 *           2026-09-10 (due 2026-10-27); fu-1 due 2026-11-03, held 2026-11-02 -> held on time.
 * NYB-2  A  starts 2026-08-10, 4 h/week; plan due 2026-11-03 and never written -> plan missing;
 *           fu-1 due 2026-11-10, held 2026-11-17 -> held late.
 * NYB-3  B  starts 2026-08-20, 10 h/week; investigation started 2026-07-01, due 2026-11-01, not completed
 *           -> investigation overdue; fu-1 due 2026-11-20, never held -> overdue (the list's only entry).
 * NYB-4  B  starts 2026-06-01, 7 h/week, closed 2026-11-14; fu-2 due 2026-11-28 falls after the closing
 *           -> not counted.
 * NYB-5  A  decided 2026-11-30, starts 2026-12-07 -> not active in November, nothing counted.
 * NYB-6  A  starts 2026-05-04, closed 2026-10-20 -> not in November at all.
 *
 * Follow-ups due in November: NYB-1, NYB-2, NYB-3 = 3; on time 1, late 1, overdue 1.
 * Plans missing 1 (NYB-2). Investigations overdue 1 (NYB-3).
 * Hours granted, A: NYB-1 15 days x 6/7 + 15 days x 12/7 = 270/7; NYB-2 30 x 4/7 = 120/7;
 *   390/7 = 55.714… -> 55.71, cases 2.
 * Hours granted, B: NYB-3 30 x 10/7 = 300/7; NYB-4 14 days (1–14 Nov, the closing day included) x 7/7 = 14;
 *   300/7 + 14 = 56.857… -> 56.86, cases 2.
 * Visits, A: NYB-1 120 min on 5 Nov (delivered twice, counted once), 90 min on 20 Nov; NYB-2 60 min at
 *   2026-10-31T23:30Z = 1 Nov 00:30 in Copenhagen (November); NYB-1 45 min at 2026-11-30T23:15Z =
 *   1 Dec 00:15 (December, not counted) -> 3 visits, 270 min = 4.50 h, 0 concerns.
 * Visits, B: NYB-3 180 min on 10 Nov with a concern; NYB-4 50 min on 12 Nov -> 2 visits, 230 min =
 *   3.83 h, 1 concern.
 */
const A = 'hjemmebasen';
const B = 'familiehuset';
const TL = 'tl@kommune.example';

interface Fixture {
  id: string;
  decidedOn: string;
  startsOn: string;
  hoursPerWeek: number;
  providerId: string;
  planRequired?: boolean;
  investigationStartedOn?: string;
  closedOn?: string;
  followUps: { followUpId: string; dueOn: string; heldOn?: string }[];
  change?: { effectiveFrom: string; from: number; to: number };
}

const cases: Fixture[] = [
  {
    id: '1',
    decidedOn: '2026-07-27',
    startsOn: '2026-08-03',
    hoursPerWeek: 12,
    providerId: A,
    planRequired: true,
    followUps: [{ followUpId: 'fu-1', dueOn: '2026-11-03', heldOn: '2026-11-02' }],
    change: { effectiveFrom: '2026-11-16', from: 6, to: 12 },
  },
  {
    id: '2',
    decidedOn: '2026-08-03',
    startsOn: '2026-08-10',
    hoursPerWeek: 4,
    providerId: A,
    planRequired: true,
    followUps: [{ followUpId: 'fu-1', dueOn: '2026-11-10', heldOn: '2026-11-17' }],
  },
  {
    id: '3',
    decidedOn: '2026-08-14',
    startsOn: '2026-08-20',
    hoursPerWeek: 10,
    providerId: B,
    investigationStartedOn: '2026-07-01',
    followUps: [{ followUpId: 'fu-1', dueOn: '2026-11-20' }],
  },
  {
    id: '4',
    decidedOn: '2026-05-25',
    startsOn: '2026-06-01',
    hoursPerWeek: 7,
    providerId: B,
    closedOn: '2026-11-14',
    followUps: [
      { followUpId: 'fu-1', dueOn: '2026-09-01', heldOn: '2026-08-28' },
      { followUpId: 'fu-2', dueOn: '2026-11-28' },
    ],
  },
  {
    id: '5',
    decidedOn: '2026-11-30',
    startsOn: '2026-12-07',
    hoursPerWeek: 5,
    providerId: A,
    planRequired: true,
    followUps: [{ followUpId: 'fu-1', dueOn: '2027-03-07' }],
  },
  {
    id: '6',
    decidedOn: '2026-04-27',
    startsOn: '2026-05-04',
    hoursPerWeek: 8,
    providerId: A,
    closedOn: '2026-10-20',
    followUps: [{ followUpId: 'fu-1', dueOn: '2026-08-04', heldOn: '2026-08-04' }],
  },
];

const visits = [
  {
    caseId: 'c1',
    providerId: A,
    startedAt: '2026-11-05T09:00:00+01:00',
    durationMinutes: 120,
    eventId: 'v1',
  },
  { caseId: 'c1', providerId: A, startedAt: '2026-11-20T09:00:00+01:00', durationMinutes: 90, eventId: 'v2' },
  { caseId: 'c2', providerId: A, startedAt: '2026-10-31T23:30:00Z', durationMinutes: 60, eventId: 'v3' },
  { caseId: 'c1', providerId: A, startedAt: '2026-11-30T23:15:00Z', durationMinutes: 45, eventId: 'v4' },
  {
    caseId: 'c3',
    providerId: B,
    startedAt: '2026-11-10T10:00:00+01:00',
    durationMinutes: 180,
    eventId: 'v5',
  },
  { caseId: 'c4', providerId: B, startedAt: '2026-11-12T10:00:00+01:00', durationMinutes: 50, eventId: 'v6' },
];

describe('supervision roll-up and report on a hand-counted month', () => {
  let env: Awaited<ReturnType<typeof freshTables>>;
  let store: ReturnType<typeof dynamoSupervisionStore>;
  const report = (today: string) =>
    supervisionReport(
      { store, clock: fixedClock(`${today}T12:00:00+01:00`), timeZone: 'Europe/Copenhagen' },
      '2026-11',
    );

  beforeAll(async () => {
    env = await freshTables();
    store = dynamoSupervisionStore(env.db, env.tables.main);
    const put = (Item: Record<string, unknown>) =>
      env.db.send(new PutCommand({ TableName: env.tables.main, Item }));
    for (const f of cases) {
      const caseId = `c${f.id}`;
      // The case item as intake stores it: top-level hours are the last value written.
      await put({
        ...caseKey(caseId),
        caseId,
        caseNumber: `NYB-${f.id}`,
        teamLeaderEmail: TL,
        caseworkerEmail: 'cw@kommune.example',
        decidedOn: f.decidedOn,
        startsOn: f.startsOn,
        expectedEndOn: '2027-06-30',
        hoursPerWeek: f.hoursPerWeek,
        providerId: f.providerId,
        planRequired: f.planRequired ?? false,
        assessment: f.investigationStartedOn
          ? { kind: 'investigation', status: 'ongoing', startedOn: f.investigationStartedOn }
          : { kind: 'investigation', status: 'completed', completedOn: f.decidedOn },
        status: f.closedOn ? 'closed' : 'active',
        ...(f.closedOn ? { closedOn: f.closedOn, closeReason: 'goals-met' } : {}),
      });
      if (f.change) {
        await put({
          ...historyKey(caseId, f.change.effectiveFrom, 1),
          effectiveFrom: f.change.effectiveFrom,
          revision: 1,
          changedAt: '2026-11-10T09:00:00Z',
          changedBy: 'cw@kommune.example',
          before: { hoursPerWeek: f.change.from },
          after: { hoursPerWeek: f.change.to },
        });
      }
      for (const fu of f.followUps) {
        await put({
          ...followUpKey(caseId, fu.followUpId),
          caseId,
          caseNumber: `NYB-${f.id}`,
          followUpId: fu.followUpId,
          kind: fu.followUpId === 'fu-1' ? 'first' : 'regular',
          dueOn: fu.dueOn,
          status: fu.heldOn ? 'held' : f.closedOn ? 'cancelled' : 'scheduled',
          ...(fu.heldOn ? { heldOn: fu.heldOn } : {}),
        });
      }
      await rollUpCase(store, caseId, {
        ...(f.investigationStartedOn ? { investigationStartedOn: f.investigationStartedOn } : {}),
      });
    }
    // PlanUpdated for NYB-1 arrives after the other events of its case (out of order is fine).
    await rollUpCase(store, 'c1', { planWrittenOn: '2026-09-10' });
    for (const v of visits) await countVisit(store, v, 'Europe/Copenhagen');
    await countVisit(store, visits[0]!, 'Europe/Copenhagen'); // a repeated delivery
    await countConcern(
      store,
      { eventId: 'k1', providerId: B, occurredAt: '2026-11-10T12:00:00+01:00' },
      'Europe/Copenhagen',
    );
  });

  it('counts every figure of the month as counted by hand, as at the end of the month', async () => {
    const { figures } = await report('2026-12-02');
    const view = reportView(figures);
    expect(view.month).toBe('2026-11');
    expect(view.asOf).toBe('2026-11-30');
    expect(view.followUps.due).toBe(3);
    expect(view.followUps.heldOnTime).toBe(1);
    expect(view.followUps.heldLate).toBe(1);
    expect(view.followUps.overdue).toBe(1);
    expect(view.followUps.notYetDue).toBe(0);
    expect(view.plansMissing).toBe(1);
    expect(view.investigationsOverdue).toBe(1);
    expect(view.overdueFollowUps).toEqual([{ caseNumber: 'NYB-3', dueOn: '2026-11-20' }]);
    const [a, b, ...rest] = view.providers;
    expect(rest).toEqual([]);
    expect(a?.providerId).toBe(B); // sorted: familiehuset before hjemmebasen
    expect(b?.providerId).toBe(A);
    const byId = Object.fromEntries(view.providers.map((p) => [p.providerId, p]));
    expect(byId[A]?.cases).toBe(2);
    expect(byId[A]?.hoursGranted).toBe(55.71);
    expect(byId[A]?.hoursDelivered).toBe(4.5);
    expect(byId[A]?.visits).toBe(3);
    expect(byId[A]?.concerns).toBe(0);
    expect(byId[B]?.cases).toBe(2);
    expect(byId[B]?.hoursGranted).toBe(56.86);
    expect(byId[B]?.hoursDelivered).toBe(3.83);
    expect(byId[B]?.visits).toBe(2);
    expect(byId[B]?.concerns).toBe(1);
  });

  it('judges the current month as at today: later due dates are not yet due, hours granted up to today', async () => {
    const { figures } = await report('2026-11-18');
    expect(figures.asOf).toBe('2026-11-18');
    // NYB-1 on time, NYB-2 held late on the 17th, NYB-3 due the 20th is not yet due.
    expect(figures.followUps).toEqual({ due: 3, heldOnTime: 1, heldLate: 1, overdue: 0, notYetDue: 1 });
    const a = figures.providers.find((p) => p.providerId === A);
    // NYB-1: 15 x 6/7 + 3 x 12/7 = 126/7; NYB-2: 18 x 4/7 = 72/7; 198/7 = 28.2857… -> 28.29.
    expect(a?.hoursGranted).toBe(28.29);
  });

  it('reads the month partition and the open cases only: a closed case outside the month is not read', async () => {
    const { itemsRead } = await report('2026-12-02');
    // Open: NYB-1, 2, 3, 5; month 2026-11: NYB-4 and the two providers' counters. NYB-6 lies in May–October.
    expect(itemsRead).toBe(7);
    const october = await env.db.send(
      new QueryCommand({
        TableName: env.tables.main,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': 'SUPERVISION#2026-10' },
      }),
    );
    expect((october.Items ?? []).map((i) => i.sk).sort()).toEqual(['CASE#c4', 'CASE#c6']);
  });

  it('changes nothing when a case event is delivered again', async () => {
    const before = reportView((await report('2026-12-02')).figures);
    await rollUpCase(store, 'c4');
    await rollUpCase(store, 'c1');
    expect(reportView((await report('2026-12-02')).figures)).toEqual(before);
  });
});
