import { HttpProblem } from '@hjemmestotte/lambda-kit';
import { describe, expect, it } from 'vitest';
import { requestFingerprint } from '../src/idempotency/fingerprint.ts';
import { idempotencyFrame, scopedKey } from '../src/idempotency/idempotent-request.ts';
import { submitStatusReport } from '../src/use-cases/submit-status-report.ts';
import { provider, world } from './fixtures.ts';

type World = Awaited<ReturnType<typeof world>>;
const ROUTE = 'POST /v1/cases/{caseId}/status-reports';
const report = () => ({
  kind: 'final' as const,
  text: 'Forløbet er afsluttet; målene er nået.',
  familyHasRead: true,
});

const submit = (w: World, providerId: string, key: string, body: ReturnType<typeof report>) =>
  submitStatusReport(
    { store: w.store, auditWrite: w.auditWrite, clock: w.clock },
    provider(providerId),
    'case-a',
    body,
    idempotencyFrame({
      store: w.idempotency,
      id: scopedKey(provider(providerId), key),
      fingerprint: requestFingerprint(ROUTE, { caseId: 'case-a' }, body),
      now: w.clock.now(),
    }),
  );

describe('submitting a status report', () => {
  it('stores the letter and announces StatusReportSubmitted without its text', async () => {
    const w = await world();
    const res = await submit(w, 'hjemmebasen', 'r1', report());
    expect(res.status).toBe(201);
    const items = await w.written();
    expect(items.filter((i) => i.sk.startsWith('STATUSREPORT#'))).toEqual([
      expect.objectContaining({ text: report().text, kind: 'final', providerId: 'hjemmebasen' }),
    ]);
    const outbox = items.filter((i) => i.sk === 'OUTBOX');
    expect(outbox.map((o) => o.entry.DetailType)).toEqual(['StatusReportSubmitted']);
    expect(JSON.parse(outbox[0]?.entry.Detail).data).toMatchObject({ kind: 'final', familyHasRead: true });
    expect(JSON.stringify(outbox)).not.toContain('afsluttet');
  });

  it('refuses a CPR-like number in the text with 422 and stores and emits nothing', async () => {
    const w = await world();
    const e = await submit(w, 'hjemmebasen', 'r1', { ...report(), text: 'Barnets CPR 1403251234' }).catch(
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(HttpProblem);
    expect((e as HttpProblem).status).toBe(422);
    expect((e as HttpProblem).errors).toEqual([{ path: 'text', message: expect.any(String) }]);
    expect(await w.written()).toEqual([]);
    expect(await w.scan(w.tables.idempotency)).toEqual([]);
  });

  it('answers a retry with the same key and body with the first answer, storing one letter', async () => {
    const w = await world();
    const first = await submit(w, 'hjemmebasen', 'r1', report());
    const again = await submit(w, 'hjemmebasen', 'r1', report());
    expect(again.body).toEqual(first.body);
    expect((await w.written()).filter((i) => i.sk.startsWith('STATUSREPORT#'))).toHaveLength(1);
  });

  it("answers 404 for another provider's case", async () => {
    const w = await world();
    const e = await submit(w, 'familiehuset', 'r1', report()).catch((x: unknown) => x);
    expect((e as HttpProblem).status).toBe(404);
    expect(await w.written()).toEqual([]);
  });
});
