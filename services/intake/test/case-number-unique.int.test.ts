import { describe, expect, it } from 'vitest';
import { registerCase } from '../src/use-cases/register-case.ts';
import { caseworker, intakeHarness, refused, registration } from './intake-harness.ts';

describe('case numbers are unique whatever the letter case', () => {
  it('refuses ab-1 with 409 after AB-1, storing and emitting nothing more', async () => {
    const h = await intakeHarness();
    await registerCase(h.deps, caseworker, { ...registration(), caseNumber: 'AB-1' });
    const before = await h.stored();
    expect(
      await refused(409, () => registerCase(h.deps, caseworker, { ...registration(), caseNumber: 'ab-1' })),
    ).toEqual(['caseNumber']);
    expect(await h.stored()).toEqual(before);
  });

  it('keys the case number in upper case and keeps the spelling the caseworker registered', async () => {
    const h = await intakeHarness();
    const created = await registerCase(h.deps, caseworker, { ...registration(), caseNumber: 'nyb-2026-7' });
    expect(await h.stored()).toContain('CASENO#NYB-2026-7/CASENO');
    expect(created.caseNumber).toBe('nyb-2026-7');
  });
});
