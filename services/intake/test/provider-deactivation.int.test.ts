import { providerChangeSchema } from '@hjemmestotte/domain';
import { describe, expect, it } from 'vitest';
import { changeCase } from '../src/use-cases/change-case.ts';
import { changeProvider } from '../src/use-cases/providers.ts';
import { registerCase } from '../src/use-cases/register-case.ts';
import { admin, caseworker, intakeHarness, refused, registration } from './intake-harness.ts';

describe('PATCH /v1/providers/{providerId} (issue 11, offboarded provider)', () => {
  it('deactivates a provider: no new case and no change of a case to it (422), storing nothing', async () => {
    const h = await intakeHarness();
    await h.deps.providers.create({
      providerId: 'familiehuset',
      name: 'Familiehuset',
      contactEmail: 'f@k.example',
      active: true,
      createdAt: 'x',
    });
    const { caseId } = await registerCase(h.deps, caseworker, registration());
    const changed = await changeProvider(h.deps, admin, 'familiehuset', { active: false });
    expect(changed).toMatchObject({ providerId: 'familiehuset', active: false, name: 'Familiehuset' });
    expect((await h.deps.providers.get('familiehuset'))?.active).toBe(false);

    const before = await h.stored();
    const reg = { ...registration(), caseNumber: 'NYB-2026-0999', providerId: 'familiehuset' };
    expect(await refused(422, () => registerCase(h.deps, caseworker, reg))).toEqual(['providerId']);
    expect(
      await refused(422, () =>
        changeCase(h.deps, caseworker, caseId, { providerId: 'familiehuset', effectiveFrom: '2027-01-22' }),
      ),
    ).toEqual(['providerId']);
    expect(await h.stored()).toEqual(before);
  });

  it('edits the name and contact address, keeping it active', async () => {
    const h = await intakeHarness();
    const changed = await changeProvider(h.deps, admin, 'hjemmebasen', {
      name: 'Hjemmebasen ApS',
      contactEmail: 'ny@hjemmebasen.example',
    });
    expect(changed).toMatchObject({
      name: 'Hjemmebasen ApS',
      contactEmail: 'ny@hjemmebasen.example',
      active: true,
    });
    expect(await h.deps.providers.get('hjemmebasen')).toMatchObject({ name: 'Hjemmebasen ApS' });
  });

  it('answers 404 for an unknown provider and creates none', async () => {
    const h = await intakeHarness();
    await refused(404, () => changeProvider(h.deps, admin, 'ukendt', { active: false }));
    expect(await h.deps.providers.get('ukendt')).toBeUndefined();
  });

  it.each([
    ['an unknown field', { active: false, deleted: true }],
    ['no field', {}],
    ['active as text', { active: 'no' }],
    ['a providerId (it is the path)', { providerId: 'x' }],
    ['an address that is not one', { contactEmail: 'nej' }],
  ])('refuses %s (400, strict schema)', (_, body) => {
    expect(providerChangeSchema.safeParse(body).success).toBe(false);
  });
});
