import { fixedClock } from '@hjemmestotte/domain';
import type { CaseOpened, EventData } from '@hjemmestotte/events';
import type { Principal } from '@hjemmestotte/lambda-kit';
import { describe, expect, it } from 'vitest';
import { captureLogs } from '../../../test/support/log-capture.ts';
import { changeCase } from '../../intake/src/use-cases/change-case.ts';
import { getCase } from '../../intake/src/use-cases/get-case.ts';
import { registerCase } from '../../intake/src/use-cases/register-case.ts';
import { caseworker, intakeHarness, refused, registration } from '../../intake/test/intake-harness.ts';
import { dynamoCaseAccess } from '../src/adapters/dynamo-case-access.ts';
import { dynamoPlanStore } from '../src/adapters/dynamo-plan-store.ts';
import { dynamoScheduleStore } from '../src/adapters/dynamo-schedule-store.ts';
import { getPlan } from '../src/use-cases/get-plan.ts';
import { listFollowUps } from '../src/use-cases/list-follow-ups.ts';
import { putPlan } from '../src/use-cases/put-plan.ts';
import { scheduleNewCase } from '../src/use-cases/schedule-new-case.ts';

const provider = (providerId: string): Principal => ({
  kind: 'provider',
  sub: providerId,
  clientId: `${providerId}-client`,
  providerId,
});
const pOld = provider('hjemmebasen');
const pNew = provider('familiehuset');
// The intake harness's today is Monday 23 November 2026; the change takes effect five days later.
const IN_5_DAYS = '2026-11-28';

/**
 * The case as intake writes it (register, then a change of provider dated ahead), planning's schedule from
 * intake's own CaseOpened, and planning's and intake's reads as on any day.
 */
const world = async () => {
  const h = await intakeHarness();
  await h.deps.providers.create({
    providerId: 'familiehuset',
    name: 'Familiehuset',
    contactEmail: 'f@k.example',
    active: true,
    createdAt: 'x',
  });
  const { caseId } = await registerCase(h.deps, caseworker, registration());
  const opened = (await h.scan(h.tables.main))
    .filter((i) => String(i.pk).startsWith('OUTBOX#intake#'))
    .map((i) => i.entry as { DetailType: string; Detail: string })
    .find((e) => e.DetailType === 'CaseOpened');
  if (!opened) throw new Error('intake wrote no CaseOpened');
  const planning = {
    store: dynamoScheduleStore(h.db, h.tables.main, h.tables.audit),
    plans: dynamoPlanStore(h.db, h.tables.main, h.tables.audit),
    access: dynamoCaseAccess(h.db, h.tables.main),
    audit: h.deps.audit,
    clock: h.deps.clock,
    policy: h.deps.policy,
  };
  await scheduleNewCase(planning, (JSON.parse(opened.Detail) as { data: EventData<typeof CaseOpened> }).data);
  await putPlan(planning, caseworker, caseId, {
    purpose: 'Trygge morgener.',
    goals: [{ goalId: 'g1', title: 'Fast morgenrutine', subGoals: [] }],
  });
  const on = (instant: string) => ({
    intake: { ...h.deps, clock: fixedClock(instant) },
    planning: { ...planning, clock: fixedClock(instant) },
  });
  return { ...h, caseId, on };
};

type World = Awaited<ReturnType<typeof world>>;
type Day = ReturnType<World['on']>;

/** What each route answers the provider on that day: 200 or the problem's status. */
const answers = async (day: Day, who: Principal, caseId: string) => {
  const status = (p: Promise<unknown>) =>
    p.then(
      () => 200,
      (e: { status?: number }) => e.status ?? 500,
    );
  return {
    case: await status(getCase(day.intake, who, caseId)),
    plan: await status(getPlan(day.planning, who, caseId)),
    followUps: await status(listFollowUps(day.planning, who, caseId)),
  };
};

describe('planning reads follow the provider in force on the day (issue 11, terms, not top-level providerId)', () => {
  it('gives plan and follow-ups to the new provider from the change date and refuses the old one', async () => {
    const w = await world();
    await changeCase(w.deps, caseworker, w.caseId, { providerId: 'familiehuset', effectiveFrom: IN_5_DAYS });

    // Today and the evening before the change: the old provider everywhere, the new one nowhere.
    for (const instant of ['2026-11-23T10:00:00+01:00', '2026-11-27T23:59:00+01:00']) {
      const day = w.on(instant);
      expect(await answers(day, pOld, w.caseId)).toEqual({ case: 200, plan: 200, followUps: 200 });
      expect(await answers(day, pNew, w.caseId)).toEqual({ case: 404, plan: 404, followUps: 404 });
    }
    // The date arrives with nothing written since (the item's top-level providerId still names p-old):
    // at 00:30 Copenhagen time (23:30 UTC the day before) the case is the new provider's on every route.
    const onTheDay = w.on('2026-11-27T23:30:00Z');
    expect(await answers(onTheDay, pNew, w.caseId)).toEqual({ case: 200, plan: 200, followUps: 200 });
    expect(await answers(onTheDay, pOld, w.caseId)).toEqual({ case: 404, plan: 404, followUps: 404 });
    // Staff are not affected.
    expect(await answers(onTheDay, caseworker, w.caseId)).toEqual({ case: 200, plan: 200, followUps: 200 });
  });

  it('audits no read for the refused provider', async () => {
    const w = await world();
    await changeCase(w.deps, caseworker, w.caseId, { providerId: 'familiehuset', effectiveFrom: IN_5_DAYS });
    const before = await w.audited();
    const onTheDay = w.on('2026-11-28T09:00:00+01:00');
    await refused(404, () => getPlan(onTheDay.planning, pOld, w.caseId));
    await refused(404, () => listFollowUps(onTheDay.planning, pOld, w.caseId));
    expect(await w.audited()).toEqual(before);
  });
});

describe('refused probes in planning go to the security log (issue 11)', () => {
  it("logs a provider's request for another's plan or follow-ups with ids and route only", async () => {
    const w = await world();
    const today = w.on('2026-11-23T10:00:00+01:00');
    const logs = captureLogs();
    try {
      await refused(404, () => getPlan(today.planning, pNew, w.caseId));
      await refused(404, () => listFollowUps(today.planning, pNew, w.caseId));
      // A case id that does not exist probes nothing: 404, no line.
      await refused(404, () => getPlan(today.planning, pNew, 'no-such-case'));
    } finally {
      logs.stop();
    }
    const lines = logs
      .text()
      .split('\n')
      .filter((l) => l.includes('case-refused'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([
      expect.objectContaining({
        security: 'case-refused',
        route: 'GET /v1/cases/{caseId}/plan',
        caseId: w.caseId,
        providerId: 'familiehuset',
        clientId: 'familiehuset-client',
      }),
      expect.objectContaining({
        security: 'case-refused',
        route: 'GET /v1/cases/{caseId}/follow-ups',
        caseId: w.caseId,
        providerId: 'familiehuset',
      }),
    ]);
    expect(logs.text()).not.toContain('NYB-2026-0142');
    expect(logs.text()).not.toContain('Ida');
    expect(logs.text()).not.toContain('Trygge');
  });
});
