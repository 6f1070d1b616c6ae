import type { FollowUpHeld } from '@hjemmestotte/domain';
import { describe, expect, it } from 'vitest';
import { recordHeld } from '../src/use-cases/record-held.ts';
import { caseworker, planningHarness, refused } from './planning-harness.ts';

const ids = { caseId: 'c1', followUpId: 'fu-1' };
const held = (changes: Partial<FollowUpHeld> = {}): FollowUpHeld => ({
  heldOn: '2026-05-29',
  childHeard: true,
  outcome: 'continue',
  nextFollowUpInMonths: 6,
  ...changes,
});

const rules: [string, FollowUpHeld, string][] = [
  ['a follow-up held in the future', held({ heldOn: '2026-11-24' }), 'heldOn'],
  ['a follow-up held before the start', held({ heldOn: '2026-02-01' }), 'heldOn'],
  [
    'a first follow-up without the next interval',
    held({ nextFollowUpInMonths: undefined }),
    'nextFollowUpInMonths',
  ],
  [
    'an interval other than the default without justification',
    held({ nextFollowUpInMonths: 3 }),
    'justification',
  ],
  ['an interval with outcome end', held({ outcome: 'end' }), 'nextFollowUpInMonths'],
  [
    'a CPR-like number in the justification',
    held({ nextFollowUpInMonths: 3, justification: 'Jf. 0102031234' }),
    'justification',
  ],
];

describe('POST /v1/cases/{caseId}/follow-ups/{followUpId}/held (DynamoDB Local)', () => {
  it.each(rules)('refuses %s with 422, storing and emitting nothing', async (_, body, path) => {
    const h = await planningHarness();
    const before = await h.scan();
    expect(await refused(422, () => recordHeld(h.deps, caseworker, ids, body))).toEqual([path]);
    expect(await h.scan()).toEqual(before);
    expect(await h.outbox()).toEqual([]);
  });

  it('refuses a follow-up of a closed case with 422', async () => {
    const h = await planningHarness('closed');
    const before = await h.scan();
    await refused(422, () => recordHeld(h.deps, caseworker, ids, held()));
    expect(await h.scan()).toEqual(before);
  });

  it('answers 404 for an unknown follow-up or case', async () => {
    const h = await planningHarness();
    await refused(404, () => recordHeld(h.deps, caseworker, { caseId: 'c1', followUpId: 'fu-9' }, held()));
    await refused(404, () => recordHeld(h.deps, caseworker, { caseId: 'c9', followUpId: 'fu-1' }, held()));
    expect(await h.outbox()).toEqual([]);
  });

  it('takes the held follow-up off the agenda and puts the next on it, storing the interval in force', async () => {
    const h = await planningHarness();
    const out = await recordHeld(
      h.deps,
      caseworker,
      ids,
      held({ heldOn: '2026-05-31', nextFollowUpInMonths: 3, justification: 'Tæt på.' }),
    );
    expect(out.nextFollowUp).toEqual({
      followUpId: 'fu-2',
      kind: 'regular',
      dueOn: '2026-08-31',
      status: 'scheduled',
      reportReceived: false,
    });
    const first = await h.item('FOLLOWUP#fu-1');
    expect(first).toMatchObject({ status: 'held', heldOn: '2026-05-31', intervalMonths: 3 });
    expect(first).not.toHaveProperty('agendaPk');
    expect(first).not.toHaveProperty('agendaSk');
    expect(await h.item('FOLLOWUP#fu-2')).toMatchObject({
      agendaPk: 'AGENDA#follow-up',
      agendaSk: '2026-08-31#c1#fu-2',
    });
    expect(await h.item('SCHEDULE')).toMatchObject({ intervalMonths: 3 });
    expect((await h.outbox()).map((o) => o.entry.DetailType).sort()).toEqual([
      'FollowUpHeld',
      'FollowUpScheduled',
    ]);
  });

  it('refuses holding an already held follow-up with 409, storing and emitting nothing more', async () => {
    const h = await planningHarness();
    await recordHeld(h.deps, caseworker, ids, held());
    await h.clearOutbox();
    const before = await h.scan();
    await refused(409, () => recordHeld(h.deps, caseworker, ids, held({ heldOn: '2026-06-01' })));
    expect(await h.scan()).toEqual(before);
  });

  it('schedules nothing more when the outcome ends the support', async () => {
    const h = await planningHarness();
    const out = await recordHeld(
      h.deps,
      caseworker,
      ids,
      held({ outcome: 'end', nextFollowUpInMonths: undefined }),
    );
    expect(out.nextFollowUp).toBeNull();
    expect(await h.item('FOLLOWUP#fu-2')).toBeUndefined();
    expect((await h.outbox()).map((o) => o.entry.DetailType)).toEqual(['FollowUpHeld']);
  });
});
