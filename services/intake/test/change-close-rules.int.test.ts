import type { CaseChange, CaseClose } from '@hjemmestotte/domain';
import { describe, expect, it } from 'vitest';
import { changeCase } from '../src/use-cases/change-case.ts';
import { closeCase } from '../src/use-cases/close-case.ts';
import { registerCase } from '../src/use-cases/register-case.ts';
import { caseworker, intakeHarness, refused, registration } from './intake-harness.ts';

/** A registered case (decided 2026-11-02, started 2026-11-09) and what was stored before the act. */
const withCase = async (reg = registration()) => {
  const h = await intakeHarness();
  const { caseId } = await registerCase(h.deps, caseworker, reg);
  return { ...h, caseId, before: await h.stored(), item: (await h.deps.cases.get(caseId))?.item };
};

const changeRules: [string, CaseChange, string][] = [
  ['hoursPerWeek of 0', { hoursPerWeek: 0 }, 'hoursPerWeek'],
  ['an expected end before the start', { expectedEndOn: '2026-11-01' }, 'expectedEndOn'],
  ['a change effective before the start', { hoursPerWeek: 8, effectiveFrom: '2026-11-08' }, 'effectiveFrom'],
  ['an unknown provider', { providerId: 'ukendt' }, 'providerId'],
  ['an inactive provider', { providerId: 'lukket' }, 'providerId'],
  [
    'reopening a completed assessment',
    { assessment: { kind: 'investigation', status: 'ongoing', startedOn: '2026-11-10' } },
    'assessment.status',
  ],
  [
    'an assessment completed in the future',
    { assessment: { kind: 'investigation', status: 'completed', completedOn: '2026-11-24' } },
    'assessment.completedOn',
  ],
];

describe('PATCH /v1/cases/{caseId} rules (DynamoDB Local)', () => {
  it.each(changeRules)('refuses %s with 422, changing and emitting nothing', async (_, change, path) => {
    const h = await withCase();
    expect(await refused(422, () => changeCase(h.deps, caseworker, h.caseId, change))).toEqual([path]);
    expect(await h.stored()).toEqual(h.before);
    expect((await h.deps.cases.get(h.caseId))?.item).toEqual(h.item);
    expect(await h.audited()).toEqual(['case.create']);
  });

  it('refuses completing a parallel investigation before it started', async () => {
    const reg = registration();
    reg.assessment = { kind: 'investigation', status: 'ongoing', startedOn: '2026-10-01' };
    const h = await withCase(reg);
    const change: CaseChange = {
      assessment: { kind: 'investigation', status: 'completed', completedOn: '2026-09-30' },
    };
    expect(await refused(422, () => changeCase(h.deps, caseworker, h.caseId, change))).toEqual([
      'assessment.completedOn',
    ]);
    expect(await h.stored()).toEqual(h.before);
  });

  it('answers 404 for an unknown case', async () => {
    const h = await intakeHarness();
    await refused(404, () => changeCase(h.deps, caseworker, 'ukendt', { hoursPerWeek: 8 }));
    expect(await h.stored()).toEqual([]);
  });

  it('stores a change with its history item and SupportAdjusted, and moves the case to the new provider', async () => {
    const h = await withCase();
    await h.deps.providers.create({
      providerId: 'familiehuset',
      name: 'F',
      contactEmail: 'f@k.example',
      active: true,
      createdAt: 'x',
    });
    await changeCase(h.deps, caseworker, h.caseId, {
      providerId: 'familiehuset',
      effectiveFrom: '2026-11-16',
    });
    const stored = await h.stored();
    expect(stored.length - h.before.length).toBe(3);
    expect(stored).toContain('CASE#*/HISTORY#2026-11-16#000001');
    expect(stored).toContain('CASE#*/ASSIGN#2026-11-16');
    expect(stored.filter((i) => i.startsWith('OUTBOX#'))).toHaveLength(2);
    const main = await h.scan(h.tables.main);
    const [caseItem] = main.filter((i) => i.sk === 'CASE');
    expect(caseItem).toMatchObject({ providerId: 'familiehuset', revision: 1 });
    // The old provider's assignment ends the day before; the new one's is open.
    expect(
      main.filter((i) => String(i.sk).startsWith('ASSIGN#')).map((i) => [i.providerPk, i.providerSk]),
    ).toEqual([
      ['PROVIDER#hjemmebasen', `2026-11-15#2026-11-09#${h.caseId}`],
      ['PROVIDER#familiehuset', `9999-12-31#2026-11-16#${h.caseId}`],
    ]);
  });
});

const closeRules: [string, CaseClose, string][] = [
  ['closing before the decision', { closedOn: '2026-11-01', reason: 'moved' }, 'closedOn'],
  ['closing in the future', { closedOn: '2026-11-24', reason: 'moved' }, 'closedOn'],
  [
    'a CPR-like number in the note',
    { closedOn: '2026-11-20', reason: 'other', note: 'Se 0102031234' },
    'note',
  ],
];

describe('POST /v1/cases/{caseId}/close rules (DynamoDB Local)', () => {
  it.each(closeRules)('refuses %s with 422, changing and emitting nothing', async (_, close, path) => {
    const h = await withCase();
    expect(await refused(422, () => closeCase(h.deps, caseworker, h.caseId, close))).toEqual([path]);
    expect(await h.stored()).toEqual(h.before);
    const [caseItem] = (await h.scan(h.tables.main)).filter((i) => i.sk === 'CASE');
    expect(caseItem).toMatchObject({ status: 'active', providerId: 'hjemmebasen' });
  });

  it('closes once: the case leaves the provider index and CaseClosed is in the outbox; a second close is 409', async () => {
    const h = await withCase();
    await closeCase(h.deps, caseworker, h.caseId, { closedOn: '2026-11-20', reason: 'goals-met' });
    const main = await h.scan(h.tables.main);
    const [caseItem] = main.filter((i) => i.sk === 'CASE');
    expect(caseItem).toMatchObject({ status: 'closed', closedOn: '2026-11-20', closeReason: 'goals-met' });
    expect(main.filter((i) => i.providerPk !== undefined && i.providerPk !== 'PROVIDERS')).toEqual([]);
    const afterClose = await h.stored();
    await refused(409, () =>
      closeCase(h.deps, caseworker, h.caseId, { closedOn: '2026-11-20', reason: 'moved' }),
    );
    await refused(422, () => changeCase(h.deps, caseworker, h.caseId, { hoursPerWeek: 8 }));
    expect(await h.stored()).toEqual(afterClose);
  });
});
