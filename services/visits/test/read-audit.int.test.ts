import { HttpProblem } from '@hjemmestotte/lambda-kit';
import { describe, expect, it } from 'vitest';
import { awsError, injectFault, pass } from '../../../test/support/fault-injection.ts';
import { listStatusReports } from '../src/use-cases/list-status-reports.ts';
import { listVisits } from '../src/use-cases/list-visits.ts';
import { providerCases } from '../src/use-cases/provider-cases.ts';
import { caseworker, provider, world } from './fixtures.ts';

type World = Awaited<ReturnType<typeof world>>;
const TZ = 'Europe/Copenhagen';
const hjemmebasen = provider('hjemmebasen');
const deps = (w: World) => ({
  store: w.store,
  audit: w.audit,
  auditReads: w.auditReads,
  clock: w.clock,
  timeZone: TZ,
});

/** The audit table refuses every write for the duration of `run`. */
const auditDown = async <T>(w: World, run: () => Promise<T>) => {
  const fault = injectFault(w.db, (call) => {
    const tables = [call.input.TableName, ...Object.keys((call.input.RequestItems as object) ?? {})];
    return /^(Put|BatchWrite)/.test(call.commandName) && tables.includes(w.tables.audit)
      ? { throw: awsError('ProvisionedThroughputExceededException') }
      : pass();
  });
  try {
    return await run().then(
      () => undefined,
      (e: unknown) => e,
    );
  } finally {
    fault.clear();
  }
};

describe('audit of reads (issue 11)', () => {
  it('records one entry per case in GET /v1/provider/cases, naming the provider', async () => {
    const w = await world();
    const cases = await providerCases(deps(w), hjemmebasen);
    expect(cases.map((c) => c.caseId)).toEqual(['case-a']);
    expect(await w.audit.list('case-a')).toEqual([
      expect.objectContaining({
        action: 'provider-case.list',
        actor: expect.objectContaining({ role: 'provider', providerId: 'hjemmebasen' }),
      }),
    ]);
  });

  it.each<[string, (w: World) => Promise<unknown>]>([
    ['GET /v1/provider/cases', (w: World) => providerCases(deps(w), hjemmebasen)],
    ['GET visits', (w: World) => listVisits(deps(w), caseworker, 'case-a')],
    ['GET status-reports', (w: World) => listStatusReports(deps(w), caseworker, 'case-a', {})],
  ])('answers %s with 503 and no data when the audit entry cannot be written', async (_, read) => {
    const w = await world();
    const e = await auditDown(w, () => read(w));
    expect(e).toBeInstanceOf(HttpProblem);
    expect((e as HttpProblem).status).toBe(503);
    expect(await w.audit.list('case-a')).toEqual([]);
  });
});
