import { describe, expect, it } from 'vitest';
import { awsError, type FaultCall, injectFault, pass } from '../../../test/support/fault-injection.ts';
import { getPlan } from '../src/use-cases/get-plan.ts';
import { listFollowUps } from '../src/use-cases/list-follow-ups.ts';
import { putPlan } from '../src/use-cases/put-plan.ts';
import { recordHeld } from '../src/use-cases/record-held.ts';
import { caseworker, planningHarness, refused } from './planning-harness.ts';

const plan = () => ({
  purpose: 'Trygge morgener.',
  goals: [{ goalId: 'g1', title: 'Fast morgenrutine', subGoals: [{ subGoalId: 'g1.1', title: 'Vækning' }] }],
});
const teamleader = { ...caseworker, sub: 'tl', email: 'tl@kommune.example', roles: ['teamleader' as const] };
const provider = { kind: 'provider' as const, sub: 'p1', providerId: 'hjemmebasen', clientId: 'c' };
const otherProvider = { kind: 'provider' as const, sub: 'p2', providerId: 'andre', clientId: 'c2' };

type Harness = Awaited<ReturnType<typeof planningHarness>>;

/** Every write to the audit table fails (a put, or a transaction with an item there) until cleared. */
const auditDown = (h: Harness) => {
  const hits = (call: FaultCall) => {
    const items = (call.input.TransactItems ?? []) as { Put?: { TableName: string } }[];
    return (
      (call.commandName === 'PutItemCommand' && call.input.TableName === h.tables.audit) ||
      items.some((i) => i.Put?.TableName === h.tables.audit)
    );
  };
  return injectFault(h.db, (call) =>
    hits(call) ? { throw: awsError('InternalServerError', 'injected audit outage', 'server') } : pass(),
  );
};

describe('GET /v1/cases/{caseId}/plan (DynamoDB Local)', () => {
  it('answers 404 while no plan is written, then the plan just written, to every reader of the case', async () => {
    const h = await planningHarness();
    await refused(404, () => getPlan(h.deps, caseworker, 'c1'));
    const written = await putPlan(h.deps, caseworker, 'c1', plan());
    // Read straight after the write: a consistent read sees it.
    for (const who of [caseworker, teamleader, provider]) {
      expect(await getPlan(h.deps, who, 'c1')).toEqual({
        caseId: 'c1',
        purpose: 'Trygge morgener.',
        goals: plan().goals,
        updatedAt: written.updatedAt,
      });
    }
    // The clock is fixed, so entries share one time: compare as a multiset.
    expect((await h.audited()).sort()).toEqual([
      'plan.read',
      'plan.read',
      'plan.read',
      'plan.read',
      'plan.update',
    ]);
  });

  it('answers 404 to another provider and for an unknown case, auditing nothing for them', async () => {
    const h = await planningHarness();
    await putPlan(h.deps, caseworker, 'c1', plan());
    await refused(404, () => getPlan(h.deps, otherProvider, 'c1'));
    await refused(404, () => getPlan(h.deps, caseworker, 'c9'));
    expect(await h.audited()).toEqual(['plan.update']);
  });

  it('shows the plan as last written', async () => {
    const h = await planningHarness();
    await putPlan(h.deps, caseworker, 'c1', plan());
    const second = { ...plan(), purpose: 'Faste aftener.' };
    await putPlan(h.deps, caseworker, 'c1', second);
    expect(await getPlan(h.deps, caseworker, 'c1')).toMatchObject({ purpose: 'Faste aftener.' });
  });

  it('answers 503 and no data when the read cannot be audited (plan and follow-ups)', async () => {
    const h = await planningHarness();
    await putPlan(h.deps, caseworker, 'c1', plan());
    const fault = auditDown(h);
    await refused(503, () => getPlan(h.deps, caseworker, 'c1'));
    await refused(503, () => listFollowUps(h.deps, caseworker, 'c1'));
    fault.clear();
    expect(await h.audited()).toEqual(['plan.update']);
  });
});

describe('planning changes and their audit entries are one transaction (issue 11)', () => {
  it('saves no plan and leaves the plan deadline on the agenda when the audit entry fails', async () => {
    const h = await planningHarness();
    const before = await h.scan();
    const fault = auditDown(h);
    await expect(putPlan(h.deps, caseworker, 'c1', plan())).rejects.toThrow();
    fault.clear();
    expect(await h.scan()).toEqual(before);
    expect(await h.item('DEADLINE#plan')).toHaveProperty('agendaPk', 'AGENDA#plan');
    expect(await h.audited()).toEqual([]);
    await putPlan(h.deps, caseworker, 'c1', plan());
    expect(await h.audited()).toEqual(['plan.update']);
  });

  it('records no held follow-up when its audit entry fails; the retry then succeeds, not 409', async () => {
    const h = await planningHarness();
    const before = await h.scan();
    const held = {
      heldOn: '2026-03-01',
      childHeard: true,
      outcome: 'continue' as const,
      nextFollowUpInMonths: 6,
    };
    const fault = auditDown(h);
    await expect(
      recordHeld(h.deps, caseworker, { caseId: 'c1', followUpId: 'fu-1' }, held),
    ).rejects.toThrow();
    fault.clear();
    expect(await h.scan()).toEqual(before);
    expect(await h.audited()).toEqual([]);
    const retry = await recordHeld(h.deps, caseworker, { caseId: 'c1', followUpId: 'fu-1' }, held);
    expect(retry.followUp.status).toBe('held');
    expect(await h.audited()).toEqual(['follow-up.held']);
  });
});

describe('a follow-up shows whether its status report arrived (DynamoDB Local)', () => {
  it('marks the first report day once, shows it in the list, and ignores an unknown follow-up', async () => {
    const h = await planningHarness();
    expect((await listFollowUps(h.deps, caseworker, 'c1'))[0]).toMatchObject({ reportReceived: false });
    expect(await h.deps.store.markReportReceived('c1', 'fu-1', '2026-04-20')).toBe(true);
    // A repeated delivery, or a second letter, keeps the first day.
    expect(await h.deps.store.markReportReceived('c1', 'fu-1', '2026-04-27')).toBe(true);
    expect((await listFollowUps(h.deps, caseworker, 'c1'))[0]).toMatchObject({
      followUpId: 'fu-1',
      reportReceived: true,
      reportReceivedOn: '2026-04-20',
    });
    expect(await h.deps.store.markReportReceived('c1', 'fu-9', '2026-04-20')).toBe(false);
    expect((await h.scan()).some((i) => i.sk === 'FOLLOWUP#fu-9')).toBe(false);
  });
});
