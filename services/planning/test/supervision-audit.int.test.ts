import { PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { fixedClock } from '@hjemmestotte/domain';
import { dynamoAuditReads, dynamoAuditTrail, HttpProblem, type Principal } from '@hjemmestotte/lambda-kit';
import { caseKey, followUpKey } from '@hjemmestotte/store';
import { beforeAll, describe, expect, it } from 'vitest';
import { freshTables } from '../../../test/support/local-tables.ts';
import { dynamoSupervisionStore } from '../src/supervision/adapters/dynamo-supervision-store.ts';
import { readSupervisionReport } from '../src/supervision/get-report.ts';
import { reportCsv } from '../src/supervision/report-csv.ts';
import { rollUpCase } from '../src/supervision/roll-up.ts';

const teamLeader: Principal = {
  kind: 'user',
  sub: 'tl',
  email: 'tl@kommune.example',
  roles: ['teamleader'],
};

/*
 * November 2026, read on 2 December:
 * AUD-1 two follow-ups due in November (3rd and 20th), neither held -> named twice in the overdue list.
 * AUD-2 its follow-up due 10 November was held on time -> counted, not named.
 * AUD-3 its follow-up due 25 November, never held -> named once.
 * AUD-4 nothing due in November -> neither counted nor named.
 */
const fixture = [
  {
    id: '1',
    followUps: [
      { id: 'fu-1', dueOn: '2026-11-03' },
      { id: 'fu-2', dueOn: '2026-11-20' },
    ],
  },
  { id: '2', followUps: [{ id: 'fu-1', dueOn: '2026-11-10', heldOn: '2026-11-09' }] },
  { id: '3', followUps: [{ id: 'fu-1', dueOn: '2026-11-25' }] },
  { id: '4', followUps: [{ id: 'fu-1', dueOn: '2027-01-15' }] },
] as const;

describe('the supervision report audits a read of each case it names (issue 12: every read is audited)', () => {
  let env: Awaited<ReturnType<typeof freshTables>>;
  const deps = (auditTable: string) => ({
    store: dynamoSupervisionStore(env.db, env.tables.main),
    auditReads: dynamoAuditReads(env.db, auditTable),
    clock: fixedClock('2026-12-02T09:00:00+01:00'),
    timeZone: 'Europe/Copenhagen',
  });
  const entries = async (caseId: string) => dynamoAuditTrail(env.db, env.tables.audit).list(caseId);
  const allEntries = async () =>
    (await env.db.send(new ScanCommand({ TableName: env.tables.audit, ConsistentRead: true }))).Count;

  beforeAll(async () => {
    env = await freshTables();
    const store = dynamoSupervisionStore(env.db, env.tables.main);
    const put = (Item: Record<string, unknown>) =>
      env.db.send(new PutCommand({ TableName: env.tables.main, Item }));
    for (const f of fixture) {
      const caseId = `c${f.id}`;
      await put({
        ...caseKey(caseId),
        caseId,
        caseNumber: `AUD-${f.id}`,
        teamLeaderEmail: 'tl@kommune.example',
        caseworkerEmail: 'cw@kommune.example',
        decidedOn: '2026-07-27',
        startsOn: '2026-08-03',
        expectedEndOn: '2027-06-30',
        hoursPerWeek: 6,
        providerId: 'hjemmebasen',
        planRequired: false,
        assessment: { kind: 'investigation', status: 'completed', completedOn: '2026-07-27' },
        status: 'active',
      });
      for (const fu of f.followUps) {
        const heldOn = 'heldOn' in fu ? fu.heldOn : undefined;
        await put({
          ...followUpKey(caseId, fu.id),
          caseId,
          caseNumber: `AUD-${f.id}`,
          followUpId: fu.id,
          kind: fu.id === 'fu-1' ? 'first' : 'regular',
          dueOn: fu.dueOn,
          status: heldOn ? 'held' : 'scheduled',
          ...(heldOn ? { heldOn } : {}),
        });
      }
      await rollUpCase(store, caseId, {});
    }
  });

  it('writes one entry per named case, by the team leader, for the JSON and the CSV answer alike', async () => {
    const { view } = await readSupervisionReport(deps(env.tables.audit), teamLeader, '2026-11');
    expect(view.overdueFollowUps).toEqual([
      { caseNumber: 'AUD-1', dueOn: '2026-11-03' },
      { caseNumber: 'AUD-1', dueOn: '2026-11-20' },
      { caseNumber: 'AUD-3', dueOn: '2026-11-25' },
    ]);
    // The answer itself carries no case id (the list is case numbers and dates only).
    expect(JSON.stringify(view)).not.toContain('"c1"');

    const c1 = await entries('c1');
    expect(c1).toEqual([
      {
        caseId: 'c1',
        action: 'supervision-report.read',
        at: '2026-12-02T08:00:00.000Z',
        actor: expect.objectContaining({ email: 'tl@kommune.example' }),
      },
    ]);
    expect((await entries('c3')).map((e) => e.action)).toEqual(['supervision-report.read']);
    // Counted but not named, or not in the month: no read of those cases.
    expect(await entries('c2')).toEqual([]);
    expect(await entries('c4')).toEqual([]);

    // The CSV is made from the same read (the handler turns the view into CSV): a second read, a second entry.
    const again = await readSupervisionReport(deps(env.tables.audit), teamLeader, '2026-11');
    expect(reportCsv(again.view)).toContain('AUD-3');
    expect((await entries('c1')).map((e) => e.action)).toEqual([
      'supervision-report.read',
      'supervision-report.read',
    ]);
  });

  it('names nothing and records nothing for a month with nothing overdue', async () => {
    const before = await allEntries();
    const { view } = await readSupervisionReport(deps(env.tables.audit), teamLeader, '2026-10');
    expect(view.overdueFollowUps).toEqual([]);
    expect(view.followUps.due).toBe(0);
    expect(await allEntries()).toBe(before);
  });

  it('answers 503 and no figures when the entries cannot be written', async () => {
    const answer = await readSupervisionReport(deps('no-such-table'), teamLeader, '2026-11').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(answer).toBeInstanceOf(HttpProblem);
    expect((answer as HttpProblem).status).toBe(503);
  });
});
