import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { fixedClock } from '@hjemmestotte/domain';
import type { Principal } from '@hjemmestotte/lambda-kit';
import { caseKey } from '@hjemmestotte/store';
import { describe, expect, it } from 'vitest';
import { dynamoOverdue } from '../src/overdue/dynamo-overdue.ts';
import { listOverdue } from '../src/overdue/overdue.ts';
import { onCaseClosed } from '../src/use-cases/follow-case-changes.ts';
import { putPlan } from '../src/use-cases/put-plan.ts';
import { recordHeld } from '../src/use-cases/record-held.ts';
import { scheduleNewCase } from '../src/use-cases/schedule-new-case.ts';
import { caseworker, planningHarness, refused } from './planning-harness.ts';

const teamLeader: Principal = { kind: 'user', sub: 'tl', email: 'tl@kommune.example', roles: ['teamleader'] };

// The harness's case c1 started 2026-02-02: plan due 2026-04-26, first follow-up 2026-05-02, its
// investigation (started 2026-01-20) due 2026-05-20. Today in the harness is 2026-11-23.
const overdue = async (at?: string) => {
  const h = await planningHarness();
  const deps = (clockAt = at) => ({
    overdue: dynamoOverdue(h.db, h.tables.main),
    audit: h.deps.audit,
    clock: clockAt ? fixedClock(clockAt) : h.deps.clock,
    policy: h.deps.policy,
  });
  return { h, deps };
};

describe('GET /v1/reports/overdue (DynamoDB Local)', () => {
  it('lists every missed deadline across months, oldest first, from the agenda index, and audits each case once', async () => {
    const { h, deps } = await overdue();
    // A second case, decided 20 July and started 1 September: its plan (due 2026-10-20, 3 months after the
    // decision) is missed too; its first follow-up (2026-12-01) is not yet due.
    await scheduleNewCase(h.deps, {
      ...h.caseOpened(),
      caseId: 'c2',
      caseNumber: 'NYB-2',
      decidedOn: '2026-07-20',
      startsOn: '2026-09-01',
      assessment: { status: 'completed', startedOn: '2026-06-01', completedOn: '2026-08-20' },
    });
    const { body, itemsRead } = await listOverdue(deps(), teamLeader, {});
    expect(body).toEqual({
      asOf: '2026-11-23',
      items: [
        { kind: 'plan', caseId: 'c1', caseNumber: 'NYB-1', dueOn: '2026-04-26' },
        { kind: 'follow-up', caseId: 'c1', caseNumber: 'NYB-1', dueOn: '2026-05-02', followUpId: 'fu-1' },
        { kind: 'investigation', caseId: 'c1', caseNumber: 'NYB-1', dueOn: '2026-05-20' },
        { kind: 'plan', caseId: 'c2', caseNumber: 'NYB-2', dueOn: '2026-10-20' },
      ],
    });
    // Only what is overdue was read: c2's follow-up (due later) lies outside the key condition.
    expect(itemsRead).toBe(4);
    expect(await h.audited()).toEqual(['case.list', 'case.list']);
  });

  it('lists a deadline from the day after it, in Copenhagen’s day (not UTC’s)', async () => {
    // 2026-04-26 is the plan's last day: not yet overdue on it, overdue from 00:00 Copenhagen (CEST) the next day.
    const onTheDay = await overdue('2026-04-26T21:59:00Z');
    expect((await listOverdue(onTheDay.deps(), teamLeader, {})).body.items).toEqual([]);
    expect(await onTheDay.h.audited()).toEqual([]);
    const nextDay = await overdue('2026-04-26T22:00:00Z');
    const { body } = await listOverdue(nextDay.deps(), teamLeader, {});
    expect(body.asOf).toBe('2026-04-27');
    expect(body.items.map((i) => i.kind)).toEqual(['plan']);
  });

  it('drops a follow-up once held, a plan once written, and everything of a closed case', async () => {
    const { h, deps } = await overdue();
    await recordHeld(
      h.deps,
      caseworker,
      { caseId: 'c1', followUpId: 'fu-1' },
      { heldOn: '2026-11-20', childHeard: true, outcome: 'continue', nextFollowUpInMonths: 6 },
    );
    await putPlan(h.deps, caseworker, 'c1', { purpose: 'Trygge morgener.', goals: [] });
    expect((await listOverdue(deps(), teamLeader, {})).body.items.map((i) => i.kind)).toEqual([
      'investigation',
    ]);
    await onCaseClosed(h.deps.store, {
      caseId: 'c1',
      caseNumber: 'NYB-1',
      closedOn: '2026-11-23',
      reason: 'goals-met',
    });
    expect((await listOverdue(deps(), teamLeader, {})).body.items).toEqual([]);
  });

  it('refuses any query parameter with 400 naming it, auditing nothing', async () => {
    const { h, deps } = await overdue();
    expect(await refused(400, () => listOverdue(deps(), teamLeader, { month: '2026-11' }))).toEqual([
      'month',
    ]);
    expect(await h.audited()).toEqual([]);
  });

  it('lists with teamLeader=me only the cases the caller is team leader of (any letter case), auditing those', async () => {
    const { h, deps } = await overdue();
    // A second case, of another team leader, with its plan missed too.
    const other = {
      ...h.caseOpened(),
      caseId: 'c2',
      caseNumber: 'NYB-2',
      decidedOn: '2026-07-20',
      startsOn: '2026-09-01',
    };
    await scheduleNewCase(h.deps, {
      ...other,
      teamLeaderEmail: 'anden.leder@kommune.example',
      assessment: { status: 'completed', startedOn: '2026-06-01', completedOn: '2026-08-20' },
    });
    await h.db.send(
      new PutCommand({
        TableName: h.tables.main,
        Item: {
          ...caseKey('c2'),
          caseId: 'c2',
          caseNumber: 'NYB-2',
          status: 'active',
          teamLeaderEmail: 'anden.leder@kommune.example',
        },
      }),
    );
    const me: Principal = { ...teamLeader, email: 'TL@Kommune.example' } as Principal;

    const mine = await listOverdue(deps(), me, { teamLeader: 'me' });
    expect(mine.body.items.map((i) => [i.caseNumber, i.kind])).toEqual([
      ['NYB-1', 'plan'],
      ['NYB-1', 'follow-up'],
      ['NYB-1', 'investigation'],
    ]);
    // 4 agenda items and the 2 cases they belong to, read by key.
    expect(mine.itemsRead).toBe(6);
    expect(await h.audited()).toEqual(['case.list']);

    const all = await listOverdue(deps(), me, {});
    expect(all.body.items.map((i) => i.caseNumber)).toContain('NYB-2');
  });

  it('refuses teamLeader other than me with 400 naming it, auditing nothing', async () => {
    const { h, deps } = await overdue();
    expect(
      await refused(400, () => listOverdue(deps(), teamLeader, { teamLeader: 'tl@kommune.example' })),
    ).toEqual(['teamLeader']);
    expect(await h.audited()).toEqual([]);
  });

  it('refuses a provider’s token with 403', async () => {
    const { deps } = await overdue();
    const provider = { kind: 'provider', sub: 'p', providerId: 'hjemmebasen' } as unknown as Principal;
    await refused(403, () => listOverdue(deps(), provider, {}));
  });
});
