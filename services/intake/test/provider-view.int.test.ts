import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Principal } from '@hjemmestotte/lambda-kit';
import { followUpKey, planKey } from '@hjemmestotte/store';
import { describe, expect, it } from 'vitest';
import { changeCase } from '../src/use-cases/change-case.ts';
import { closeCase } from '../src/use-cases/close-case.ts';
import { getCase } from '../src/use-cases/get-case.ts';
import { registerCase } from '../src/use-cases/register-case.ts';
import { caseworker, intakeHarness, registration } from './intake-harness.ts';

const provider: Principal = { kind: 'provider', sub: 'p', clientId: 'p', providerId: 'hjemmebasen' };

const PROVIDER_VIEW_KEYS = [
  'caseId',
  'caseNumber',
  'children',
  'closedOn',
  'expectedEndOn',
  'followUps',
  'goals',
  'hoursPerWeek',
  'program',
  'purpose',
  'startsOn',
  'status',
];

/** Either view of GET /v1/cases/{caseId}, for reading fields in assertions. */
type AnyView = Record<string, unknown> & {
  caseNumber: string;
  hoursPerWeek: number;
  providerId?: string;
  history?: unknown[];
  followUps: Record<string, unknown>[];
};
const read = async (...args: Parameters<typeof getCase>) => (await getCase(...args)) as AnyView;

describe('what a provider sees of its case (issue 11)', () => {
  it('gets the provider view of a closed case: no close note, history, staff addresses or other providers', async () => {
    const h = await intakeHarness();
    await h.deps.providers.create({
      providerId: 'familiehuset',
      name: 'F',
      contactEmail: 'f@k.example',
      active: true,
      createdAt: 'x',
    });
    const { caseId } = await registerCase(h.deps, caseworker, registration());
    // An earlier provider, then back: the history names familiehuset and the caseworker's address.
    await changeCase(h.deps, caseworker, caseId, { providerId: 'familiehuset', effectiveFrom: '2026-11-10' });
    await changeCase(h.deps, caseworker, caseId, { providerId: 'hjemmebasen', effectiveFrom: '2026-11-20' });
    await h.db.send(
      new PutCommand({
        TableName: h.tables.main,
        Item: {
          ...planKey(caseId),
          caseId,
          purpose: 'Forudsigelig hverdag.',
          goals: [
            { goalId: 'g1', title: 'Faste sengetider', subGoals: [{ subGoalId: 's1', title: 'Kl. 19' }] },
          ],
        },
      }),
    );
    await h.db.send(
      new PutCommand({
        TableName: h.tables.main,
        Item: {
          ...followUpKey(caseId, 'fu-1'),
          followUpId: 'fu-1',
          kind: 'first',
          dueOn: '2027-02-09',
          status: 'scheduled',
          caseworkerEmail: 'sagsbehandler@kommune.example',
        },
      }),
    );
    await closeCase(h.deps, caseworker, caseId, {
      closedOn: '2026-11-23',
      reason: 'other',
      note: 'Intern vurdering: mor er presset.',
    });

    const view = await read(h.deps, provider, caseId);
    expect(Object.keys(view).sort()).toEqual(PROVIDER_VIEW_KEYS);
    expect(view).toMatchObject({ status: 'closed', closedOn: '2026-11-23', hoursPerWeek: 6 });
    expect(view.goals).toEqual([
      { goalId: 'g1', title: 'Faste sengetider', subGoals: [{ subGoalId: 's1', title: 'Kl. 19' }] },
    ]);
    expect(Object.keys(view.followUps[0] ?? {}).sort()).toEqual(['dueOn', 'followUpId', 'kind', 'status']);
    const text = JSON.stringify(view);
    for (const secret of [
      'Intern vurdering',
      'sagsbehandler@',
      'leder@',
      'familiehuset',
      'other',
      'Barnets Lov',
    ]) {
      expect(text).not.toContain(secret);
    }
    // Staff still see the whole case.
    const staff = await read(h.deps, caseworker, caseId);
    expect(staff).toMatchObject({ closeNote: 'Intern vurdering: mor er presset.' });
    expect(staff.history).toHaveLength(2);
  });
});
