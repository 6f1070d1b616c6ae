import { caseViewSchema, providerCaseViewSchema } from '@hjemmestotte/domain';
import { describe, expect, it } from 'vitest';
import { dynamoNextDeadline } from '../src/adapters/dynamo-next-deadline.ts';
import { changeCase } from '../src/use-cases/change-case.ts';
import { closeCase } from '../src/use-cases/close-case.ts';
import { getCase } from '../src/use-cases/get-case.ts';
import { registerCase } from '../src/use-cases/register-case.ts';
import { caseworker, intakeHarness, registration } from './intake-harness.ts';

// What the stored case item holds beside the case's facts: keys, index keys, revisions, the sort dates
// planning feeds intake, the registration instant. None of it is for API clients.
const INTERNAL = [
  'pk',
  'sk',
  'caseworkerPk',
  'caseworkerSk',
  'statusPk',
  'statusSk',
  'providerPk',
  'providerSk',
  'revision',
  'visitRevision',
  'updatedAt',
  'nextFollowUpOn',
  'planWrittenOn',
  'createdAt',
];

describe('the staff case view (GET, PATCH, close and the answer to POST /v1/cases)', () => {
  it('is the CaseView schema exactly, whatever else the stored item holds', async () => {
    const h = await intakeHarness();
    const registered = await registerCase(h.deps, caseworker, registration());
    const { caseId } = registered;
    // As intake's planning-events handler does when the plan is written and the schedule moves.
    await dynamoNextDeadline(h.db, h.tables.main).write(
      caseId,
      { nextFollowUpOn: '2027-02-09', planWrittenOn: '2026-11-20' },
      `2027-02-02#${caseId}`,
    );
    const [item] = (await h.scan(h.tables.main)).filter((i) => i.sk === 'CASE');
    expect(Object.keys(item ?? {})).toEqual(expect.arrayContaining(['caseworkerSk', 'nextFollowUpOn']));

    const changed = await changeCase(h.deps, caseworker, caseId, {
      hoursPerWeek: 8,
      effectiveFrom: '2026-12-01',
    });
    const read = caseViewSchema.parse(await getCase(h.deps, caseworker, caseId));
    const closed = await closeCase(h.deps, caseworker, caseId, {
      closedOn: '2026-11-23',
      reason: 'other',
      note: 'Familien er flyttet til udlandet.',
    });
    for (const answer of [registered, changed, read, closed]) {
      expect(caseViewSchema.safeParse(answer).error?.issues ?? []).toEqual([]);
      for (const key of INTERNAL) expect(answer, key).not.toHaveProperty(key);
    }
    // The history names what changed, not how storage counts revisions.
    expect(read.history).toEqual([
      {
        effectiveFrom: '2026-12-01',
        changedAt: '2026-11-23T09:00:00.000Z',
        changedBy: 'sagsbehandler@kommune.example',
        before: { hoursPerWeek: 6 },
        after: { hoursPerWeek: 8 },
      },
    ]);
    expect(read.terms).toEqual([
      { from: '2026-11-09', hoursPerWeek: 6, providerId: 'hjemmebasen' },
      { from: '2026-12-01', hoursPerWeek: 8, providerId: 'hjemmebasen' },
    ]);
    expect(closed).toMatchObject({
      status: 'closed',
      closedOn: '2026-11-23',
      closeReason: 'other',
      closeNote: 'Familien er flyttet til udlandet.',
    });
  });

  it('gives the provider its own view, also exactly its schema', async () => {
    const h = await intakeHarness();
    const { caseId } = await registerCase(h.deps, caseworker, registration());
    const answer = await getCase(
      h.deps,
      { kind: 'provider', sub: 'p', clientId: 'p', providerId: 'hjemmebasen' },
      caseId,
    );
    expect(providerCaseViewSchema.safeParse(answer).error?.issues ?? []).toEqual([]);
    expect(caseViewSchema.safeParse(answer).success).toBe(false);
  });
});
