import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { visitKey } from '@hjemmestotte/store';
import { describe, expect, it } from 'vitest';
import { caseGuard } from '../../visits/src/adapters/case-guard.ts';
import type { CaseStore } from '../src/ports.ts';
import { closeCase } from '../src/use-cases/close-case.ts';
import { registerCase } from '../src/use-cases/register-case.ts';
import { caseworker, intakeHarness, refused, registration } from './intake-harness.ts';

/** A visit written as the visits service writes it: its item and the case guard in one transaction. */
const logVisit = async (h: Awaited<ReturnType<typeof intakeHarness>>, caseId: string, startedAt: string) => {
  const stored = await h.deps.cases.get(caseId);
  if (!stored) throw new Error('no case');
  const asRead = { ...stored.item, ...(stored.revision ? { revision: stored.revision } : {}) };
  await h.db.send(
    new TransactWriteCommand({
      TransactItems: [
        {
          Put: {
            TableName: h.tables.main,
            Item: {
              ...visitKey(caseId, new Date(startedAt).toISOString(), 'v1'),
              caseId,
              visitId: 'v1',
              startedAt,
            },
          },
        },
        caseGuard(h.tables.main, asRead),
      ],
    }),
  );
};

describe('closing a case is not before a logged visit (issue 11)', () => {
  it('refuses a closing day before the day of the last visit with 422, and accepts that day', async () => {
    const h = await intakeHarness();
    const { caseId } = await registerCase(h.deps, caseworker, registration());
    // 23:30 on 21 November in Copenhagen is 22:30 UTC: the visit's day is the 21st.
    await logVisit(h, caseId, '2026-11-21T23:30:00+01:00');
    const before = await h.stored();
    expect(
      await refused(422, () =>
        closeCase(h.deps, caseworker, caseId, { closedOn: '2026-11-20', reason: 'moved' }),
      ),
    ).toEqual(['closedOn']);
    expect(await h.stored()).toEqual(before);
    expect(await h.audited()).toEqual(['case.create']);
    const closed = await closeCase(h.deps, caseworker, caseId, { closedOn: '2026-11-21', reason: 'moved' });
    expect(closed.status).toBe('closed');
  });

  it('does not close before a visit committed between its read and its write: 409, then 422', async () => {
    const h = await intakeHarness();
    const { caseId } = await registerCase(h.deps, caseworker, registration());
    const real = h.deps.cases;
    // The visit lands after the close looked for the latest visit and before it commits.
    const racing: CaseStore = {
      ...real,
      latestVisitStartedAt: async (id) => {
        const seen = await real.latestVisitStartedAt(id);
        await logVisit(h, caseId, '2026-11-22T09:00:00+01:00');
        return seen;
      },
    };
    const close = { closedOn: '2026-11-20', reason: 'moved' as const };
    await refused(409, () => closeCase({ ...h.deps, cases: racing }, caseworker, caseId, close));
    expect((await h.deps.cases.get(caseId))?.item.status).toBe('active');
    expect(await refused(422, () => closeCase(h.deps, caseworker, caseId, close))).toEqual(['closedOn']);
  });
});
