import { fixedClock } from '@hjemmestotte/domain';
import type { Principal } from '@hjemmestotte/lambda-kit';
import { describe, expect, it } from 'vitest';
import { dynamoVisitStore } from '../../visits/src/adapters/dynamo-visit-store.ts';
import { changeCase } from '../src/use-cases/change-case.ts';
import { closeCase } from '../src/use-cases/close-case.ts';
import { getCase } from '../src/use-cases/get-case.ts';
import { registerCase } from '../src/use-cases/register-case.ts';
import { caseworker, intakeHarness, refused, registration } from './intake-harness.ts';

const provider = (providerId: string): Principal => ({
  kind: 'provider',
  sub: providerId,
  clientId: providerId,
  providerId,
});
const oldProvider = provider('hjemmebasen');
const newProvider = provider('familiehuset');
// TODAY is 2026-11-23; the change takes effect 60 days later.
const IN_60_DAYS = '2027-01-22';

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
  const visits = dynamoVisitStore(h.db, h.tables.main);
  /** The case ids GET /v1/provider/cases lists for `providerId` on `today` (visits' own reader). */
  const listed = async (providerId: string, today: string) =>
    (await visits.activeCasesOf(providerId, today)).map((c) => c.caseId);
  /** Intake's use cases as on a later day (same tables). */
  const on = (instant: string) => ({ ...h.deps, clock: fixedClock(instant) });
  return { ...h, caseId, listed, on };
};

/** Either view of GET /v1/cases/{caseId}, for reading fields in assertions. */
type AnyView = Record<string, unknown> & {
  caseNumber: string;
  hoursPerWeek: number;
  providerId?: string;
  history?: unknown[];
  followUps: Record<string, unknown>[];
};
const read = async (...args: Parameters<typeof getCase>) => (await getCase(...args)) as AnyView;

describe('a change of provider dated 60 days ahead (issue 11, dates that take effect later)', () => {
  it('keeps the old provider until the date and gives the new one nothing before it', async () => {
    const w = await world();
    const answer = await changeCase(w.deps, caseworker, w.caseId, {
      providerId: 'familiehuset',
      effectiveFrom: IN_60_DAYS,
    });
    // The answer and the case show the provider in force today, and the scheduled change.
    expect(answer.providerId).toBe('hjemmebasen');
    expect(answer.terms).toEqual([
      { from: '2026-11-09', hoursPerWeek: 6, providerId: 'hjemmebasen' },
      { from: IN_60_DAYS, hoursPerWeek: 6, providerId: 'familiehuset' },
    ]);
    expect((await read(w.deps, caseworker, w.caseId)).providerId).toBe('hjemmebasen');

    // Today: the old provider reads the case and lists it; the new one gets 404 and an empty list.
    expect((await read(w.deps, oldProvider, w.caseId)).caseNumber).toBe('NYB-2026-0142');
    await refused(404, () => read(w.deps, newProvider, w.caseId));
    expect(await w.listed('hjemmebasen', '2026-11-23')).toEqual([w.caseId]);
    expect(await w.listed('familiehuset', '2026-11-23')).toEqual([]);

    // The day before the change (late evening, Copenhagen): still the old provider.
    const dayBefore = w.on('2027-01-21T23:59:00+01:00');
    expect((await read(dayBefore, oldProvider, w.caseId)).caseNumber).toBe('NYB-2026-0142');
    await refused(404, () => read(dayBefore, newProvider, w.caseId));
    expect(await w.listed('familiehuset', '2027-01-21')).toEqual([]);

    // From the day, with no job run in between: the new provider has it, the old one no longer.
    const onTheDay = w.on('2027-01-22T00:01:00+01:00');
    const seen = await read(onTheDay, newProvider, w.caseId);
    expect(seen.children).toEqual([{ firstName: 'Ida', birthDate: '2025-03-14' }]);
    await refused(404, () => read(onTheDay, oldProvider, w.caseId));
    expect(await w.listed('familiehuset', IN_60_DAYS)).toEqual([w.caseId]);
    expect(await w.listed('hjemmebasen', IN_60_DAYS)).toEqual([]);
    expect((await read(onTheDay, caseworker, w.caseId)).providerId).toBe('familiehuset');
  });

  it('changes the hours on their date, not before', async () => {
    const w = await world();
    await changeCase(w.deps, caseworker, w.caseId, { hoursPerWeek: 12, effectiveFrom: IN_60_DAYS });
    expect((await read(w.deps, caseworker, w.caseId)).hoursPerWeek).toBe(6);
    expect((await read(w.deps, oldProvider, w.caseId)).hoursPerWeek).toBe(6);
    const onTheDay = w.on('2027-01-22T08:00:00+01:00');
    expect((await read(onTheDay, caseworker, w.caseId)).hoursPerWeek).toBe(12);
    expect((await read(onTheDay, oldProvider, w.caseId)).hoursPerWeek).toBe(12);
  });

  it('lets a later change on the same day win and takes the case off every list on close', async () => {
    const w = await world();
    await changeCase(w.deps, caseworker, w.caseId, { providerId: 'familiehuset', effectiveFrom: IN_60_DAYS });
    await changeCase(w.deps, caseworker, w.caseId, { providerId: 'hjemmebasen', effectiveFrom: IN_60_DAYS });
    expect(await w.listed('familiehuset', IN_60_DAYS)).toEqual([]);
    expect(await w.listed('hjemmebasen', IN_60_DAYS)).toEqual([w.caseId]);
    await closeCase(w.deps, caseworker, w.caseId, { closedOn: '2026-11-23', reason: 'moved' });
    expect(await w.listed('hjemmebasen', '2026-11-23')).toEqual([]);
    expect(await w.listed('hjemmebasen', IN_60_DAYS)).toEqual([]);
  });

  it('refuses a change to an inactive provider on the date it would apply (422), storing nothing', async () => {
    const w = await world();
    const before = await w.stored();
    expect(
      await refused(422, () =>
        changeCase(w.deps, caseworker, w.caseId, { providerId: 'lukket', effectiveFrom: IN_60_DAYS }),
      ),
    ).toEqual(['providerId']);
    expect(await w.stored()).toEqual(before);
  });
});
