import type { Principal } from '@hjemmestotte/lambda-kit';
import { describe, expect, it } from 'vitest';
import { awsError, injectFault, pass } from '../../../test/support/fault-injection.ts';
import { closeCase } from '../src/use-cases/close-case.ts';
import { listCases, listCasesQuerySchema } from '../src/use-cases/list-cases.ts';
import { registerCase } from '../src/use-cases/register-case.ts';
import { caseworker, intakeHarness, refused, registration } from './intake-harness.ts';

const teamleader: Principal = {
  kind: 'user',
  sub: 'tl',
  email: 'leder@kommune.example',
  roles: ['teamleader'],
};
const q = (raw: Record<string, string>) => listCasesQuerySchema.parse(raw);

/** Three cases: two of the caseworker (deadlines 2 and 20 February), one of a colleague, then one closed. */
const world = async () => {
  const h = await intakeHarness();
  const a = await registerCase(h.deps, caseworker, registration()); // plan due 2027-02-02
  const b = await registerCase(h.deps, caseworker, {
    ...registration(),
    caseNumber: 'NYB-2026-0200',
    startsOn: '2026-11-20',
    planRequired: false, // first follow-up 2027-02-20
  });
  const c = await registerCase(h.deps, caseworker, {
    ...registration(),
    caseNumber: 'NYB-2026-0300',
    caseworkerEmail: 'kollega@kommune.example',
  });
  const d = await registerCase(h.deps, caseworker, { ...registration(), caseNumber: 'NYB-2026-0400' });
  await closeCase(h.deps, caseworker, d.caseId, { closedOn: '2026-11-23', reason: 'moved' });
  return { ...h, ids: { a: a.caseId, b: b.caseId, c: c.caseId, d: d.caseId } };
};

describe('GET /v1/cases (issue 12)', () => {
  it('finds one case by its number whatever the letter case, and audits the read', async () => {
    const w = await world();
    const found = await listCases(w.deps, teamleader, q({ caseNumber: '  nyb-2026-0200 ' }));
    expect(found.items.map((i) => i.caseId)).toEqual([w.ids.b]);
    expect(found.items[0]).not.toHaveProperty('children');
    expect(found.items[0]).not.toHaveProperty('purpose');
    expect((await listCases(w.deps, teamleader, q({ caseNumber: 'NYB-1999-0001' }))).items).toEqual([]);
    expect((await w.audited()).filter((a) => a === 'case.list')).toHaveLength(1);
  });

  it("lists the caller's active cases, next deadline first, a page at a time", async () => {
    const w = await world();
    const first = await listCases(w.deps, caseworker, q({ caseworker: 'me', limit: '1' }));
    expect(first.items.map((i) => [i.caseId, i.nextDeadlineOn])).toEqual([[w.ids.a, '2027-02-02']]);
    expect(first.cursor).toBeDefined();
    const second = await listCases(
      w.deps,
      caseworker,
      q({ caseworker: 'me', limit: '1', cursor: first.cursor! }),
    );
    expect(second.items.map((i) => [i.caseId, i.nextDeadlineOn])).toEqual([[w.ids.b, '2027-02-20']]);
    const rest = second.cursor
      ? await listCases(w.deps, caseworker, q({ caseworker: 'me', limit: '1', cursor: second.cursor }))
      : { items: [] };
    expect(rest.items).toEqual([]);
  });

  it('lists by status', async () => {
    const w = await world();
    const closed = await listCases(w.deps, teamleader, q({ status: 'closed' }));
    expect(closed.items.map((i) => i.caseId)).toEqual([w.ids.d]);
    const active = await listCases(w.deps, teamleader, q({ status: 'active' }));
    expect(active.items.map((i) => i.caseId).sort()).toEqual([w.ids.a, w.ids.b, w.ids.c].sort());
  });

  it('refuses a tampered or foreign cursor with 400 naming cursor', async () => {
    const w = await world();
    const page = await listCases(w.deps, teamleader, q({ status: 'active', limit: '1' }));
    const key = JSON.parse(Buffer.from(page.cursor!, 'base64url').toString()) as Record<string, string>;
    const forged = (k: Record<string, unknown>) => Buffer.from(JSON.stringify(k)).toString('base64url');
    for (const cursor of [
      'not-a-cursor',
      forged({ ...key, statusPk: 'CASES#closed' }), // another list's partition
      forged({ ...key, extra: 'x' }),
      forged({ ...key, pk: 'PROVIDER#x', sk: 'PROVIDER' }),
    ]) {
      expect(
        await refused(400, () => listCases(w.deps, teamleader, q({ status: 'active', cursor }))),
      ).toEqual(['cursor']);
    }
    // A status cursor is not a caseworker cursor either.
    expect(
      await refused(400, () => listCases(w.deps, caseworker, q({ caseworker: 'me', cursor: page.cursor! }))),
    ).toEqual(['cursor']);
  });

  it.each([
    ['limit 0', { limit: '0' }],
    ['limit 101', { limit: '101' }],
    ['limit 2.5', { limit: '2.5' }],
    ['an unknown parameter', { owner: 'x' }],
    ['caseworker other than me', { caseworker: 'kollega@kommune.example' }],
    ['an unknown status', { status: 'open' }],
  ])('refuses %s (400)', (_, raw) => {
    expect(listCasesQuerySchema.safeParse(raw).success).toBe(false);
  });

  it('refuses caseNumber with other filters and caseworker=me with status=closed (400)', async () => {
    const w = await world();
    expect(
      await refused(400, () => listCases(w.deps, caseworker, q({ caseNumber: 'x', status: 'active' }))),
    ).toEqual(['caseNumber']);
    expect(
      await refused(400, () => listCases(w.deps, caseworker, q({ caseworker: 'me', status: 'closed' }))),
    ).toEqual(['status']);
  });

  it('answers 503 and no data when the reads cannot be audited', async () => {
    const w = await world();
    const fault = injectFault(w.db, (call) =>
      call.commandName === 'PutItemCommand' && call.input.TableName === w.tables.audit
        ? { throw: awsError('InternalServerError', 'injected', 'server') }
        : pass(),
    );
    await refused(503, () => listCases(w.deps, teamleader, q({ status: 'active' })));
    fault.clear();
  });
});
