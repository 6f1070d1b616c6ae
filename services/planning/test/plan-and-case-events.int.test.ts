import { describe, expect, it } from 'vitest';
import {
  onAssessmentCompleted,
  onCaseClosed,
  onSupportAdjusted,
} from '../src/use-cases/follow-case-changes.ts';
import { putPlan } from '../src/use-cases/put-plan.ts';
import { scheduleNewCase } from '../src/use-cases/schedule-new-case.ts';
import { caseworker, planningHarness, refused } from './planning-harness.ts';

const plan = () => ({
  purpose: 'Trygge morgener.',
  goals: [
    { goalId: 'g1', title: 'Fast morgenrutine', subGoals: [{ subGoalId: 'g1.1', title: 'Vækning kl. 7' }] },
  ],
});
const completed = {
  caseId: 'c1',
  caseNumber: 'NYB-1',
  startsOn: '2026-02-02',
  startedOn: '2026-01-20',
  completedOn: '2026-03-10',
};

describe('PUT /v1/cases/{caseId}/plan (DynamoDB Local)', () => {
  it('stores the plan and takes the plan deadline off the agenda', async () => {
    const h = await planningHarness();
    expect(await h.item('DEADLINE#plan')).toMatchObject({ agendaPk: 'AGENDA#plan', dueOn: '2026-04-26' });
    await putPlan(h.deps, caseworker, 'c1', plan());
    expect(await h.item('PLAN')).toMatchObject({ goals: [{ goalId: 'g1' }] });
    const deadline = await h.item('DEADLINE#plan');
    expect(deadline).toMatchObject({ status: 'met' });
    expect(deadline).not.toHaveProperty('agendaPk');
    expect((await h.outbox()).map((o) => o.entry.DetailType)).toEqual(['PlanUpdated']);
  });

  it('refuses a CPR-like number with 422 and a closed or unknown case, storing nothing', async () => {
    const h = await planningHarness();
    const before = await h.scan();
    const p = plan();
    p.goals[0]!.title = 'Barn 010203-1234';
    expect(await refused(422, () => putPlan(h.deps, caseworker, 'c1', p))).toEqual(['goals.0.title']);
    await refused(404, () => putPlan(h.deps, caseworker, 'c9', plan()));
    expect(await h.scan()).toEqual(before);
    const closed = await planningHarness('closed');
    const closedBefore = await closed.scan();
    await refused(422, () => putPlan(closed.deps, caseworker, 'c1', plan()));
    expect(await closed.scan()).toEqual(closedBefore);
  });
});

describe('planning on case events (DynamoDB Local)', () => {
  it('moves an unheld first follow-up to the day the parallel investigation completed, once', async () => {
    const h = await planningHarness();
    expect(await h.item('FOLLOWUP#fu-1')).toMatchObject({ dueOn: '2026-05-02' });
    expect(await h.item('FOLLOWUP#fu-1')).not.toHaveProperty('revision');
    expect(await onAssessmentCompleted(h.deps.store, completed)).toEqual({ moved: true });
    // The calendar event's SEQUENCE in the reminders' .ics: raised by the move, by nothing else.
    expect(await h.item('FOLLOWUP#fu-1')).toMatchObject({
      dueOn: '2026-03-10',
      agendaSk: '2026-03-10#c1#fu-1',
      revision: 1,
    });
    expect(await h.item('DEADLINE#investigation')).not.toHaveProperty('agendaPk');
    expect(await onAssessmentCompleted(h.deps.store, completed)).toEqual({ moved: false });
    expect(await h.item('FOLLOWUP#fu-1')).toMatchObject({ revision: 1 });
    expect(await h.outbox()).toHaveLength(1);
  });

  it('does not move a first follow-up already held', async () => {
    const h = await planningHarness();
    const { recordHeld } = await import('../src/use-cases/record-held.ts');
    await recordHeld(
      h.deps,
      caseworker,
      { caseId: 'c1', followUpId: 'fu-1' },
      { heldOn: '2026-03-01', childHeard: true, outcome: 'continue', nextFollowUpInMonths: 6 },
    );
    expect(await onAssessmentCompleted(h.deps.store, completed)).toEqual({ moved: false });
    expect(await h.item('FOLLOWUP#fu-1')).toMatchObject({ status: 'held', dueOn: '2026-05-02' });
  });

  it('takes every follow-up and deadline of a closed case off the agenda, idempotently', async () => {
    const h = await planningHarness();
    const ev = { caseId: 'c1', caseNumber: 'NYB-1', closedOn: '2026-11-20', reason: 'moved' as const };
    expect(await onCaseClosed(h.deps.store, ev)).toEqual({ takenOff: 4 });
    expect(await onCaseClosed(h.deps.store, ev)).toEqual({ takenOff: 0 });
    const rest = (await h.scan()).filter((i) => i.agendaPk !== undefined);
    expect(rest).toEqual([]);
    expect(await h.item('FOLLOWUP#fu-1')).toMatchObject({ status: 'cancelled' });
  });

  it('moves the end deadline with a new expected end', async () => {
    const h = await planningHarness();
    await onSupportAdjusted(h.deps.store, {
      caseId: 'c1',
      caseNumber: 'NYB-1',
      effectiveFrom: '2026-11-01',
      expectedEndOn: '2027-03-31',
    });
    expect(await h.item('DEADLINE#end')).toMatchObject({
      dueOn: '2027-03-31',
      agendaSk: '2027-03-31#c1#end',
    });
  });

  it('schedules a case opened again only once', async () => {
    const h = await planningHarness();
    const before = await h.scan();
    expect((await scheduleNewCase(h.deps, h.caseOpened())).created).toBe(false);
    expect(await h.scan()).toEqual(before);
  });
});
