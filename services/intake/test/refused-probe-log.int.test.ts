import type { Principal } from '@hjemmestotte/lambda-kit';
import { describe, expect, it } from 'vitest';
import { captureLogs } from '../../../test/support/log-capture.ts';
import { getCase } from '../src/use-cases/get-case.ts';
import { registerCase } from '../src/use-cases/register-case.ts';
import { caseworker, intakeHarness, refused, registration } from './intake-harness.ts';

const stranger: Principal = { kind: 'provider', sub: 's', clientId: 'andre-client', providerId: 'andre' };
const own: Principal = {
  kind: 'provider',
  sub: 'h',
  clientId: 'hjemmebasen-client',
  providerId: 'hjemmebasen',
};

const refusalLines = (text: string) =>
  text
    .split('\n')
    .filter((l) => l.includes('case-refused'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('refused probes in intake go to the security log (issue 11)', () => {
  it("logs a provider's GET of another provider's case with ids and the route only, and answers 404", async () => {
    const h = await intakeHarness();
    const { caseId } = await registerCase(h.deps, caseworker, registration());
    const before = await h.audited();
    const logs = captureLogs();
    try {
      await refused(404, () => getCase(h.deps, stranger, caseId));
      // The case's own provider and a case id that does not exist (nothing probed) leave no line.
      await getCase(h.deps, own, caseId);
      await refused(404, () => getCase(h.deps, stranger, 'no-such-case'));
    } finally {
      logs.stop();
    }
    const lines = refusalLines(logs.text());
    expect(lines).toEqual([
      expect.objectContaining({
        security: 'case-refused',
        route: 'GET /v1/cases/{caseId}',
        caseId,
        providerId: 'andre',
        clientId: 'andre-client',
      }),
    ]);
    // Ids and the route only: nothing of the case (number, child, caseworker) in the line.
    expect(Object.keys(lines[0] ?? {}).sort()).toEqual([
      'caseId',
      'clientId',
      'level',
      'message',
      'providerId',
      'route',
      'sampling_rate',
      'security',
      'service',
      'timestamp',
    ]);
    expect(logs.text()).not.toContain('NYB-2026-0142');
    expect(logs.text()).not.toContain('Ida');
    expect(logs.text()).not.toContain('sagsbehandler@');
    // The refused read is not on the case's audit trail; the own provider's is.
    expect(await h.audited()).toEqual([...before, 'case.read'].sort());
  });
});
