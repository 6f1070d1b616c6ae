import { describe, expect, it } from 'vitest';
import { awsError, type FaultCall, injectFault, pass } from '../../../test/support/fault-injection.ts';
import { changeCase } from '../src/use-cases/change-case.ts';
import { closeCase } from '../src/use-cases/close-case.ts';
import { getAudit } from '../src/use-cases/get-audit.ts';
import { getCase } from '../src/use-cases/get-case.ts';
import { registerCase } from '../src/use-cases/register-case.ts';
import { caseworker, intakeHarness, refused, registration } from './intake-harness.ts';

const teamleader = {
  ...caseworker,
  sub: 'tl',
  email: 'leder@kommune.example',
  roles: ['teamleader' as const],
};

/** True when the SDK call writes to `table` (a put, or a transaction with an item there). */
const writesTo = (table: string) => (call: FaultCall) => {
  const items = (call.input.TransactItems ?? []) as { Put?: { TableName: string } }[];
  return (
    (call.commandName === 'PutItemCommand' && call.input.TableName === table) ||
    items.some((i) => i.Put?.TableName === table)
  );
};

/** Every write to the audit table fails (throttled past the SDK's retries, say) until cleared. */
const auditDown = (h: Awaited<ReturnType<typeof intakeHarness>>) => {
  const hits = writesTo(h.tables.audit);
  return injectFault(h.db, (call) =>
    hits(call) ? { throw: awsError('InternalServerError', 'injected audit outage', 'server') } : pass(),
  );
};

describe('the audit entry and the change are one transaction (issue 11, atomicity)', () => {
  it('saves no case when its audit entry fails, and a retry then answers 201, not 409', async () => {
    const h = await intakeHarness();
    const fault = auditDown(h);
    const first = await registerCase(h.deps, caseworker, registration()).catch((e: unknown) => e);
    fault.clear();
    expect((first as { status?: number }).status).toBeUndefined(); // a 500, not a rule or conflict
    expect(await h.stored()).toEqual([]);
    expect(await h.audited()).toEqual([]);

    const retry = await registerCase(h.deps, caseworker, registration());
    expect(retry.status).toBe('active');
    expect((await h.deps.cases.get(retry.caseId))?.item.caseNumber).toBe(registration().caseNumber);
    expect(await h.audited()).toEqual(['case.create']);
  });

  it('changes nothing when the audit entry of a change fails', async () => {
    const h = await intakeHarness();
    const { caseId } = await registerCase(h.deps, caseworker, registration());
    const before = await h.stored();
    const fault = auditDown(h);
    await expect(changeCase(h.deps, caseworker, caseId, { hoursPerWeek: 12 })).rejects.toThrow();
    fault.clear();
    expect(await h.stored()).toEqual(before);
    expect((await h.deps.cases.get(caseId))?.item.hoursPerWeek).toBe(6);
    expect(await h.audited()).toEqual(['case.create']);
  });

  it('keeps the case open when the audit entry of a close fails', async () => {
    const h = await intakeHarness();
    const { caseId } = await registerCase(h.deps, caseworker, registration());
    const before = await h.stored();
    const fault = auditDown(h);
    await expect(
      closeCase(h.deps, caseworker, caseId, { closedOn: '2026-11-20', reason: 'goals-met' }),
    ).rejects.toThrow();
    fault.clear();
    expect(await h.stored()).toEqual(before);
    expect((await h.deps.cases.get(caseId))?.item.status).toBe('active');
  });

  it('answers 503 and no data for a read of a case that cannot be audited', async () => {
    const h = await intakeHarness();
    const { caseId } = await registerCase(h.deps, caseworker, registration());
    const fault = auditDown(h);
    await refused(503, () => getCase(h.deps, caseworker, caseId));
    await refused(503, () => getAudit(h.deps, teamleader, caseId));
    fault.clear();
    expect(await h.audited()).toEqual(['case.create']);
  });
});
